/**
 * `jwt-sensitive-claims`: a JWS payload is signed, not encrypted (RFC 7519 §12), so anyone holding
 * the cookie (scripts, proxies, logs) reads every claim.
 * high: password/secret-like claim names with a value; low: personal data (email, phone, …) as text.
 */
import type { DecodedJwt } from '../jwt/jwt-types';
import type { Finding } from '../model';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwt-sensitive-claims',
  severity: 'high',
});

/** Normalised (lower case, no `_`/`-`/space) fragments meaning "a secret". */
const SECRET_PARTS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'apikey',
  'privatekey',
  'accesskey',
  'creditcard',
  'cardnumber',
  'cvv',
  'cvc',
];
const SECRET_EXACT = new Set(['pwd', 'pass', 'pin', 'ssn', 'pan']);
/** Personal data (GDPR Art. 4(1) "personal data"; OIDC Core §5.1 standard claims). */
const PII_PARTS = [
  'email',
  'phone',
  'mobile',
  'address',
  'birthdate',
  'dateofbirth',
  'postcode',
  'zipcode',
  'iban',
  'passport',
];
const PII_EXACT = new Set(['dob', 'tel']);

/** Bounds: hostile payloads can be wide and deep. */
const MAX_DEPTH = 6;
const MAX_KEYS = 500;

function classify(name: string): 'secret' | 'pii' | null {
  const n = name.toLowerCase().replace(/[-_ .]/g, '');
  if (SECRET_EXACT.has(n) || SECRET_PARTS.some((p) => n.includes(p))) return 'secret';
  if (PII_EXACT.has(n) || PII_PARTS.some((p) => n.includes(p))) return 'pii';
  return null;
}

/** Booleans like `email_verified` or `has_password` leak nothing. */
function carriesData(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));
}

export function sensitiveClaimPaths(payload: Record<string, unknown>): { secret: string[]; pii: string[] } {
  const out = { secret: [] as string[], pii: [] as string[] };
  let seen = 0;
  const walk = (obj: Record<string, unknown>, prefix: string, depth: number): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (++seen > MAX_KEYS) return;
      const path = prefix ? `${prefix}.${k}` : k;
      const kind = classify(k);
      if (kind && carriesData(v)) out[kind === 'secret' ? 'secret' : 'pii'].push(path);
      else if (typeof v === 'object' && v !== null && !Array.isArray(v) && depth < MAX_DEPTH) {
        walk(v as Record<string, unknown>, path, depth + 1);
      }
    }
  };
  walk(payload, '', 0);
  return out;
}

function list(paths: string[]): string {
  const shown = paths.slice(0, 5).map((p) => `\`${p}\``);
  return paths.length > 5 ? `${shown.join(', ')} and ${paths.length - 5} more` : shown.join(', ');
}

export function checkJwtSensitiveClaims(
  jwt: Pick<DecodedJwt, 'payload' | 'nested'>,
  ctx: TokenContext,
): Finding[] {
  const claims = jwt.nested ? jwt.nested.payload : jwt.payload;
  const { secret, pii } = sensitiveClaimPaths(claims);
  const out: Finding[] = [];
  if (secret.length > 0) {
    out.push(
      tokenFinding(
        meta,
        ctx,
        `JWT in ${where(ctx)} exposes secret-like claims ${list(secret)} to anyone who can read it`,
        'high',
      ),
    );
  }
  if (pii.length > 0) {
    out.push(
      tokenFinding(meta, ctx, `JWT in ${where(ctx)} carries personal data in clear: ${list(pii)}`, 'low'),
    );
  }
  return out;
}
