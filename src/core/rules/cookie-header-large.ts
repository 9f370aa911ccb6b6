/** `cookie-header-large` (medium): a Cookie request header over 8 KB. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'cookie-header-large',
  severity: 'medium',
});

const LIMIT = 8 * 1024;

export function check(ctx: ExchangeContext): Finding[] {
  if (ctx.cookieHeaderBytes <= LIMIT) return [];
  const kb = (ctx.cookieHeaderBytes / 1024).toFixed(1);
  return [finding(meta, null, ctx.exchange.id, `Cookie header to ${ctx.host} is ${kb} KB (over 8 KB)`)];
}
