/** The library's one-call audit (docs/architecture.md §6): input forms, errors, and the report's shape. */
import { describe, expect, it } from 'vitest';
import { audit, auditHar, HarInputError } from '../../../src/core/report/audit.ts';
import { VERSION } from '../../../src/core/version.ts';

const har = {
  log: {
    creator: { name: 'Firefox' },
    entries: [
      {
        startedDateTime: '2026-03-01T10:00:00.000Z',
        request: { method: 'GET', url: 'https://shop.example.com/', headers: [] },
        response: {
          status: 200,
          headers: [
            { name: 'Set-Cookie', value: 'sid=q8Vx2LmT7pZk4RbN; Path=/; Max-Age=3600' },
            { name: 'Set-Cookie', value: 'theme=dark; Path=/; Secure; SameSite=Lax' },
          ],
        },
      },
      {
        startedDateTime: '2026-03-01T10:00:01.000Z',
        request: {
          method: 'GET',
          url: 'https://shop.example.com/a',
          headers: [{ name: 'Cookie', value: 'sid=q8Vx2LmT7pZk4RbN; theme=dark' }],
        },
        response: { status: 200, headers: [] },
      },
    ],
  },
};

describe('audit()', () => {
  it('returns the docs/architecture.md §6 report for parsed JSON or its text', async () => {
    const a = await audit(har);
    const b = await audit(JSON.stringify(har));
    expect(b).toEqual(a);
    expect(a.tool).toEqual({ name: 'cookie-lens', version: VERSION });
    expect(a.exchanges).toBe(2);
    expect(a.cookies.find((c) => c.name === 'sid')).toEqual({
      name: 'sid',
      domain: 'shop.example.com',
      path: '/',
      hostOnly: true,
      lifetime: 'persistent',
      expires: '2026-03-01T11:00:00.000Z',
      secure: false,
      httpOnly: false,
      sameSite: 'unspecified',
      attributesFrom: 'set-cookie',
      partitioned: false,
      partitionKey: null,
      role: 'auth',
      roleConfidence: 'high',
      roleReasons: [
        '"sid" is a well-known session/auth cookie name',
        'value can hold a secret (long and varied)',
      ],
      jwt: null,
      setBy: ['e1'],
      sentOn: ['e2'],
    });
    const f = a.findings.find((x) => x.rule === 'auth-no-httponly');
    expect(f).toMatchObject({
      severity: 'high',
      cookie: { name: 'sid', domain: 'shop.example.com', path: '/' },
      exchange: 'e1',
    });
    expect(a.sites[0]).toMatchObject({ site: 'example.com', auth: 1, grade: 'F' });
    expect(a.sites[0]?.gradeFormula).toMatch(/100 - 30\*high/);
  });

  it('a cookie only seen sent has unknown flags and lifetime, not false ones (issue #12)', async () => {
    const sentOnly = {
      log: {
        entries: [
          {
            startedDateTime: '2026-03-01T10:00:00.000Z',
            request: {
              method: 'GET',
              url: 'https://shop.example.com/',
              headers: [{ name: 'Cookie', value: 'prefs=dark' }],
            },
            response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'seen=1; Secure' }] },
          },
        ],
      },
    };
    const r = await audit(sentOnly, { now: Date.UTC(2026, 2, 1) });
    expect(r.cookies.find((c) => c.name === 'prefs')).toMatchObject({
      lifetime: 'unknown',
      secure: null,
      httpOnly: null,
      sameSite: null,
      attributesFrom: null,
    });
    expect(r.cookies.find((c) => c.name === 'seen')).toMatchObject({
      lifetime: 'session',
      secure: true,
      httpOnly: false,
      sameSite: 'unspecified',
      attributesFrom: 'set-cookie',
    });
    expect(r.sites[0]).toMatchObject({ cookies: 2, unknown: 1, session: 1, persistent: 0 });
  });

  it('a HAR cookie object without httpOnly/secure (BrowserMob) leaves those flags unknown, not absent', async () => {
    const browserMob = {
      log: {
        entries: [
          {
            startedDateTime: '2026-03-01T10:00:00.000Z',
            request: { method: 'GET', url: 'https://shop.example.com/', headers: [] },
            response: {
              status: 200,
              headers: [],
              cookies: [{ name: 'PHPSESSID', value: '0sq90dqt0uonnasahl67ikosd0', path: '/' }],
            },
          },
        ],
      },
    };
    const r = await audit(browserMob, { now: Date.UTC(2026, 2, 1) });
    expect(r.cookies.find((c) => c.name === 'PHPSESSID')).toMatchObject({
      role: 'auth',
      httpOnly: null,
      secure: null,
    });
    expect(r.findings.map((f) => f.rule)).not.toContain('auth-no-httponly');
    expect(r.findings.map((f) => f.rule)).not.toContain('auth-no-secure');
  });

  it('rejects unusable input with a HarInputError carrying a stable code; auditHar returns it as a value', async () => {
    await expect(audit({ nope: true })).rejects.toBeInstanceOf(HarInputError);
    await expect(audit('{not json')).rejects.toMatchObject({ code: 'not-an-object' });
    expect(await auditHar({ log: {} })).toMatchObject({ ok: false, code: 'no-entries' });
  });
});
