/**
 * The audit of HARs recorded from real browsers (scripts/fixtures/record-har.ts): Chromium over CDP in
 * Chrome's HAR shape; Firefox ESR's own netmonitor HAR (toolbox getHARFromNetMonitor); and a Firefox
 * capture built from WebDriver BiDi network events in the "\n"-joined Set-Cookie form.
 * Same site, same visit: home → login (POST) → account (script cookie + Bearer fetch) → logout → home.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';
import { audit } from '../../../src/core/report/audit.ts';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));

describe.each(['chromium-login.har', 'firefox-login.har', 'firefox-bidi-login.har'])('%s', (file) => {
  const har = load(file);

  it('is read as the browser saved it', () => {
    const r = harToExchanges(har);
    if (!r.ok) throw new Error(r.message);
    expect(r.exchanges.length).toBeGreaterThanOrEqual(9);
    const home = r.exchanges[0];
    expect(home?.setCookieHeaders.map((h) => h.split('=')[0])).toEqual(['theme', '_ga', 'connect.sid']);
    expect(r.exchanges.some((e) => e.authorizationHeader?.startsWith('Bearer eyJ'))).toBe(true);
  });

  it('names roles with reasons and lifetimes', async () => {
    const report = await audit(har);
    const cookie = (name: string, domain = '127.0.0.1') =>
      report.cookies.find((c) => c.name === name && c.domain === domain);
    expect(cookie('connect.sid')).toMatchObject({
      role: 'auth',
      lifetime: 'session',
      httpOnly: true,
      sameSite: 'lax',
    });
    expect(cookie('connect.sid')?.roleReasons).toContain('value is an express signed (s:) value');
    expect(cookie('token')).toMatchObject({ role: 'auth', lifetime: 'deletion' });
    expect(cookie('token')?.roleReasons).toContain('value is a JWT');
    expect(cookie('token')?.jwt?.payload).toMatchObject({ sub: 'alice', role: 'customer' });
    expect(cookie('theme')).toMatchObject({ role: 'preference', lifetime: 'persistent' });
    expect(cookie('_ga')).toMatchObject({ role: 'tracking', lifetime: 'persistent' });
    expect(cookie('js_pref')).toMatchObject({ lifetime: 'unknown', hostOnly: null });
    expect(cookie('px', 'localhost')).toMatchObject({ secure: true, sameSite: 'none' });
    // _ga asked for 2 years: capped at 400 days from receipt (RFC 6265bis §5.6.2).
    const ga = cookie('_ga');
    const capDays =
      (Date.parse(ga?.expires ?? '') - Date.parse(har.log.entries.at(-1).startedDateTime)) / 86_400_000;
    expect(Math.round(capDays)).toBeLessThanOrEqual(400);
  });

  it('tells the flow: session kept across login, survived logout, token deleted, js_pref set by script', () => {
    const r = harToExchanges(har);
    if (!r.ok) throw new Error(r.message);
    const a = analyseExchanges(r.exchanges);
    const login = r.exchanges.find((e) => e.method === 'POST')?.id;
    const logout = r.exchanges.find((e) => e.url.endsWith('/logout'))?.id;
    const sid = a.cookies.find((c) => c.name === 'connect.sid' && c.domain === '127.0.0.1');
    const types = (name: string) => a.cookies.find((c) => c.name === name)?.events.map((e) => e.type) ?? [];
    expect(sid?.events.filter((e) => e.exchange === login).map((e) => e.type)).toEqual(['sent']);
    expect(types('token')).toContain('deleted');
    expect(
      a.cookies.find((c) => c.name === 'token')?.events.find((e) => e.type === 'deleted')?.exchange,
    ).toBe(logout);
    expect(new Set(types('js_pref'))).toEqual(new Set(['unexplained-sent']));
    expect(a.mismatches.some((m) => m.name === 'js_pref' && m.kind === 'unexpected')).toBe(true);
  });

  it('reports the findings a reviewer would sign', async () => {
    const report = await audit(har);
    const has = (rule: string, name?: string) =>
      report.findings.some(
        (f) => f.rule === rule && (name === undefined ? f.cookie === null : f.cookie?.name === name),
      );
    expect(has('auth-no-httponly', 'token')).toBe(true);
    expect(has('auth-no-httponly', 'connect.sid')).toBe(false);
    // loggedIn=true sits beside the real, HttpOnly connect.sid: a UI hint, not the session (issue #12).
    expect(has('unsigned-auth-state', 'loggedIn')).toBe(false);
    expect(has('auth-weak-secret', 'connect.sid')).toBe(true);
    expect(has('auth-weak-secret', 'token')).toBe(true);
    expect(has('auth-weak-secret')).toBe(true); // the Bearer JWT
    expect(has('session-not-rotated', 'connect.sid')).toBe(true);
    expect(has('logout-not-cleared', 'connect.sid')).toBe(true);
    expect(has('logout-not-cleared', 'token')).toBe(false);
    expect(has('expiry-capped', '_ga')).toBe(true);
    expect(has('jwt-sensitive-claims', 'token')).toBe(true); // email claim in clear (low: PII)
    expect(has('third-party', 'px')).toBe(true);
    expect(has('unexplained-cookie', 'js_pref')).toBe(true);
    const noSecure = report.findings.find(
      (f) => f.rule === 'auth-no-secure' && f.cookie?.name === 'connect.sid',
    );
    expect(noSecure?.severity).toBe('medium'); // http on loopback: "before production"
    // The deletions at logout are never reported as insecure cookies.
    const r = harToExchanges(har);
    if (!r.ok) throw new Error(r.message);
    const logout = r.exchanges.find((e) => e.url.endsWith('/logout'))?.id ?? '';
    const insecure = analyseExchanges(r.exchanges).findings.filter((f) =>
      /^(auth-no|no-secure|samesite)/.test(f.rule),
    );
    expect(insecure.filter((f) => f.exchanges.includes(logout))).toEqual([]);
    const site = report.sites.find((s) => s.site === '127.0.0.1');
    expect(site).toMatchObject({ auth: 2, jwt: 1, deleted: 2, grade: 'F' });
  });
});
