/**
 * Name lists that decide a cookie's role (docs/architecture.md §4). Names are compared lower-cased. Framework defaults
 * come from their documentation (express-session `connect.sid`, PHP `PHPSESSID`, Java `JSESSIONID`, …).
 */

export const AUTH_NAMES: ReadonlySet<string> = new Set([
  'connect.sid',
  'sid',
  'session',
  'sessionid',
  'session_id',
  'phpsessid',
  'jsessionid',
  'asp.net_sessionid',
  '.aspxauth',
  'laravel_session',
  'ci_session',
  'auth',
  'auth_token',
  'token',
  'jwt',
  'access_token',
  'id_token',
  'refresh_token',
]);

/** Prefixes of known auth names (`.AspNetCore.Cookies`, `remember_web_…`). */
export const AUTH_PREFIXES: readonly string[] = ['.aspnetcore.', 'remember_'];

/** Tokens inside a name that suggest authentication (`my_sess`, `userToken`, `login_state`). */
export const AUTH_TOKENS: readonly string[] = ['sess', 'auth', 'token', 'jwt', 'login', 'sid'];

/** Anti-CSRF tokens are not credentials, even though their names contain "token". */
export const CSRF_TOKENS: readonly string[] = ['csrf', 'xsrf'];

/** Analytics and advertising (Google Analytics, Meta pixel, Google Ads, Hotjar, Segment, Mixpanel …). */
export const TRACKING_EXACT: ReadonlySet<string> = new Set([
  '_ga',
  '_gid',
  '_fbp',
  '_fbc',
  'ide',
  'nid',
  'muid',
]);
export const TRACKING_PREFIXES: readonly string[] = [
  '_ga_',
  '_gat',
  '_gcl_',
  '__utm',
  '_hj',
  'ajs_',
  'mp_',
  '_uet',
  '_clck',
  '_clsk',
  '__hs',
  'hubspotutk',
  '_pin_',
  '_tt_',
];

export const PREFERENCE_NAMES: ReadonlySet<string> = new Set([
  'theme',
  'lang',
  'language',
  'locale',
  'consent',
  'cookie_consent',
  'cookieconsent_status',
  'timezone',
  'tz',
  'currency',
  'dark_mode',
  'color_scheme',
  'font_size',
]);
