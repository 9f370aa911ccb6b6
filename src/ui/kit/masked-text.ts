/**
 * "Mask values" for free text (docs/architecture.md §9): finding messages and fixes, role reasons,
 * history notes, flow labels and exports quote cookie values, which are masked wherever they occur.
 * The rows only mask whole values (display-text.ts `showValue`): this is for the views that show text
 * (issue #16: not in the panel's first paint).
 */
import { maskQuoted } from '../../core/text/mask-text';
import { MASK } from './display-text';

/**
 * The one masking function for free text (finding messages and fixes, role reasons, history notes, flow
 * labels): with "Mask values" on, every value in `values` and every `value "…"` quote is replaced by MASK
 * wherever it occurs — spaces included (`user=John Smith`). Off: the text as it is.
 */
export function maskText(text: string, masked: boolean, values: readonly string[] = []): string {
  return masked ? maskQuoted(text, values, MASK) : text;
}

/** What a finding's texts may quote: the values it names (core `quoted`) plus the caller's known values. */
export function findingSecrets(f: { quoted?: readonly string[] }, known: readonly string[] = []): string[] {
  return [...(f.quoted ?? []), ...known];
}

/**
 * Cookie values as free text may quote them, for `maskText`: each non-empty value and, where they
 * differ, its percent-decoding and percent-encoding — a URL carries a value encoded or not
 * (`user=John Smith` set, `/welcome?user=John%20Smith` requested).
 */
export function valuesToMask(values: Iterable<string>): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (v === '') continue;
    out.push(v);
    for (const form of [safeDecode(v), safeEncode(v)]) if (form !== v) out.push(form);
  }
  return out;
}

/** Hostile values are not always valid percent-encoding, nor valid UTF-16 (a lone surrogate throws). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
}
