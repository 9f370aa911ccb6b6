/**
 * Text helpers for every surface (panel, its views, popup): truncation for rows and value masking for
 * screen sharing (docs/architecture.md §9 "Mask values"). Every string here may be attacker-controlled; the views
 * render the results as text nodes only, these helpers only bound and mask them.
 */

/** What a masked value looks like everywhere: a fixed width, so not even the length leaks. */
export const MASK = '••••••';

/** Row text is cut here (docs/architecture.md §9: huge values are truncated for display). */
export const ROW_TEXT_LIMIT = 200;

/** Cuts `text` to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max = ROW_TEXT_LIMIT): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A cookie value for display: masked, or truncated. */
export function showValue(value: string, masked: boolean, max = ROW_TEXT_LIMIT): string {
  return masked ? MASK : truncate(value, max);
}
