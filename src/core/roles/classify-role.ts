/**
 * The role of a cookie with the evidence that decided it and how strong that evidence is, so the UI can
 * say "auth (high confidence): well-known session cookie name; value can hold a secret" and the rules can
 * judge a login cookie hard only when it really looks like one (issue #12: a tool that cries wolf is
 * switched off). Evidence, strongest first:
 * - the page echoes the value as an anti-CSRF token → csrf;
 * - a known analytics/advertising cookie (our list, then the Open Cookie Database) → tracking, never a
 *   credential;
 * - the value: a JWT, a JWE or an express `s:` signed value can be a credential; a counter, a yes/no,
 *   a timestamp or a short constant cannot (value-shape.ts);
 * - the name: a framework's session cookie name is strong, a fragment (`sess`, `token`) is weak;
 * - who set it: a third-party response, or nobody in the capture (set before it, or by a script),
 *   lowers the confidence one step.
 */
import type { ValueFacts } from '../analysis/value-facts';
import { knownTrackingCookie } from './known-cookie-lookup';
import {
  AUTH_NAMES,
  AUTH_PREFIXES,
  AUTH_TOKENS,
  CSRF_TOKENS,
  PREFERENCE_NAMES,
  TRACKING_EXACT,
  TRACKING_PREFIXES,
} from './role-names';
import { valueShape } from './value-shape';

export type Role = 'auth' | 'csrf' | 'tracking' | 'preference' | 'unknown';

/** How sure the classification is: rules soften their severity below `high` (rule-context.ts). */
export type Confidence = 'high' | 'medium' | 'low';

export interface RoleResult {
  role: Role;
  reasons: string[];
  confidence: Confidence;
}

export interface RoleEvidence {
  /** Set by a response from another site than the page's. */
  thirdParty?: boolean;
  /** Only ever seen in Cookie headers: set before the capture, or by a script. */
  sentOnly?: boolean;
  /** Where the page sent this value as an anti-CSRF token, e.g. "the csrfToken parameter". */
  csrfEcho?: string | null;
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

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

/** What the name says: a framework's session name (strong), a fragment (weak), or nothing. */
function nameEvidence(name: string, base: string): { strength: 'strong' | 'weak'; reason: string } | null {
  if (AUTH_NAMES.has(base))
    return { strength: 'strong', reason: `"${name}" is a well-known session/auth cookie name` };
  if (AUTH_PREFIXES.some((p) => base.startsWith(p)) || isAppSession(base))
    return { strength: 'strong', reason: `"${name}" follows a framework's session cookie naming` };
  const token = nameToken(base, name);
  return token !== null ? { strength: 'weak', reason: `name contains "${token}"` } : null;
}

function tracker(name: string, base: string): string | null {
  // The database first, case-sensitively: Google's `SID` is listed (Marketing), a site's own `sid` is
  // not. Generic names it also lists (`token`, `session`) stay ours to judge.
  const known = AUTH_NAMES.has(name) ? null : knownTrackingCookie(name);
  if (known) return `Open Cookie Database: a ${known.platform} cookie (${known.category}), not a credential`;
  if (AUTH_NAMES.has(base)) return null;
  if (TRACKING_EXACT.has(base) || TRACKING_PREFIXES.some((p) => base.startsWith(p)))
    return 'name of a known analytics/advertising cookie';
  return null;
}

/** Classifies from the name, the value (`facts`, null when no value is known) and where it came from. */
export function classifyRole(
  name: string,
  facts: ValueFacts | null,
  evidence: RoleEvidence = {},
): RoleResult {
  const lower = name.toLowerCase();
  const base = baseName(lower);
  if (evidence.csrfEcho) {
    return {
      role: 'csrf',
      confidence: 'high',
      reasons: [`the page sends its value as ${evidence.csrfEcho}`],
    };
  }
  if (CSRF_TOKENS.some((t) => base.includes(t))) {
    return { role: 'csrf', confidence: 'high', reasons: ['name looks like an anti-CSRF token'] };
  }
  const signed =
    (facts?.jwt !== null && facts?.jwt !== undefined) || facts?.jwe === true || facts?.signed === true;
  // A signed or JWT value is a credential's shape whatever list the name is on.
  const tracking = signed ? null : tracker(name, base);
  if (tracking) return { role: 'tracking', confidence: 'high', reasons: [tracking] };

  const named = nameEvidence(name, base);
  const reasons: string[] = named ? [named.reason] : [];
  let confidence: Confidence | null = null;
  const signedValue = facts?.jwt
    ? 'value is a JWT'
    : facts?.jwe
      ? 'value is an encrypted JWT (JWE)'
      : facts?.signed
        ? 'value is an express signed (s:) value'
        : null;
  if (signedValue) {
    reasons.push(signedValue);
    confidence = named ? 'high' : 'medium';
  } else if (named) {
    const shape = facts ? valueShape(facts.text) : null;
    if (shape?.neverCredential) {
      // `cnetSessionCount=1`, `kampyleSessionPageCounter=3`: the name says session, the value cannot be one.
      return {
        role: 'unknown',
        confidence: 'high',
        reasons: [`${named.reason}, but ${shape.reason}: not a credential`],
      };
    }
    const capable = shape?.credentialCapable === true;
    if (capable) reasons.push('value can hold a secret (long and varied)');
    else if (shape?.reason) reasons.push(shape.reason);
    // A strong name with a secret-like value is sure; a name fragment, or a value that is unseen or
    // short, leaves room for doubt.
    confidence = named.strength === 'strong' ? (capable ? 'high' : 'medium') : capable ? 'medium' : 'low';
  }
  if (confidence === null) {
    if (PREFERENCE_NAMES.has(base))
      return { role: 'preference', confidence: 'high', reasons: ['name of a user preference'] };
    return { role: 'unknown', confidence: 'low', reasons: [] };
  }
  if (evidence.thirdParty) {
    confidence = LOWER[confidence];
    reasons.push('set by a third-party response, not by the page’s own site');
  }
  if (evidence.sentOnly) {
    confidence = LOWER[confidence];
    reasons.push('never seen set in the capture (set before it, or by a script)');
  }
  return { role: 'auth', confidence, reasons };
}
