/** `samesite-invalid` (low): a SameSite value other than Strict/Lax/None, treated as absent. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'samesite-invalid',
  severity: 'low',
  title: 'Invalid SameSite value',
  why:
    'Browsers ignore a SameSite value they do not know (RFC 6265bis §5.6.7), so the cookie gets the default ' +
    'behaviour, not the one the server meant.',
  fix: "Use exactly Strict, Lax or None: res.cookie(name, value, { sameSite: 'lax' }).",
  refs: ['RFC 6265bis §5.6.7'],
});

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sets) {
    if (!s.parsed || s.deletion || !s.parsed.warnings.includes('samesite-invalid')) continue;
    const raw = (s.parsed.attributes.sameSiteRaw ?? '').slice(0, 40);
    out.push(
      finding(
        meta,
        s.cookie,
        ctx.exchange.id,
        `${s.cookie.name}: SameSite="${raw}" is not Strict, Lax or None`,
      ),
    );
  }
  return out;
}
