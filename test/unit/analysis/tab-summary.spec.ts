import { expect, it } from 'vitest';
import { emptySiteSummary } from '../../../src/core/analysis/site-summary.ts';
import { tabSummary } from '../../../src/core/analysis/tab-summary.ts';

it('sums the sites of a tab and grades the total with the site formula', () => {
  const a = { ...emptySiteSummary('a.test'), cookies: 3, session: 2, persistent: 1, auth: 1 };
  a.findings.high = 1;
  const b = { ...emptySiteSummary('b.test'), cookies: 1, persistent: 1, thirdParty: 1 };
  b.findings.medium = 2;
  const t = tabSummary({ sites: [a, b] });
  expect(t).toMatchObject({ sites: 2, cookies: 4, session: 2, persistent: 2, auth: 1, thirdParty: 1 });
  expect(t.findings).toEqual({ high: 1, medium: 2, low: 0, info: 0 });
  expect(t.score).toBe(50); // 100 - 30 - 2 * 10
  expect(t.grade).toBe('F');
  expect(tabSummary({ sites: [] })).toMatchObject({ sites: 0, cookies: 0, score: 100, grade: 'A' });
});

it('leaves findings that are fine on this machine out of the machine grade, not out of production', () => {
  const a = { ...emptySiteSummary('localhost'), cookies: 1, auth: 1 };
  a.findings.high = 1;
  a.findings.medium = 2;
  const local = {
    rule: 'auth-no-secure',
    severity: 'medium' as const,
    cookie: null,
    exchanges: ['r1'],
    message: 'fine on local http',
    why: '',
    fix: '',
    refs: [],
    localOnly: true as const,
  };
  const t = tabSummary({ sites: [a], findings: [local, { ...local, localOnly: undefined }] });
  expect(t.localOnly).toEqual({ high: 0, medium: 1, low: 0, info: 0 });
  expect([t.score, t.grade]).toEqual([50, 'F']); // 100 - 30 - 2 * 10
  expect([t.machineScore, t.machineGrade]).toEqual([60, 'D']); // 100 - 30 - 10
});
