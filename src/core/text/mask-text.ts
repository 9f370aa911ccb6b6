/**
 * Masking of cookie values inside free text (finding messages, fixes, role reasons, history notes), for
 * "Mask values" (docs/architecture.md §9: screen sharing). A value can hold spaces (`user=John Smith`), so masking
 * "up to the next space" leaks; instead the exact values a text may quote are replaced wherever they occur.
 * Pure, linear in text × values, no regular expression built from hostile values.
 */

/** Values longer than this are cut before matching: a cookie is at most 4096 bytes (RFC 6265bis §5.6). */
const MAX_VALUE_CHARS = 4096;
/** At most this many distinct values are matched per text. */
const MAX_VALUES = 64;
/** Shorter values ("1", "yes") are masked only where they stand as a quoted value, not inside words. */
const SHORT = 4;

/** Our own texts quote a value as JSON after the word "value" (roles/value-shape.ts): `value "1"`. */
const QUOTED_VALUE = /\bvalue "(?:[^"\\]|\\.)*"/g;

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Distinct non-empty values, longest first, so `John Smith` wins over `John`. */
function prepare(values: readonly string[]): string[] {
  const set = new Set<string>();
  for (const v of values) {
    if (set.size >= MAX_VALUES) break;
    if (typeof v === 'string' && v !== '') set.add(v.slice(0, MAX_VALUE_CHARS));
  }
  return [...set].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of each value in `text` by `mask`, plus every `value "…"` our texts quote. */
export function maskQuoted(text: string, values: readonly string[], mask: string): string {
  const quoted = text.replace(QUOTED_VALUE, `value "${mask}"`);
  const list = prepare(values);
  if (list.length === 0) return quoted;
  let out = '';
  let i = 0;
  let copied = 0;
  while (i < quoted.length) {
    let hit = 0;
    for (const v of list) {
      if (!quoted.startsWith(v, i)) continue;
      if (v.length < SHORT) {
        // "isAdmin=1 is a flag": mask "1" after "=", "(" or a quote, never the "1" in "1 day".
        const before = i > 0 ? quoted.charCodeAt(i - 1) : -1;
        const after = quoted.charCodeAt(i + v.length);
        const opens = before === 0x3d || before === 0x28 || before === 0x22;
        if (!opens || isWordChar(after)) continue;
      }
      hit = v.length;
      break;
    }
    if (hit === 0) {
      i++;
      continue;
    }
    out += `${quoted.slice(copied, i)}${mask}`;
    i += hit;
    copied = i;
  }
  return out + quoted.slice(copied);
}
