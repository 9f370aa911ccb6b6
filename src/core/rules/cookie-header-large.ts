/** `cookie-header-large` (medium): a Cookie request header over 8 KB. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'cookie-header-large',
  severity: 'medium',
  title: 'Cookie header over 8 KB',
  why:
    'Many servers and proxies refuse request headers above 8 KB (nginx large_client_header_buffers, ' +
    'Node --max-http-header-size 16 KB for all headers): users then get 400/431 errors until they clear cookies.',
  fix: 'Keep large data server-side; delete stale cookies (Max-Age=0); avoid one cookie per feature.',
  refs: ['RFC 6265bis §6.1', 'RFC 6585 §5'],
});

const LIMIT = 8 * 1024;

export function check(ctx: ExchangeContext): Finding[] {
  if (ctx.cookieHeaderBytes <= LIMIT) return [];
  const kb = (ctx.cookieHeaderBytes / 1024).toFixed(1);
  return [finding(meta, null, ctx.exchange.id, `Cookie header to ${ctx.host} is ${kb} KB (over 8 KB)`)];
}
