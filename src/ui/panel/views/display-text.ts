/**
 * Text helpers shared by the panel views: truncation for rows and value masking for screen sharing
 * (docs/architecture.md §9 "Mask values"). Every string here may be attacker-controlled; the views render the results
 * as text nodes only, these helpers only bound and mask them.
 */

import { MASK } from '../../kit/display-text';

export { MASK, ROW_TEXT_LIMIT, showValue, truncate } from '../../kit/display-text';
export { maskText, valuesToMask } from '../../kit/masked-text';

/**
 * Masks the value of one raw `Set-Cookie` line, keeping the name and the attributes: the value is what
 * sits between the first "=" and the first ";" of the name-value pair (RFC 6265bis §5.6 steps 2–5).
 * A line without "=" before ";" is a nameless cookie whose whole pair is the value (§5.6 step 5).
 */
export function maskSetCookieLine(raw: string): string {
  const semi = raw.indexOf(';');
  const pairEnd = semi === -1 ? raw.length : semi;
  const eq = raw.indexOf('=');
  const rest = raw.slice(pairEnd);
  if (eq === -1 || eq > pairEnd) return `${MASK}${rest}`;
  return `${raw.slice(0, eq + 1)}${MASK}${rest}`;
}

/** A cookie name for a row or a label: a nameless cookie (RFC 6265bis §5.6 step 5) says so. */
export function cookieNameText(name: string): string {
  return name === '' ? '(nameless)' : name;
}

/** 9421 → "9,421" with a fixed locale so tests and screenshots agree. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
