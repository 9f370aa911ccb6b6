/** `attribute-ignored` (low): an attribute the browser silently ignores (invalid Expires/Max-Age, too long). */
import type { WarningCode } from '../cookie/types';
import type { Finding } from '../model';
import { defineMeta } from './rule';
import type { ExchangeContext } from './rule-context';
import { finding } from './rule-context';

export const meta = defineMeta({
  id: 'attribute-ignored',
  severity: 'low',
});

/** SameSite has its own rule (`samesite-invalid`), so it is not repeated here. */
const IGNORED: Partial<Record<WarningCode, string>> = {
  'expires-invalid': 'Expires is not a valid cookie date',
  'max-age-invalid': 'Max-Age is not a whole number',
  'attribute-value-too-long': 'an attribute value is over 1024 bytes',
  'domain-empty': 'Domain is empty',
  'path-invalid': 'Path does not start with "/"',
};

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sets) {
    if (!s.parsed || s.deletion) continue;
    const what = s.parsed.warnings.map((w) => IGNORED[w]).filter((x): x is string => x !== undefined);
    if (what.length > 0)
      out.push(finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name}: ${what.join('; ')}`));
  }
  return out;
}
