/**
 * "How to fix" in the framework the cookie's name gives away (src/core/rules/framework-fixes.ts): a
 * PHP or Java session gets its own setting, not Express's `res.cookie(…)`; any other name keeps the
 * rule's own fix.
 */
import { describe, expect, it } from 'vitest';
import { findingFix } from '../../../src/core/rules/finding-fix.ts';
import { frameworkFix, frameworkOf } from '../../../src/core/rules/framework-fixes.ts';
import { ruleTexts } from '../../../src/core/rules/rule-texts.ts';

const finding = (rule: string, name: string | null) => ({
  rule,
  cookie: name === null ? null : { name, domain: 'a.example', path: '/' },
});

describe('framework fixes', () => {
  it('knows the default session cookie names, and Rails by its pattern', () => {
    expect(
      [
        'PHPSESSID',
        'JSESSIONID',
        'ASP.NET_SessionId',
        '.AspNetCore.Cookies',
        'sessionid',
        'laravel_session',
        'connect.sid',
        '_shop_session',
      ].map(frameworkOf),
    ).toEqual(['php', 'java', 'aspnet', 'aspnet', 'django', 'laravel', 'express', 'rails']);
    for (const name of [
      'phpsessid',
      'sid',
      'session',
      '_ga',
      '_Shop_session',
      '_session',
      `_${'a'.repeat(80)}_session`,
      '',
      '.ASPXAUTH', // Forms authentication: its flags come from <forms>, not the session settings
      '.AspNetCore.`x`',
      '.AspNetCore.',
    ])
      expect(frameworkOf(name), name).toBeNull();
  });

  it("gives each framework's own setting for the flag rules", () => {
    expect(findingFix(finding('auth-no-httponly', 'PHPSESSID'))).toBe(
      "PHPSESSID is PHP's session cookie: php.ini `session.cookie_httponly = 1`, or `session_set_cookie_params(['httponly' => true])` before `session_start()`.",
    );
    expect(findingFix(finding('auth-no-secure', 'JSESSIONID'))).toContain(
      'server.servlet.session.cookie.secure=true',
    );
    expect(findingFix(finding('auth-no-secure', 'ASP.NET_SessionId'))).toContain('requireSSL="true"');
    expect(findingFix(finding('auth-samesite-missing', 'sessionid'))).toMatch(
      /^sessionid looks like Django's session cookie: .*SESSION_COOKIE_SAMESITE = 'Lax'/,
    );
    expect(findingFix(finding('auth-no-secure', '_shop_session'))).toMatch(
      /^_shop_session looks like Rails' session cookie: `config.force_ssl = true`/,
    );
    expect(findingFix(finding('auth-no-httponly', 'laravel_session'))).toContain("'http_only' => true");
    expect(findingFix(finding('auth-samesite-none', 'connect.sid'))).toBe(
      "connect.sid is express-session's cookie: `session({ cookie: { sameSite: 'lax' } })`. Keep None only for a cookie that must work inside third-party iframes.",
    );
  });

  it('renews the session id at login the way each framework does, and says nothing it does not know', () => {
    expect(findingFix(finding('session-not-rotated', 'PHPSESSID'))).toContain('session_regenerate_id(true)');
    expect(findingFix(finding('session-not-rotated', 'JSESSIONID'))).toContain('request.changeSessionId()');
    expect(findingFix(finding('session-not-rotated', 'laravel_session'))).toContain(
      'session()->regenerate()',
    );
    expect(findingFix(finding('auth-prefix-suggested', 'JSESSIONID'))).toContain(
      'server.servlet.session.cookie.name=__Host-JSESSIONID',
    );
    expect(findingFix(finding('auth-prefix-suggested', 'PHPSESSID'))).toContain(
      'session.name = "__Host-PHPSESSID"',
    );
    // No ASP.NET text for it: the rule's own fix stays.
    expect(findingFix(finding('session-not-rotated', 'ASP.NET_SessionId'))).toBe(
      ruleTexts('session-not-rotated').fix,
    );
  });

  it("keeps the rule's own fix for other names, other rules and request-level findings", () => {
    for (const f of [
      finding('auth-no-httponly', 'sid'),
      finding('auth-long-lived', 'PHPSESSID'),
      finding('auth-no-httponly', null),
    ])
      expect(findingFix(f)).toBe(ruleTexts(f.rule).fix);
    expect(frameworkFix('no-such-rule', 'PHPSESSID')).toBeNull();
    expect(frameworkFix('__proto__', 'PHPSESSID')).toBeNull();
  });
});
