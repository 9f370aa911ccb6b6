import { describe, expect, it } from 'vitest';
import { Analyzer, analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { MAX_LABEL_CHARS, MAX_SET_LINES } from '../../../src/core/analysis/exchange-verdicts.ts';
import type { Exchange } from '../../../src/core/model.ts';
import { capture } from '../rules/helpers.ts';

const H = 'https://app.example.com';

describe('the verdict per exchange', () => {
  it("names each sent pair's cookie and each Set-Cookie line's outcome, as the cookies' stories do", () => {
    const a = analyseExchanges(
      capture([
        { url: `${H}/`, cookie: 'pre=1', set: ['sid=one; Secure', 'bad=1; Domain=evil.org'] },
        { url: `${H}/login`, cookie: 'pre=1; sid=one', set: ['sid=two; Secure', 'pre=2'] },
        { url: `${H}/logout`, cookie: 'sid=two', set: ['sid=; Max-Age=0', 'never=; Max-Age=0'] },
      ]),
    );
    const sets = (id: string) =>
      a.verdicts.get(id)?.sets.map((s) => [s.label, s.outcome, s.reason, s.cookie?.domain ?? null]);
    expect(sets('e1')).toEqual([
      ['sid', 'stored', null, 'app.example.com'],
      ['bad', 'rejected', 'domain-mismatch', 'evil.org'],
    ]);
    // `pre` was on the wire before any Set-Cookie: setting it updates that story (FlowEvent `updated`).
    expect(sets('e2')).toEqual([
      ['sid', 'updated', null, 'app.example.com'],
      ['pre', 'updated', null, 'app.example.com'],
    ]);
    // A deletion of a cookie the jar never held still deletes (it may predate the capture).
    expect(sets('e3')?.map((s) => s[1])).toEqual(['deleted', 'deleted']);
    const sent = a.verdicts.get('e2')?.sent;
    expect(sent?.map((s) => [s.label, s.value])).toEqual([
      ['pre', '1'],
      ['sid', 'one'],
    ]);
    // Every verdict names the cookie by the key of its story.
    for (const s of sent ?? []) expect(a.cookies.map((c) => c.key)).toContain(s.cookie?.key);
    expect(a.verdicts.get('e1')?.notReplayed).toBeNull();
  });

  it('lists what an exchange that was not replayed carried, with no cookie and no outcome', () => {
    const [ex] = capture([{ url: `${H}/`, cookie: 'a=1', set: ['b=2'] }]);
    const a = new Analyzer();
    a.add({ ...(ex as Exchange), fromCache: true });
    a.add({ ...(ex as Exchange), id: 'bad-url', url: 'not a url' });
    const cached = a.snapshot().verdicts.get('e1');
    expect(cached?.notReplayed).toBe('from-cache');
    expect(cached?.sent.map((s) => [s.label, s.cookie])).toEqual([['a', null]]);
    expect(cached?.sets.map((s) => [s.label, s.outcome, s.cookie])).toEqual([['b', 'not-replayed', null]]);
    expect(a.snapshot().verdicts.get('bad-url')?.notReplayed).toBe('no-url');
  });

  it('bounds lines per exchange and counts the rest; labels are escaped and cut', () => {
    const lines = Array.from({ length: MAX_SET_LINES + 7 }, (_, i) => `c${i}=1`);
    const hostile = `\u202e${'n'.repeat(500)}`;
    const a = analyseExchanges(
      capture([
        { url: `${H}/`, set: lines },
        { url: `${H}/x`, cookie: `${hostile}=1` },
      ]),
    );
    const v = a.verdicts.get('e1');
    expect(v?.sets).toHaveLength(MAX_SET_LINES);
    expect(v?.setTotal).toBe(MAX_SET_LINES + 7);
    // Every line reached the jar, also those past the verdicts' bound.
    expect(a.cookies.find((c) => c.name === `c${MAX_SET_LINES + 6}`)?.state).toBe('live');
    const label = a.verdicts.get('e2')?.sent[0]?.label ?? '';
    expect(label.startsWith('\\u202e')).toBe(true);
    expect(label).toHaveLength(MAX_LABEL_CHARS);
    expect(a.verdicts.get('e2')?.sent[0]?.cookie?.name).toBe(hostile);
  });

  it('keeps the latest `verdictLimit` exchanges: a request that leaves the ring takes its verdict along', () => {
    const a = new Analyzer({ verdictLimit: 3 });
    a.addAll(capture(Array.from({ length: 5 }, () => ({ url: `${H}/`, set: ['a=1'] }))));
    const v = a.snapshot().verdicts;
    expect(v.size).toBe(3);
    expect(['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => v.get(id) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('is incremental: a verdict read between adds names a widened cookie by its new key afterwards', () => {
    const [first, second] = capture([
      { url: 'https://a.shop.example.com/', cookie: 'sid=1' },
      { url: 'https://b.shop.example.com/', cookie: 'sid=1' },
    ]);
    const a = new Analyzer();
    a.add(first as Exchange);
    const before = a.snapshot().verdicts.get('e1');
    expect(before?.sent[0]?.cookie?.domain).toBe('a.shop.example.com');
    expect(a.snapshot().verdicts.get('e1')).toBe(before);
    // The same cookie on another host of the site: one story, its domain widened to their parent.
    a.add(second as Exchange);
    const snap = a.snapshot();
    const widened = snap.cookies.find((c) => c.name === 'sid');
    expect(widened?.domain).toBe('shop.example.com');
    expect(snap.verdicts.get('e1')?.sent[0]?.cookie?.key).toBe(widened?.key);
    expect(snap.verdicts.get('e2')?.sent[0]?.cookie?.key).toBe(widened?.key);
  });
});
