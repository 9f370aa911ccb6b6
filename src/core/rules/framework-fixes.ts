/**
 * How to fix an auth cookie's flags in the framework that set it, when its name gives the framework
 * away: the default session cookie names (Open Cookie Database: `PHPSESSID` PHP, `JSESSIONID` Java
 * servlet containers, `ASP.NET_SessionId` and `.AspNetCore.*` ASP.NET, `sessionid` Django,
 * `laravel_session` Laravel, `connect.sid` express-session; Rails names its cookie `_<app>_session`).
 * The rule's own fix (rule-texts-*.ts) is the header-level answer with an Express example; a PHP
 * developer reading `res.cookie(…)` learns nothing. Names are attacker-controlled: only a name that
 * matched (a fixed name, or a pattern of letters, digits, `.`, `_` and `-`) is echoed.
 */

export type Framework = 'php' | 'java' | 'aspnet' | 'django' | 'rails' | 'laravel' | 'express';

/** The framework whose default session cookie is called `name`, or null. */
export function frameworkOf(name: string): Framework | null {
  if (name.length > 64) return null;
  if (name === 'PHPSESSID') return 'php';
  if (name === 'JSESSIONID') return 'java';
  // .AspNetCore.Session, .AspNetCore.Cookies, .AspNetCore.Identity.Application, … (echoed: a plain suffix
  // only). Not .ASPXAUTH: Forms authentication takes its flags from <forms>, not from what follows.
  if (name === 'ASP.NET_SessionId' || /^\.AspNetCore\.[A-Za-z0-9._-]+$/.test(name)) return 'aspnet';
  if (name === 'sessionid') return 'django';
  if (name === 'laravel_session') return 'laravel';
  if (name === 'connect.sid') return 'express';
  // Rails: `_myapp_session` (config.session_store's default key).
  if (/^_[a-z][a-z0-9_]*_session$/.test(name)) return 'rails';
  return null;
}

/** What the cookie is, after its name: "PHPSESSID is PHP's session cookie". */
const IS: Record<Framework, string> = {
  php: "is PHP's session cookie",
  java: 'is the Java servlet session cookie',
  aspnet: 'is an ASP.NET cookie',
  // A generic name: said as a guess.
  django: "looks like Django's session cookie",
  // A pattern, not one name: said as a guess.
  rails: "looks like Rails' session cookie",
  laravel: "is Laravel's session cookie",
  express: "is express-session's cookie",
};

const LAX = {
  php: "php.ini `session.cookie_samesite = \"Lax\"` (PHP 7.3+), or `session_set_cookie_params(['samesite' => 'Lax'])` before `session_start()`.",
  java: 'Spring Boot: `server.servlet.session.cookie.same-site=lax`; a servlet container: a SameSite attribute in `<cookie-config>` (Servlet 6) or its own cookie processor setting.',
  aspnet:
    'ASP.NET Core: `options.Cookie.SameSite = SameSiteMode.Lax`; ASP.NET 4.7.2+: `<sessionState cookieSameSite="Lax" />` in web.config.',
  django: "settings.py `SESSION_COOKIE_SAMESITE = 'Lax'` (Django's default).",
  rails:
    '`config.action_dispatch.cookies_same_site_protection = :lax` (the default since Rails 6.1); a `same_site:` option in `config.session_store` overrides it.',
  laravel: "config/session.php `'same_site' => 'lax'` (Laravel's default).",
  express: "`session({ cookie: { sameSite: 'lax' } })`.",
} as const satisfies Record<Framework, string>;

/** Session fixation (OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level Change"). */
const ROTATE: Partial<Record<Framework, string>> = {
  php: '`session_regenerate_id(true)` right after a successful login.',
  java: '`request.changeSessionId()` (Servlet 3.1+) right after a successful login; Spring Security does it by default (`sessionFixation().changeSessionId()`).',
  django:
    '`django.contrib.auth.login(request, user)` renews the key (`request.session.cycle_key()`): a login that bypasses it does not.',
  rails: '`reset_session` before storing the user in the session at login.',
  laravel: '`$request->session()->regenerate()` right after `Auth::attempt(…)` succeeds.',
  express: '`req.session.regenerate((err) => { req.session.user = user; … })` on successful login.',
};

/** RFC 6265bis §4.1.3.2: a `__Host-` name, Secure, Path=/ and no Domain. Renaming logs everyone out once. */
const HOST_PREFIX: Partial<Record<Framework, string>> = {
  php: 'php.ini `session.name = "__Host-PHPSESSID"` with `session.cookie_secure = 1`, `session.cookie_path = /` and no `session.cookie_domain`.',
  java: 'Spring Boot: `server.servlet.session.cookie.name=__Host-JSESSIONID` with `server.servlet.session.cookie.secure=true` and `server.servlet.session.cookie.path=/` (no domain).',
  aspnet:
    'ASP.NET Core: `options.Cookie.Name = "__Host-session"` with `SecurePolicy = CookieSecurePolicy.Always`, `Path = "/"` and no `Domain`; ASP.NET 4.x: `<sessionState cookieName="__Host-ASP.NET_SessionId" />` with `<httpCookies requireSSL="true" />`.',
  django:
    "settings.py `SESSION_COOKIE_NAME = '__Host-sessionid'` with `SESSION_COOKIE_SECURE = True`, `SESSION_COOKIE_PATH = '/'` and no `SESSION_COOKIE_DOMAIN`.",
  rails:
    "`config.session_store :cookie_store, key: '__Host-app_session', secure: true, path: '/'` (no `domain:`).",
  laravel:
    "config/session.php `'cookie' => '__Host-laravel_session'` with `'secure' => true`, `'path' => '/'` and `'domain' => null`.",
  express: "`session({ name: '__Host-sid', cookie: { secure: true, path: '/' } })`.",
};

const FIXES = {
  'auth-no-httponly': {
    php: "php.ini `session.cookie_httponly = 1`, or `session_set_cookie_params(['httponly' => true])` before `session_start()`.",
    java: 'web.xml `<session-config><cookie-config><http-only>true</http-only></cookie-config></session-config>`; Spring Boot: `server.servlet.session.cookie.http-only=true`.',
    aspnet:
      'ASP.NET Core: `options.Cookie.HttpOnly = true` (the default for session and auth cookies); ASP.NET 4.x: `<httpCookies httpOnlyCookies="true" />` in web.config.',
    django: 'settings.py `SESSION_COOKIE_HTTPONLY = True` (Django\u2019s default: something turned it off).',
    rails: 'Rails sets HttpOnly on it by default: look for `httponly: false` in `config.session_store`.',
    laravel: "config/session.php `'http_only' => true` (Laravel's default).",
    express: '`session({ cookie: { httpOnly: true } })` (its default: something turned it off).',
  },
  'auth-no-secure': {
    php: "php.ini `session.cookie_secure = 1`, or `session_set_cookie_params(['secure' => true])` before `session_start()`.",
    java: 'web.xml `<cookie-config><secure>true</secure></cookie-config>`; Spring Boot: `server.servlet.session.cookie.secure=true`.',
    aspnet:
      'ASP.NET Core: `options.Cookie.SecurePolicy = CookieSecurePolicy.Always`; ASP.NET 4.x: `<httpCookies requireSSL="true" />` in web.config.',
    django: 'settings.py `SESSION_COOKIE_SECURE = True`.',
    rails: '`config.force_ssl = true` (marks cookies Secure), or `secure: true` in `config.session_store`.',
    laravel: "config/session.php `'secure' => true` (`SESSION_SECURE_COOKIE=true` in .env).",
    express: "`session({ cookie: { secure: true } })`, with `app.set('trust proxy', 1)` behind a proxy.",
  },
  'auth-samesite-missing': LAX,
  'auth-samesite-none': LAX,
  'auth-prefix-suggested': HOST_PREFIX,
  'session-not-rotated': ROTATE,
} satisfies Record<string, Partial<Record<Framework, string>>>;

/** The rules a framework setting fixes. */
export type FrameworkFixRule = keyof typeof FIXES;

/**
 * The framework setting that fixes `rule` for a cookie called `name`, saying which framework it took
 * the cookie for ("PHPSESSID is PHP's session cookie: php.ini …"); null when the name does not say.
 * The name is echoed only when it matched (frameworkOf: fixed names, or plain-character patterns).
 */
export function frameworkFix(rule: string, name: string): string | null {
  if (!Object.hasOwn(FIXES, rule)) return null;
  const framework = frameworkOf(name);
  if (framework === null) return null;
  const fix: string | undefined = FIXES[rule as FrameworkFixRule][framework];
  return fix === undefined ? null : `${name} ${IS[framework]}: ${fix}`;
}
