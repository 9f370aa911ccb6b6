/**
 * Text helpers for every surface (panel, its views, popup): truncation for rows and a masked value for
 * screen sharing (docs/architecture.md §9 "Mask values"); masking the values free text quotes is
 * masked-text.ts. Every string here may be attacker-controlled; the views render the results as text
 * nodes only, these helpers only bound and mask them.
 */
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
