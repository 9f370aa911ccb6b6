/**
 * What kind of request an exchange is, for the flow rules: login-like and logout-like requests are
 * recognised by method and path, since a HAR does not say what a request meant.
 */
import type { Exchange } from '../model';

const LOGIN =
  /(?:^|[/_.-])(?:log-?in|sign-?in|signon|authenticate|auth|session|sessions|token|oauth\/callback|callback)(?:$|[/_.?-])/i;
const LOGOUT = /(?:^|[/_.-])(?:log-?out|sign-?out|log-?off|sign-?off|end-?session)(?:$|[/_.?-])/i;

function pathOf(url: string): string {
  const start = url.indexOf('//');
  const slash = start >= 0 ? url.indexOf('/', start + 2) : -1;
  if (slash < 0) return '/';
  const q = url.indexOf('?', slash);
  return q < 0 ? url.slice(slash) : url.slice(slash, q);
}

/** A POST to a login-like path that succeeded (2xx/3xx): where a session id must be renewed. */
export function isLoginRequest(ex: Exchange): boolean {
  const path = pathOf(ex.url);
  return (
    ex.method === 'POST' && ex.status >= 200 && ex.status < 400 && LOGIN.test(path) && !LOGOUT.test(path)
  );
}

/** A logout-like request (any method: many apps log out with GET /logout). */
export function isLogoutRequest(ex: Exchange): boolean {
  return ex.status >= 200 && ex.status < 400 && LOGOUT.test(pathOf(ex.url));
}
