import { describe, expect, it } from 'vitest';
import { MAX_IDS_PER_COOKIE } from '../../../src/core/analysis/tracked-cookies.ts';
import { bearerKind, carriesCredentials } from '../../../src/ui/panel/views/credentials.ts';
import { BROWSER_LANE, layoutFlow, OTHER_ORIGINS_LANE } from '../../../src/ui/panel/views/flow-layout.ts';
import { event, exchange, tracked } from './fixtures.ts';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';

describe('layoutFlow', () => {
  it('puts the browser in lane 0 and each origin (scheme://host:port) in its own lane, in order of appearance', () => {
    const layout = layoutFlow({
      exchanges: [
        exchange('e1', { url: 'https://app.example/login', setCookieHeaders: ['sid=1'] }),
        exchange('e2', { url: 'http://localhost:3000/x', requestCookieHeader: 'a=1' }),
        exchange('e3', { url: 'https://app.example/me', requestCookieHeader: 'sid=1' }),
      ],
      cookies: [],
      tracedKey: null,
    });
    expect(layout.lanes).toEqual([BROWSER_LANE, 'https://app.example', 'http://localhost:3000']);
    expect(layout.messages.map((m) => m.lane)).toEqual([1, 2, 1]);
    expect(layout.messages[1]?.path).toBe('/x');
  });

  it('labels requests with the cookie names sent and responses with what they set', () => {
    const e1 = exchange('e1', {
      requestCookieHeader: 'theme=dark; sid=old',
      setCookieHeaders: ['sid=new; HttpOnly', 'token=; Max-Age=0', 'x=1', '__Host-a=1; Domain=app.example'],
    });
    const sid = tracked('sid', 'app.example', '/', { events: [event('updated', 'e1')] });
    const token = tracked('token', 'app.example', '/', { events: [event('deleted', 'e1')] });
    const x = tracked('x', 'app.example', '/', { events: [event('set', 'e1')] });
    const host = tracked('__Host-a', 'app.example', '/', { events: [event('rejected', 'e1')] });
    const [m] = layoutFlow({ exchanges: [e1], cookies: [sid, token, x, host], tracedKey: null }).messages;
    expect(m?.sent.map((p) => p.name)).toEqual(['theme', 'sid']);
    expect(m?.set.map((p) => [p.name, p.kind])).toEqual([
      ['sid', 'updated'],
      ['token', 'deleted'],
      ['x', 'new'],
      ['__Host-a', 'rejected'],
    ]);
  });

  it('falls back to the header when the analysis recorded nothing (bounded history)', () => {
    const e1 = exchange('e1', {
      setCookieHeaders: ['a=1', 'b=; Max-Age=0', 'c=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT'],
    });
    const [m] = layoutFlow({ exchanges: [e1], cookies: [], tracedKey: null }).messages;
    expect(m?.set.map((p) => p.kind)).toEqual(['set', 'deleted', 'deleted']);
  });

  it('collapses exchanges without cookies into counts before, between and after messages', () => {
    const layout = layoutFlow({
      exchanges: [
        exchange('n1'),
        exchange('n2'),
        exchange('e1', { requestCookieHeader: 'a=1' }),
        exchange('n3'),
        exchange('e2', { setCookieHeaders: ['a=2'] }),
        exchange('n4'),
        exchange('n5'),
        exchange('n6'),
      ],
      cookies: [],
      tracedKey: null,
    });
    expect(layout.messages.map((m) => m.skippedBefore)).toEqual([2, 1]);
    expect(layout.skippedAfter).toBe(3);
    expect(layout.total).toBe(2);
  });

  it('keeps only the latest `limit` messages and counts all of them', () => {
    const exchanges = Array.from({ length: 1000 }, (_, i) =>
      exchange(`e${i}`, i % 2 === 0 ? { requestCookieHeader: `c${i}=1` } : {}),
    );
    const layout = layoutFlow({ exchanges, cookies: [], tracedKey: null, limit: 300 });
    expect(layout.total).toBe(500);
    expect(layout.messages).toHaveLength(300);
    expect(layout.messages[0]?.exchangeId).toBe('e400');
    expect(layout.messages.at(-1)?.exchangeId).toBe('e998');
    // What was cut sits behind the bound note, not in a gap before the first shown message.
    expect(layout.messages[0]?.skippedBefore).toBe(0);
    expect(layout.messages[1]?.skippedBefore).toBe(1);
    expect(layout.skippedAfter).toBe(1);
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
    const sid = tracked('sid', 'app.example', '/', {
      setBy: ['e1', 'e5'],
      sentOn: ['e2'],
      events: [event('set', 'e1'), event('sent', 'e2'), event('deleted', 'e5')],
    });
    const other = tracked('sid', 'other.example', '/', { sentOn: ['e4'] });
    const layout = layoutFlow({ exchanges, cookies: [sid, other], tracedKey: sid.key });
    expect(layout.traced?.key).toBe(sid.key);
    expect(layout.messages.filter((m) => m.traced).map((m) => m.exchangeId)).toEqual(['e1', 'e2', 'e5']);
    const e2 = layout.messages.find((m) => m.exchangeId === 'e2');
    expect(e2?.sent.map((p) => p.traced)).toEqual([true, false]);
    expect(e2?.tracedSent).toBe(true);
    expect(e2?.tracedSet).toBe(false);
    expect(layout.messages.find((m) => m.exchangeId === 'e1')?.tracedSet).toBe(true);
    expect(layout.tracedMessages).toBe(3);
  });

  it('traces by name and domain-match once the cookie history is saturated', () => {
    const sentOn = Array.from({ length: MAX_IDS_PER_COOKIE }, (_, i) => `old${i}`);
    const sid = tracked('sid', 'app.example', '/', { sentOn });
    const layout = layoutFlow({
      exchanges: [
        exchange('late', { url: 'https://www.app.example/', requestCookieHeader: 'sid=1' }),
        exchange('elsewhere', { url: 'https://evil.example/', requestCookieHeader: 'sid=1' }),
      ],
      cookies: [sid],
      tracedKey: sid.key,
    });
    expect(layout.messages.map((m) => m.traced)).toEqual([true, false]);
  });

  it('ignores a traced key that names no cookie', () => {
    const layout = layoutFlow({
      exchanges: [exchange('e1', { requestCookieHeader: 'a=1' })],
      cookies: [],
      tracedKey: 'nope',
    });
    expect(layout.traced).toBeNull();
    expect(layout.messages[0]?.traced).toBe(false);
  });

  it('bounds lanes: extra origins share one lane', () => {
    const exchanges = Array.from({ length: 20 }, (_, i) =>
      exchange(`e${i}`, { url: `https://h${i}.example/`, requestCookieHeader: 'a=1' }),
    );
    const layout = layoutFlow({ exchanges, cookies: [], tracedKey: null, maxLanes: 5 });
    expect(layout.lanes).toHaveLength(7);
    expect(layout.lanes[6]).toBe(OTHER_ORIGINS_LANE);
    expect(new Set(layout.messages.slice(5).map((m) => m.lane))).toEqual(new Set([6]));
  });

  it('bounds labels, and survives hostile and broken input', () => {
    const names = Array.from({ length: 50 }, (_, i) => `n${i}=1`).join('; ');
    const [m, bad] = layoutFlow({
      exchanges: [
        exchange('e1', {
          requestCookieHeader: names,
          setCookieHeaders: ['bad\u0001=1', `${'x'.repeat(500)}=1`],
        }),
        exchange('e2', { url: 'not a url', requestCookieHeader: '<img src=x onerror=alert(1)>=1' }),
      ],
      cookies: [],
      tracedKey: null,
    }).messages;
    expect(m?.sent).toHaveLength(12);
    expect(m?.sentMore).toBe(38);
    expect(m?.set[0]?.kind).toBe('rejected');
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
