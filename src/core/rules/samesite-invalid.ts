/** `samesite-invalid` (low): a SameSite value other than Strict/Lax/None, treated as absent. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'samesite-invalid',
  severity: 'low',
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
