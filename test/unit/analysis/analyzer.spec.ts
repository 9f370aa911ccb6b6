import { describe, expect, it } from 'vitest';
import { Analyzer, analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { GRADE_FORMULA, gradeFor, scoreFor } from '../../../src/core/analysis/site-summary.ts';
import type { Exchange } from '../../../src/core/model.ts';
import { capture } from '../rules/helpers.ts';

const H = 'https://app.example.com';

describe('jar replay and flow events', () => {
  it("tells each cookie's story: set, sent, updated, deleted, rejected", () => {
    const a = analyseExchanges(
      capture([
        { url: `${H}/`, set: ['sid=one; HttpOnly; Secure; SameSite=Lax', 'bad=1; Domain=evil.org'] },
        { url: `${H}/a`, cookie: 'sid=one' },
        {
          url: `${H}/login`,
          method: 'POST',
          cookie: 'sid=one',
          set: ['sid=two; HttpOnly; Secure; SameSite=Lax'],
        },
        { url: `${H}/b`, cookie: 'sid=two' },
        { url: `${H}/logout`, cookie: 'sid=two', set: ['sid=; Max-Age=0; Path=/'] },
      ]),
    );
    const sid = a.cookies.find((c) => c.name === 'sid');
    expect(sid?.events.map((e) => `${e.type}:${e.exchange}`)).toEqual([
      'set:e1',
      'sent:e2',
      'sent:e3',
      'updated:e3',
      'sent:e4',
      'sent:e5',
      'deleted:e5',
    ]);
    expect(sid?.state).toBe('deleted');
    expect(sid?.setBy).toEqual(['e1', 'e3', 'e5']);
    expect(sid?.sentOn).toEqual(['e2', 'e3', 'e4', 'e5']);
    const bad = a.cookies.find((c) => c.name === 'bad');
    expect(bad?.events[0]).toMatchObject({ type: 'rejected', reason: 'domain-mismatch', exchange: 'e1' });
    // Rotated at login and deleted at logout: neither flow rule fires.
    expect(a.findings.map((f) => f.rule)).not.toContain('session-not-rotated');
    expect(a.findings.map((f) => f.rule)).not.toContain('logout-not-cleared');
  });

  it('compares the Cookie header on the wire with what the jar predicts', () => {
    const a = analyseExchanges(
      capture([
        { url: `${H}/`, set: ['a=1', 'b=2'] },
        // b missing (script deleted it?), a changed (script), c unknown (set before capture).
        { url: `${H}/x`, cookie: 'a=9; c=3' },
      ]),
    );
    expect(a.mismatches).toEqual([
      { exchange: 'e2', name: 'a', kind: 'value-differs' },
      { exchange: 'e2', name: 'c', kind: 'unexpected' },
      { exchange: 'e2', name: 'b', kind: 'missing' },
    ]);
    const c = a.cookies.find((x) => x.name === 'c');
    expect(c?.events.map((e) => e.type)).toEqual(['unexplained-sent']);
    expect(c?.hostOnly).toBeNull();
    expect(a.cookies.find((x) => x.name === 'a')?.events[1]).toMatchObject({
      type: 'sent',
      valueMismatch: true,
    });
  });

  it('follows SameSite when predicting: a Strict cookie is not expected on a cross-site subrequest', () => {
    const a = analyseExchanges(
      capture([
        { url: `${H}/`, set: ['s=1; SameSite=Strict; Secure'] },
        { url: `${H}/img`, page: 'https://other.org/', cookie: null },
      ]),
    );
    expect(a.mismatches).toEqual([]);
  });

  it('skips cache hits and counts every exchange', () => {
    const [ex] = capture([{ url: `${H}/`, set: ['a=1'] }]);
    const a = new Analyzer();
    if (ex) a.add({ ...ex, fromCache: true });
    expect(a.snapshot().cookies).toEqual([]);
    expect(a.snapshot().exchanges).toBe(1);
  });

  it('is incremental: snapshots taken between adds are consistent and not mutated later', () => {
    const steps = capture([
      { url: `${H}/`, set: ['sid=a'] },
      { url: `${H}/`, set: ['sid=b'] },
    ]);
    const a = new Analyzer();
    a.add(steps[0] as Exchange);
    const first = a.snapshot();
    a.add(steps[1] as Exchange);
    const second = a.snapshot();
    expect(first.findings.find((f) => f.rule === 'auth-no-httponly')?.exchanges).toEqual(['e1']);
    expect(first.cookies[0]?.value).toBe('a');
    expect(first.cookies[0]?.events).toHaveLength(1);
    expect(second.cookies[0]?.value).toBe('b');
    // Unchanged cookies are the same frozen object from one snapshot to the next.
    expect(a.snapshot().cookies[0]).toBe(second.cookies[0]);
    expect(second.findings.find((f) => f.rule === 'auth-no-httponly')?.exchanges).toEqual(['e1', 'e2']);
  });
});

describe('sites and grades', () => {
  it('counts cookies per registrable domain and grades by the documented formula', () => {
    const a = analyseExchanges(
      capture([
        {
          url: 'https://www.shop.co.uk/',
          set: ['sid=a; Secure; HttpOnly; SameSite=Lax', 'theme=dark; Max-Age=600; Secure; SameSite=Lax'],
        },
        { url: 'https://api.shop.co.uk/', set: ['old=; Max-Age=0'] },
      ]),
    );
    const site = a.sites.find((s) => s.site === 'shop.co.uk');
    expect(site).toMatchObject({ cookies: 3, session: 1, persistent: 1, deleted: 1, auth: 1 });
    expect(site?.findings).toMatchObject({ high: 0, medium: 0, low: 0 });
    expect(site?.grade).toBe('A');
    expect(GRADE_FORMULA).toMatch(/30\*high/);
  });

  it('score: 100 - 30/high - 10/medium - 3/low, floored; letter bands', () => {
    expect(scoreFor({ high: 1, medium: 1, low: 1, info: 9 })).toBe(57);
    expect(scoreFor({ high: 5, medium: 0, low: 0, info: 0 })).toBe(0);
    expect([95, 85, 75, 65, 10].map(gradeFor)).toEqual(['A', 'B', 'C', 'D', 'F']);
  });
});
