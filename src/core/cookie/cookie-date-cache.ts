/**
 * A bounded memo of Expires values: a capture repeats the same few Expires strings (one per
 * response, often one per site), and the cookie-date algorithm (RFC 6265bis §5.1.1) is a pure
 * function of the text, so its result can be shared. Only for the shapes the IMF-fixdate fast path
 * does not take: a hit (slice, hash, Map lookup) costs ~100 ns, about twice that fast path but a
 * fraction of the general tokeniser on "Sat Jul 24 2027 22:30:27 GMT+0000 (…)" (measured).
 */
import { cookieDateMs } from './cookie-date';
import { imfFixdateMs } from './imf-fixdate';

/** Longer values are parsed each time (real Expires values are 29 characters, a few up to ~64). */
const MAX_KEY_LENGTH = 64;
/** Entries kept; when full the memo starts over (cheap, and a capture's dates are local in time). */
const MAX_ENTRIES = 512;

const memo = new Map<string, number>();

/** `cookieDateMs(text, from, to)`, memoised by the text: epoch ms, or NaN for an invalid date. */
export function cachedCookieDateMs(text: string, from: number, to: number): number {
  if (to - from === 29) {
    const fast = imfFixdateMs(text, from);
    if (fast !== -1) return fast;
  }
  if (to - from > MAX_KEY_LENGTH) return cookieDateMs(text, from, to);
  const key = text.slice(from, to);
  let ms = memo.get(key);
  if (ms === undefined) {
    ms = cookieDateMs(key, 0, key.length);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, ms);
  }
  return ms;
}
