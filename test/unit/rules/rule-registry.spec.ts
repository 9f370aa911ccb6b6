/**
 * The registry is the one list of rules (src/core/rules/index.ts): ids are unique, and the rules whose
 * findings are about a login cookie say so in their meta (`authRole`), which is what the analysis reads
 * to take such findings back when the cookie loses the auth role. Checked against the code: a rule that
 * builds its findings with `authFinding` must carry the flag, and only those.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { ALL_RULES, AUTH_ROLE_RULES } from '../../../src/core/rules/index.ts';
import { capture } from './helpers.ts';

const source = (id: string) =>
  readFileSync(new URL(`../../../src/core/rules/${id}.ts`, import.meta.url), 'utf8');

describe('rule registry', () => {
  it('registers each id once, each in the module named after it', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(source(id)).toContain(`id: '${id}'`);
  });

  it('flags exactly the rules that judge a cookie by its auth role', () => {
    const callsAuthFinding = ALL_RULES.filter((r) => /\bauthFinding\(/.test(source(r.id))).map((r) => r.id);
    expect(callsAuthFinding.length).toBeGreaterThan(0);
    expect([...AUTH_ROLE_RULES].sort()).toEqual(callsAuthFinding.sort());
  });

  it('takes an auth-role finding back once the cookie turns out not to be the login cookie', () => {
    const value = 'ajax:6397089261371032347';
    const steps = capture([
      { url: 'https://app.example/', set: [`JSESSIONID=${value}; Path=/; Secure; SameSite=Lax`] },
      { url: 'https://app.example/api', cookie: `JSESSIONID=${value}` },
    ]);
    expect(analyseExchanges(steps.slice(0, 1)).findings.map((f) => f.rule)).toContain('auth-no-httponly');
    // The page sends the value back as its CSRF token: the cookie is the CSRF token, not the session.
    const echoed = steps.map((e, i) =>
      i === 1 ? { ...e, csrfTokens: [{ where: 'the csrfToken parameter', value }] } : e,
    );
    expect(analyseExchanges(echoed).findings.map((f) => f.rule)).not.toContain('auth-no-httponly');
  });
});
