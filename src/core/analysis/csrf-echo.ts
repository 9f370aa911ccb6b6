/**
 * Double-submit CSRF tokens (OWASP CSRF Prevention Cheat Sheet, "Double Submit Cookie"): the page reads
 * a cookie and sends its value back in a header or parameter. Such a cookie is the CSRF token, not the
 * session, whatever its name says — LinkedIn's `JSESSIONID="ajax:…"` is echoed as `csrfToken`.
 */
import type { CsrfToken, Exchange } from '../model';
import { classifyRole } from '../roles/classify-role';
import type { SentCookie } from '../rules/rule-context';

function unquote(v: string): string {
  const t = v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
  if (t.indexOf('%') < 0) return t;
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

/** `ajax:2865512572964537111` → `ajax:` + 19 digits: a scheme-like prefix and a digit run. */
function shapeOf(v: string): string | null {
  const m = /^([A-Za-z]{3,16}):(\d{8,40})$/.exec(v);
  return m ? `${m[1]}:${(m[2] as string).length}` : null;
}

/**
 * Where the exchange echoed this cookie value as an anti-CSRF token ("the csrfToken parameter"), or
 * null. The same value is proof; a token of the same distinctive shape (`ajax:` + 19 digits) is taken
 * as the site's token format — a page reload issues a new token, so a capture may hold an older one.
 */
export function csrfEchoOf(cookieValue: string, tokens: readonly CsrfToken[] | undefined): string | null {
  if (!tokens || tokens.length === 0 || cookieValue.length === 0 || cookieValue.length > 1024) return null;
  const value = unquote(cookieValue);
  for (const t of tokens) if (t.value === value) return t.where;
  const shape = shapeOf(value);
  if (shape === null) return null;
  for (const t of tokens) if (shapeOf(t.value) === shape) return `${t.where} (same token format)`;
  return null;
}

/** A sent cookie whose value the request also carries as its CSRF token becomes a CSRF cookie (role). */
export function noteCsrfEchoes(ex: Exchange, sent: readonly SentCookie[]): void {
  if (!ex.csrfTokens) return;
  for (const c of sent) {
    const echo = c.cookie.csrfEcho ? null : csrfEchoOf(c.value, ex.csrfTokens);
    if (echo === null) continue;
    c.cookie.csrfEcho = echo;
    c.cookie.role = classifyRole(c.name, c.cookie.facts, { csrfEcho: echo });
    c.cookie.rev++;
  }
}
