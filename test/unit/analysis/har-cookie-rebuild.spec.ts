import { describe, expect, it } from 'vitest';
import { entryToExchange } from '../../../src/core/har/entry-to-exchange.ts';
import { unknownAttributesFromHar, unknownHarAttributes } from '../../../src/core/har/har-cookie-rebuild.ts';

const res = (cookies: unknown[], headers: unknown[] = []) => ({
  startedDateTime: '2016-01-01T00:00:00.000Z',
  request: { method: 'GET', url: 'https://www.example.com/', headers: [] },
  response: { status: 200, headers, cookies },
});

describe('unknown attributes of rebuilt Set-Cookie lines', () => {
  it('BrowserMob-style cookie objects without httpOnly/secure leave them unknown, not absent', () => {
    // BrowserMob writes {"name","value","path","domain","expires"} and no flags.
    const ex = entryToExchange(
      res([{ name: 'JSESSIONID', value: 'abc', path: '/', domain: 'www.example.com' }]),
      {
        id: 'e1',
      },
    );
    expect(ex?.reconstructed).toBe(true);
    expect(ex?.setCookieHeaders).toEqual(['JSESSIONID=abc; Domain=www.example.com; Path=/']);
    expect(ex?.unknownAttributes).toEqual(['HttpOnly', 'Secure', 'SameSite']);
  });

  it("recorded false flags are known; Chrome's sameSite field is known too", () => {
    expect(
      unknownHarAttributes({ name: 'a', value: '1', httpOnly: false, secure: true, sameSite: 'Lax' }),
    ).toEqual([]);
    expect(unknownHarAttributes({ name: 'a', value: '1', httpOnly: false, secure: false })).toEqual([
      'SameSite',
    ]);
    expect(
      unknownAttributesFromHar([
        { name: 'a', value: '1', httpOnly: true, secure: true, sameSite: 'None' },
        { name: 'b', value: '2', secure: true, sameSite: 'Lax' },
      ]),
    ).toEqual(['HttpOnly']);
  });

  it('raw Set-Cookie headers win: nothing rebuilt, nothing unknown', () => {
    const ex = entryToExchange(
      res([{ name: 'a', value: '1' }], [{ name: 'Set-Cookie', value: 'a=1; HttpOnly' }]),
      {
        id: 'e1',
      },
    );
    expect(ex?.reconstructed).toBeUndefined();
    expect(ex?.unknownAttributes).toBeUndefined();
  });
});
