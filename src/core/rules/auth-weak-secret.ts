/**
 * `auth-weak-secret` (high): the cookie's HMAC (an `s:` signature or an HS256/384/512 JWT) verifies
 * with a well-known secret from the bundled list (secrets/weak-secrets.ts), so anyone can mint
 * valid sessions. The check is split: `findWeakSecret` (async, Web Crypto) finds the hit, this pure
 * function turns it into a finding.
 */
import type { Finding } from '../model';
import { findWeakSecret, type WeakSecretHit } from '../secrets/find-weak-secret';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'auth-weak-secret',
  severity: 'high',
});

/** Quote a secret for a message: hostile-free (it comes from our list) but keep it one line. */
function quote(secret: string): string {
  return JSON.stringify(secret.length > 60 ? `${secret.slice(0, 57)}...` : secret);
}

export function checkAuthWeakSecret(hit: WeakSecretHit | null, ctx: TokenContext): Finding[] {
  if (!hit) return [];
  const what = hit.kind === 'jwt' ? 'JWT' : 'signed value';
  return [
    tokenFinding(
      meta,
      ctx,
      `The ${what} in ${where(ctx)} is signed with the well-known secret ${quote(hit.secret)}: anyone can forge it`,
    ),
  ];
}

/** Convenience: look for a weak secret in `value` and report it. */
export async function detectAuthWeakSecret(value: string, ctx: TokenContext): Promise<Finding[]> {
  return checkAuthWeakSecret(await findWeakSecret(value), ctx);
}
