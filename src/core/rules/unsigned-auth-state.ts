/**
 * `unsigned-auth-state` (high): the browser holds an authentication or authorisation decision in clear
 * (`loggedIn=true`, `isAdmin=1`, `role=admin`, `user=john`). Anyone can edit a cookie in DevTools, so a
 * server that trusts it lets users log themselves in or make themselves admin.
 */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'unsigned-auth-state',
  severity: 'high',
});

/**
 * Flags that only tell the page's own scripts "someone is logged in" (to pick a menu): a UI hint when
 * the real session is an HttpOnly cookie next to it, which the server checks instead (issue #12).
 * Privilege flags (`isAdmin`, `role`) stay findings: they are what a careless server trusts.
 */
const LOGIN_HINTS: readonly string[] = [
  'loggedin',
  'isloggedin',
  'login',
  'authenticated',
  'isauthenticated',
  'authed',
  'isauthed',
];

/** Names holding a yes/no decision (lower-cased, `_`/`-` removed). */
const FLAG_NAMES = new Set([
  ...LOGIN_HINTS,
  'authorized',
  'isauthorized',
  'admin',
  'isadmin',
  'superuser',
  'issuperuser',
  'isstaff',
  'staff',
  'verified',
  'isverified',
  'premium',
  'ispremium',
]);
/** Names holding who the user is or what they may do. */
const IDENTITY_NAMES = new Set([
  'user',
  'username',
  'userid',
  'uid',
  'role',
  'roles',
  'userrole',
  'usertype',
  'accesslevel',
  'level',
  'group',
  'permissions',
  'privilege',
  'privileges',
  'account',
]);

const TRUTHY = new Set(['true', '1', 'yes', 'y', 'on', 'ok']);
const FALSY = new Set(['false', '0', 'no', 'n', 'off']);
/** A plain identifier: no signature dot, short. Hex/base64 blobs of 20+ chars are likely opaque ids. */
const PLAIN = /^[A-Za-z][A-Za-z0-9 _@.+-]{0,39}$/;

function normalise(name: string): string {
  return name
    .replace(/^__(host|secure)-/i, '')
    .replace(/[-_.]/g, '')
    .toLowerCase();
}

/** `logged_in=yes` beside a real HttpOnly session cookie of the same site: a UI hint, not the session. */
export function isUiHint(name: string, siteHasSession: boolean): boolean {
  return siteHasSession && LOGIN_HINTS.includes(normalise(name));
}

/** The reason this name=value is an editable decision, or null. */
export function editableDecision(name: string, value: string): string | null {
  if (value.length === 0 || value.length > 64) return null;
  const n = normalise(name);
  const v = value.trim().toLowerCase();
  if (FLAG_NAMES.has(n) && (TRUTHY.has(v) || FALSY.has(v)))
    return `${name}=${value.slice(0, 20)} is a yes/no flag`;
  // `s:`/JWT values are signed; a "." followed by a long tail may be a signature too.
  if (IDENTITY_NAMES.has(n) && PLAIN.test(value) && !/\.[A-Za-z0-9+/_-]{20,}$/.test(value)) {
    return `${name}=${value.slice(0, 20)} names a user or role in clear`;
  }
  return null;
}

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  const session = ctx.siteHasSession?.() === true;
  for (const s of acceptedSets(ctx)) {
    if (s.facts?.signed || s.facts?.jwt || s.facts?.jwe) continue;
    if (isUiHint(s.cookie.name, session)) continue;
    const reason = editableDecision(s.cookie.name, s.facts?.text ?? s.parsed?.value ?? '');
    if (reason)
      out.push(
        quoting(
          finding(meta, s.cookie, ctx.exchange.id, `${reason}, without a signature`),
          s.facts?.text ?? s.parsed?.value ?? '',
        ),
      );
  }
  // Set by script (never seen in a Set-Cookie) and sent: the server may still trust it.
  for (const c of ctx.sent) {
    if (c.before.everSet || isUiHint(c.name, session)) continue;
    const reason = editableDecision(c.name, c.value);
    if (reason)
      out.push(
        quoting(finding(meta, c.cookie, ctx.exchange.id, `${reason}, without a signature (sent)`), c.value),
      );
  }
  return out;
}

/** The message quotes the value (cut to 20 characters): both forms are what a mask must hide. */
function quoting(f: Finding, value: string): Finding {
  f.quoted = [value, value.slice(0, 20)];
  return f;
}
