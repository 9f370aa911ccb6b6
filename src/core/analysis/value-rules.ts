/**
 * The seam to the token rules owned by the values engineer (jwt-*, jwe-opaque, auth-weak-secret via
 * rules/jwt-findings.ts): the engine calls them here and nowhere else.
 */
import type { Finding } from '../model';
import { checkAuthWeakSecret } from '../rules/auth-weak-secret';
import { tokenFindings } from '../rules/jwt-findings';
import type { TokenContext } from '../rules/jwt-rule-context';
import { findWeakSecret, type WeakSecretHit } from '../secrets/find-weak-secret';
import { decodeValue } from '../values/decode-value';
import type { ValueFacts } from './value-facts';

/** Sync token rules over a cookie or Bearer value. Cheap gate first: every JOSE token contains `eyJ`. */
export function tokenRuleFindings(text: string, ctx: TokenContext): Finding[] {
  if (text.indexOf('eyJ') === -1) return [];
  try {
    return tokenFindings(decodeValue(text), ctx, null);
  } catch {
    // A rule bug must not sink the whole audit; the other rules still report.
    return [];
  }
}

/** Values worth the (async, list-sized) weak-secret search: HMAC JWTs and express `s:` values. */
export function isWeakSecretCandidate(facts: ValueFacts): boolean {
  if (facts.signed) return true;
  const alg = facts.jwt?.alg;
  return typeof alg === 'string' && /^HS(256|384|512)$/.test(alg);
}

/** The well-known secret that signs `text`, if any (async: Web Crypto HMAC over the bundled list). */
export async function weakSecretHit(text: string): Promise<WeakSecretHit | null> {
  try {
    return await findWeakSecret(text);
  } catch {
    return null;
  }
}

/** `auth-weak-secret` findings for a hit found by `weakSecretHit`. */
export function weakSecretFindings(hit: WeakSecretHit | null, ctx: TokenContext): Finding[] {
  return checkAuthWeakSecret(hit, ctx);
}
