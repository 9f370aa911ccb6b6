/**
 * The role of a cookie (DESIGN §4) with the reasons that decided it, so the UI can say
 * "auth because: value is a JWT". Rules judge a cookie by its role (an auth cookie without HttpOnly is
 * high; a theme cookie without it is fine).
 */
import type { ValueFacts } from '../analysis/value-facts';
import {
  AUTH_NAMES,
  AUTH_PREFIXES,
  AUTH_TOKENS,
  CSRF_TOKENS,
  PREFERENCE_NAMES,
  TRACKING_EXACT,
  TRACKING_PREFIXES,
} from './role-names';

export type Role = 'auth' | 'csrf' | 'tracking' | 'preference' | 'unknown';

export interface RoleResult {
  role: Role;
  reasons: string[];
}

/** Strip the RFC 6265bis §4.1.3 prefixes: `__Host-sid` is judged as `sid`. */
function baseName(lower: string): string {
  if (lower.startsWith('__host-')) return lower.slice(7);
  if (lower.startsWith('__secure-')) return lower.slice(9);
  return lower;
}

/** Rails-style `_<app>_session`. */
function isAppSession(name: string): boolean {
  return name.length > 9 && name.startsWith('_') && name.endsWith('_session');
}

/** A token inside a name: `user_token`, `authToken`, `my-sess` — but not `sidebar` or `considered`. */
function nameToken(lower: string, original: string): string | null {
  const words = original
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const token of AUTH_TOKENS) {
    if (words.includes(token)) return token;
    // `sess`, `auth`, `token`, `jwt` also count as word prefixes (`session_key`, `authcookie`).
    if (token !== 'sid' && token !== 'login' && words.some((w) => w.startsWith(token))) return token;
  }
  return lower.endsWith('sid') && lower.length <= 8 ? 'sid' : null;
}

/** Classifies by name first (cheap), then by value shape. `facts` may be null when no value is known. */
export function classifyRole(name: string, facts: ValueFacts | null): RoleResult {
  const lower = name.toLowerCase();
  const base = baseName(lower);
  if (CSRF_TOKENS.some((t) => base.includes(t))) {
    return { role: 'csrf', reasons: ['name looks like an anti-CSRF token'] };
  }
  const reasons: string[] = [];
  // Analytics names contain "sess"/"sid" too (_hjSessionUser, _ga_…_sid): known trackers first.
  if (
    !AUTH_NAMES.has(base) &&
    (TRACKING_EXACT.has(base) || TRACKING_PREFIXES.some((p) => base.startsWith(p)))
  ) {
    return { role: 'tracking', reasons: ['name of a known analytics/advertising cookie'] };
  }
  if (AUTH_NAMES.has(base)) reasons.push(`"${name}" is a well-known session/auth cookie name`);
  else if (AUTH_PREFIXES.some((p) => base.startsWith(p)) || isAppSession(base)) {
    reasons.push(`"${name}" follows a framework's session cookie naming`);
  } else {
    const token = nameToken(base, name);
    if (token !== null) reasons.push(`name contains "${token}"`);
  }
  if (facts?.jwt) reasons.push('value is a JWT');
  else if (facts?.jwe) reasons.push('value is an encrypted JWT (JWE)');
  if (facts?.signed) reasons.push('value is an express signed (s:) value');
  if (reasons.length > 0) return { role: 'auth', reasons };
  if (PREFERENCE_NAMES.has(base)) return { role: 'preference', reasons: ['name of a user preference'] };
  return { role: 'unknown', reasons: [] };
}
