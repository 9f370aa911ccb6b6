import { describe, expect, it } from 'vitest';
import { explainSetCookie } from '../../../src/ui/panel/attribute-explanations.ts';

const at = Date.UTC(2026, 10, 21);

describe('explainSetCookie', () => {
  it('explains each attribute and what the header leaves out', () => {
    const e = explainSetCookie('sid=abc; Path=/; Max-Age=3600', at, at);
    expect(e.parts.map((p) => p.attr)).toEqual(['pair', 'path', 'max-age']);
    expect(e.parts[2]?.explanation).toMatch(/3600 seconds/);
    expect(e.missing.join(' ')).toMatch(/No HttpOnly/);
    expect(e.lifetime).toMatch(/persistent/);
  });

  it('calls a past Expires a deletion and does not judge the flags of a deletion', () => {
    const e = explainSetCookie('token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT', at, at);
    expect(e.parts[2]?.explanation).toMatch(/in the past.*deletes the cookie/);
    expect(e.missing).toEqual([
      'A deletion: the browser removes the cookie, so its missing flags do not matter.',
    ]);
  });

  it('marks a repeated attribute as ignored (the last one wins)', () => {
    const e = explainSetCookie('a=1; SameSite=Strict; SameSite=Lax', at, at);
    expect(e.parts[1]).toMatchObject({ attr: 'samesite', ignored: true });
    expect(e.parts[2]).toMatchObject({ attr: 'samesite', ignored: false });
  });
});
