/**
 * Text helpers for every surface (panel, its views, popup): truncation for rows and value masking for
 * screen sharing (docs/architecture.md §9 "Mask values"). Every string here may be attacker-controlled; the views
 * render the results as text nodes only, these helpers only bound and mask them.
 */
import { maskQuoted } from '../../core/text/mask-text';
import { visibleCut } from '../../core/text/visible-cut';

/** What a masked value looks like everywhere: a fixed width, so not even the length leaks. */
export const MASK = '••••••';

/** Row text is cut here (docs/architecture.md §9: huge values are truncated for display). */
export const ROW_TEXT_LIMIT = 200;

/**
 * Cuts `text` to `max` characters with an ellipsis, never splitting a surrogate pair. Controls, bidi
 * overrides and zero-width characters are shown as `\u202e` first ("Trojan Source", core visible-cut.ts).
 */
export function truncate(raw: string, max = ROW_TEXT_LIMIT): string {
  return visibleCut(raw, max);
}

/** A cookie value for display: masked, or truncated. */
export function showValue(value: string, masked: boolean, max = ROW_TEXT_LIMIT): string {
  return masked ? MASK : truncate(value, max);
}

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
