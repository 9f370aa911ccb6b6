/**
 * The name a rejected `Set-Cookie` line was sent with, for the rows and findings that report it (issue #19
 * break 6: oversized and control-character lines became one nameless cookie, and two such rejections
 * merged into one finding). The browser ignores such a line (RFC 6265bis §5.6 steps 1 and 7), but the
 * reader must still see which cookie it was: the name-value pair ends at the first ";" and the name at
 * the first "=" (§5.6 steps 2–5); it is shown escaped (controls as `\u0007`) and cut.
 */
import { visibleText } from '../text/visible-text';

/** Names longer than this are cut with "…" (a name is part of the 4096-byte pair, §5.6 step 7). */
export const MAX_SENT_NAME_CHARS = 64;

export function nameAsSent(header: string): string {
  if (typeof header !== 'string') return '';
  // Only the first 4096 octets can hold a name (§5.6 step 7): bound the work on a megabyte line.
  const head = header.slice(0, 4096 + 1);
  let semi = head.indexOf(';');
  if (semi === -1) semi = head.length;
  const eq = head.indexOf('=');
  if (eq === -1 || eq > semi) return '';
  const name = visibleText(head.slice(0, eq).replace(/^[ \t]+|[ \t]+$/g, ''));
  return name.length > MAX_SENT_NAME_CHARS ? `${name.slice(0, MAX_SENT_NAME_CHARS - 1)}…` : name;
}
