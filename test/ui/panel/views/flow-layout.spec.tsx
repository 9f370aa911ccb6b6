import { describe, expect, it } from 'vitest';
import { MAX_SET_LINES } from '../../../../src/core/analysis/exchange-verdicts.ts';
import { MAX_IDS_PER_COOKIE } from '../../../../src/core/analysis/tracked-cookies.ts';
import type { Exchange } from '../../../../src/core/model.ts';
import { bearerKind, carriesCredentials } from '../../../../src/ui/panel/views/credentials.ts';
import {
  BROWSER_LANE,
  type FlowLayoutInput,
  layoutFlow,
  MAX_NAMES_PER_LABEL,
  OTHER_ORIGINS_LANE,
} from '../../../../src/ui/panel/views/flow-layout.ts';
import { analysed, exchange, keyOf } from './fixtures.ts';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';

/** The layout of what the analysis of `exchanges` says (the view only draws it). */
function layout(exchanges: Exchange[], patch: Partial<FlowLayoutInput> = {}) {
  const a = analysed(exchanges);
  return layoutFlow({ exchanges, cookies: a.cookies, verdicts: a.verdicts, tracedKey: null, ...patch });
}

describe('layoutFlow', () => {
  it('puts the browser in lane 0 and each origin (scheme://host:port) in its own lane, in order of appearance', () => {
    const l = layout([
      exchange('e1', { url: 'https://app.example/login', setCookieHeaders: ['sid=1'] }),
      exchange('e2', { url: 'http://localhost:3000/x', requestCookieHeader: 'a=1' }),
      exchange('e3', { url: 'https://app.example/me', requestCookieHeader: 'sid=1' }),
    ]);
    expect(l.lanes).toEqual([BROWSER_LANE, 'https://app.example', 'http://localhost:3000']);
    expect(l.messages.map((m) => m.lane)).toEqual([1, 2, 1]);
    expect(l.messages[1]?.path).toBe('/x');
  });

  it("labels requests with the cookie names sent and responses with the analysis' verdict per line", () => {
    const [m] = layout([
      exchange('e1', {
        requestCookieHeader: 'theme=dark; sid=old',
        setCookieHeaders: ['sid=new; HttpOnly', 'token=; Max-Age=0', 'x=1', '__Host-a=1; Domain=app.example'],
      }),
    ]).messages;
    expect(m?.sent.map((p) => p.name)).toEqual(['theme', 'sid']);
    // sid was on the wire before this response set it: its story says "updated", so does the arrow.
    expect(m?.set.map((p) => [p.name, p.kind])).toEqual([
      ['sid', 'updated'],
      ['token', 'deleted'],
      ['x', 'new'],
      ['__Host-a', 'rejected'],
    ]);
  });

  it('draws a response no jar judged (a cache hit) without a verdict of its own', () => {
    const [m] = layout([
      exchange('e1', {
        fromCache: true,
        setCookieHeaders: ['a=1', 'b=; Max-Age=0'],
        requestCookieHeader: 'c=1',
      }),
    ]).messages;
    expect(m?.set.map((p) => [p.name, p.kind])).toEqual([
      ['a', 'set'],
      ['b', 'set'],
    ]);
    expect(m?.sent.map((p) => [p.name, p.traced])).toEqual([['c', false]]);
  });

  it('counts the lines past the label and past the verdict bound', () => {
    const lines = Array.from({ length: MAX_SET_LINES + 50 }, (_, i) => `c${i}=1`);
    const [m] = layout([exchange('e1', { setCookieHeaders: lines })]).messages;
    expect(m?.set).toHaveLength(MAX_NAMES_PER_LABEL);
    expect(m?.setMore).toBe(MAX_SET_LINES + 50 - MAX_NAMES_PER_LABEL);
  });

  it('collapses exchanges without cookies into counts before, between and after messages', () => {
    const l = layout([
      exchange('n1'),
      exchange('n2'),
      exchange('e1', { requestCookieHeader: 'a=1' }),
      exchange('n3'),
      exchange('e2', { setCookieHeaders: ['a=2'] }),
      exchange('n4'),
      exchange('n5'),
      exchange('n6'),
    ]);
    expect(l.messages.map((m) => m.skippedBefore)).toEqual([2, 1]);
    expect(l.skippedAfter).toBe(3);
    expect(l.total).toBe(2);
  });

  it('keeps only the latest `limit` messages and counts all of them', () => {
    const exchanges = Array.from({ length: 1000 }, (_, i) =>
      exchange(`e${i}`, i % 2 === 0 ? { requestCookieHeader: `c${i}=1` } : {}),
    );
    const l = layout(exchanges, { limit: 300 });
    expect(l.total).toBe(500);
    expect(l.messages).toHaveLength(300);
    expect(l.messages[0]?.exchangeId).toBe('e400');
    expect(l.messages.at(-1)?.exchangeId).toBe('e998');
    // What was cut sits behind the bound note, not in a gap before the first shown message.
    expect(l.messages[0]?.skippedBefore).toBe(0);
    expect(l.messages[1]?.skippedBefore).toBe(1);
    expect(l.skippedAfter).toBe(1);
  });

  it('marks exactly the messages that sent, set or deleted the traced cookie', () => {
    const exchanges = [
      exchange('e1', { setCookieHeaders: ['sid=1'] }),
      exchange('e2', { requestCookieHeader: 'sid=1; theme=dark' }),
      exchange('e3', { requestCookieHeader: 'theme=dark' }),
      // Same name, another site: a different cookie.
      exchange('e4', { url: 'https://other.example/', requestCookieHeader: 'sid=zzz' }),
      exchange('e5', { setCookieHeaders: ['sid=; Max-Age=0'] }),
    ];
    const a = analysed(exchanges);
    const sid = keyOf(a, 'sid', 'app.example');
    const l = layoutFlow({ exchanges, cookies: a.cookies, verdicts: a.verdicts, tracedKey: sid });
    expect(l.traced?.key).toBe(sid);
    expect(l.messages.filter((m) => m.traced).map((m) => m.exchangeId)).toEqual(['e1', 'e2', 'e5']);
    const e2 = l.messages.find((m) => m.exchangeId === 'e2');
    expect(e2?.sent.map((p) => p.traced)).toEqual([true, false]);
    expect(e2?.tracedSent).toBe(true);
    expect(e2?.tracedSet).toBe(false);
    expect(l.messages.find((m) => m.exchangeId === 'e1')?.tracedSet).toBe(true);
    expect(l.tracedMessages).toBe(3);
  });

  it("traces exactly past the cookie's bounded history, by the verdict's key and not by name", () => {
    const sends = Array.from({ length: MAX_IDS_PER_COOKIE + 100 }, (_, i) =>
      exchange(`s${i}`, { requestCookieHeader: 'sid=1' }),
    );
    const exchanges = [
      exchange('e0', { setCookieHeaders: ['sid=1'] }),
      ...sends,
      exchange('elsewhere', { url: 'https://evil.example/', requestCookieHeader: 'sid=1' }),
    ];
    const a = analysed(exchanges);
    const sid = keyOf(a, 'sid', 'app.example');
    expect(a.cookies.find((c) => c.key === sid)?.sentOn).toHaveLength(MAX_IDS_PER_COOKIE);
    const l = layoutFlow({ exchanges, cookies: a.cookies, verdicts: a.verdicts, tracedKey: sid, limit: 50 });
    expect(l.messages.at(-1)?.exchangeId).toBe('elsewhere');
    expect(l.messages.map((m) => m.traced)).toEqual([...Array(49).fill(true), false]);
  });

  it('traces a cookie seen only sent on every host it was sent to, under the key it has now', () => {
    // Sent to two hosts of one site with one value: one cookie, its domain widened to their parent.
    const exchanges = [
      exchange('e1', { url: 'https://a.shop.example.com/', requestCookieHeader: 'sid=1' }),
      exchange('e2', { url: 'https://b.shop.example.com/', requestCookieHeader: 'sid=1' }),
    ];
    const a = analysed(exchanges);
    const sid = keyOf(a, 'sid', 'shop.example.com');
    const l = layoutFlow({ exchanges, cookies: a.cookies, verdicts: a.verdicts, tracedKey: sid });
    expect(l.messages.map((m) => m.tracedSent)).toEqual([true, true]);
  });

  it('ignores a traced key that names no cookie', () => {
    const l = layout([exchange('e1', { requestCookieHeader: 'a=1' })], { tracedKey: 'nope' });
    expect(l.traced).toBeNull();
    expect(l.messages[0]?.traced).toBe(false);
  });

  it('bounds lanes: extra origins share one lane', () => {
    const exchanges = Array.from({ length: 20 }, (_, i) =>
      exchange(`e${i}`, { url: `https://h${i}.example/`, requestCookieHeader: 'a=1' }),
    );
    const l = layout(exchanges, { maxLanes: 5 });
    expect(l.lanes).toHaveLength(7);
    expect(l.lanes[6]).toBe(OTHER_ORIGINS_LANE);
    expect(new Set(l.messages.slice(5).map((m) => m.lane))).toEqual(new Set([6]));
  });

  it('bounds labels, and survives hostile and broken input', () => {
    const names = Array.from({ length: 50 }, (_, i) => `n${i}=1`).join('; ');
    const [m, bad] = layout([
      exchange('e1', {
        requestCookieHeader: names,
        setCookieHeaders: ['bad\u0001=1', `${'x'.repeat(500)}=1`],
      }),
      exchange('e2', { url: 'not a url', requestCookieHeader: '<img src=x onerror=alert(1)>=1' }),
    ]).messages;
    expect(m?.sent).toHaveLength(12);
    expect(m?.sentMore).toBe(38);
    // The control character is shown escaped, the line rejected (RFC 6265bis §5.6 step 1).
    expect(m?.set[0]).toMatchObject({ name: 'bad\\u0001', kind: 'rejected' });
    expect(m?.set[1]?.name.length).toBeLessThanOrEqual(60);
    expect(bad?.lane).toBeGreaterThan(0);
    expect(bad?.sent[0]?.name).toBe('<img src');
  });

  it('shows Bearer tokens as credentials', () => {
    expect(bearerKind(`Bearer ${JWT}`)).toBe('jwt');
    expect(bearerKind('bearer abc')).toBe('opaque');
    expect(bearerKind('Basic dXNlcjpwdw==')).toBeNull();
    expect(bearerKind(null)).toBeNull();
    expect(carriesCredentials(exchange('e', { authorizationHeader: `Bearer ${JWT}` }))).toBe(true);
    expect(carriesCredentials(exchange('e'))).toBe(false);
    expect(carriesCredentials(exchange('e', { requestCookieHeader: '  ' }))).toBe(false);
  });
});
