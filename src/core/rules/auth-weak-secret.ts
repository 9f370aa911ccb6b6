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
  title: 'Signed with a well-known secret',
  why:
    'The signature only proves anything while the secret is secret. A secret copied from a README or ' +
    'tutorial (keyboard cat, your-256-bit-secret) lets anyone forge a session id or a JWT with any claims ' +
    '— and Cookie Lens found it offline in milliseconds, as an attacker would.',
  fix:
    'Generate a long random secret (32 random bytes, e.g. `openssl rand -hex 32`), keep it out of the code ' +
    '(read it from the environment at startup: `session({ secret: SESSION_SECRET, … })`), rotate it, ' +
    'and invalidate sessions/tokens signed with the old one.',
  refs: [
    'RFC 8725 §2.2',
    'RFC 8725 §3.5',
    'RFC 7518 §3.2',
    'CWE-1391',
    'CWE-798',
    'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
  ],
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
