import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../../src/core/analysis/analyzer.ts';
import { summariseExchange } from '../../../../src/ui/panel/views/exchange-summary.ts';
import { crossSiteLessonExchange } from '../../../fixtures/cross-site-lesson.ts';

const ex = crossSiteLessonExchange;

describe('summariseExchange', () => {
  it('shows the analysis verdict, which knows the request was cross-site', () => {
    const page = ex('1', 'http://localhost:3000/lessons/cross-site', ['home=1; SameSite=Lax'], 'document');
    const xs = ex(
      '2',
      'http://127.0.0.1:3000/xs',
      ['xs_lax=1; SameSite=Lax', 'xs_none=1; SameSite=None; Secure'],
      'fetch',
    );
    const analysis = analyseExchanges([page, xs]);
    const judged = summariseExchange(xs, analysis.verdicts.get('2'));
    expect(judged.setLines.map((l) => [l.name, l.verdict])).toEqual([
      ['xs_lax', 'rejected'],
      ['xs_none', 'sets'],
    ]);
    expect(judged.rejected).toBe(1);
    expect(judged.setLines[0]?.reason).toMatch(/cross-site/);
  });

  it('lists the pairs sent as the analysis read them, and says when it has no verdict (unknown, not none)', () => {
    const sent = { ...ex('1', 'https://app.example/', [], 'fetch'), requestCookieHeader: 'a=1; b=two words' };
    const analysis = analyseExchanges([sent]);
    const s = summariseExchange(sent, analysis.verdicts.get('1'));
    expect(s.sent).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'two words' },
    ]);
    expect(s.sentTotal).toBe(2);
    const unknown = summariseExchange({ ...sent, setCookieHeaders: ['c=1'] }, undefined);
    expect(unknown.sentTotal).toBeNull();
    expect(unknown.setLines).toEqual([]);
    expect(unknown.setMore).toBe(1);
  });

  it('says why a response from the cache was not judged', () => {
    const cached = { ...ex('1', 'https://app.example/', ['a=1'], 'script'), fromCache: true };
    const s = summariseExchange(cached, analyseExchanges([cached]).verdicts.get('1'));
    expect(s.setLines).toEqual([
      { raw: 'a=1', name: 'a', verdict: 'not-replayed', reason: expect.stringMatching(/cache/) },
    ]);
    expect(s.rejected).toBe(0);
  });

  it("words each line's outcome: sets, deletes or rejected with the RFC's reason", () => {
    const e = {
      ...ex('1', 'http://plain.example/a', [], 'document'),
      setCookieHeaders: [
        'ok=1',
        'sec=1; Secure',
        'gone=; Max-Age=0',
        'bad\u0001=1',
        'dom=1; Domain=other.example',
      ],
    };
    const s = summariseExchange(e, analyseExchanges([e]).verdicts.get('1'));
    expect(s.setLines.map((l) => l.verdict)).toEqual(['sets', 'rejected', 'deletes', 'rejected', 'rejected']);
    expect(s.rejected).toBe(3);
    expect(s.setLines[1]?.reason).toContain('RFC 6265bis');
    // The name the unparsable line was sent with, escaped: a person sees which cookie it was.
    expect(s.setLines[3]?.name).toBe('bad\\u0001');
  });

  it('is cached per exchange and verdict, and lists the lines the analysis judged', () => {
    const e = ex(
      '1',
      'https://app.example/',
      Array.from({ length: 500 }, (_, i) => `c${i}=1`),
      'document',
    );
    const verdict = analyseExchanges([e]).verdicts.get('1');
    const s = summariseExchange(e, verdict);
    expect(summariseExchange(e, verdict)).toBe(s);
    expect(s.setLines).toHaveLength(200);
    expect(s.setMore).toBe(300);
  });

  it('classifies the Authorization header', () => {
    const kind = (h: string | null) =>
      summariseExchange(
        { ...ex('1', 'https://app.example/', [], 'fetch'), authorizationHeader: h },
        undefined,
      ).auth;
    expect(kind(null)).toBe('none');
    expect(kind('Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.')).toBe('bearer-jwt');
    expect(kind('Bearer eyJhbGciOiJkaXIifQ..iv.ct.tag')).toBe('bearer-jwe');
    expect(kind('Bearer opaque-token')).toBe('bearer-opaque');
    expect(kind('basic dXNlcjpwdw==')).toBe('basic');
    expect(kind('Digest username="x"')).toBe('digest');
    expect(kind('AWS4-HMAC-SHA256 Credential=x')).toBe('other');
  });
});
