/**
 * Human times for JWT claims ("expired 3 h ago", "in 2 days"). `now` is always injected so the
 * panel, the CLI and the tests agree on the clock.
 */
import type { ClaimTime } from './jwt-types';

const UNITS: readonly [limitSec: number, sizeSec: number, unit: string][] = [
  [60, 1, 's'],
  [3600, 60, 'min'],
  [86400, 3600, 'h'],
  [86400 * 60, 86400, 'day'],
  [86400 * 730, 86400 * 30, 'month'],
  [Number.POSITIVE_INFINITY, 86400 * 365, 'year'],
];

/** "3 h ago" / "in 2 days" / "now". */
export function relativeTime(targetMs: number, nowMs: number): string {
  const diffSec = (targetMs - nowMs) / 1000;
  const abs = Math.abs(diffSec);
  if (abs < 1) return 'now';
  for (const [limit, size, unit] of UNITS) {
    if (abs < limit) {
      const n = Math.floor(abs / size);
      const label =
        unit === 'day' || unit === 'month' || unit === 'year'
          ? `${n} ${unit}${n === 1 ? '' : 's'}`
          : `${n} ${unit}`;
      return diffSec < 0 ? `${label} ago` : `in ${label}`;
    }
  }
  return 'far away';
}

/** Dates beyond ±8.64e15 ms are invalid in JS (ECMA-262 §21.4.1.1). */
const MAX_DATE_MS = 8.64e15;

/** A NumericDate claim (RFC 7519 §2) made human; undefined when the claim is absent or not a number. */
export function claimTime(
  value: unknown,
  nowMs: number,
  claim: 'exp' | 'iat' | 'nbf',
): ClaimTime | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const ms = value * 1000;
  if (Math.abs(ms) > MAX_DATE_MS) return { seconds: value, date: null, relative: 'out of the date range' };
  const rel = relativeTime(ms, nowMs);
  let relative = rel;
  if (claim === 'exp' && ms <= nowMs) relative = `expired ${rel}`;
  else if (claim === 'exp') relative = `expires ${rel}`;
  else if (claim === 'nbf' && ms > nowMs) relative = `not valid yet: valid ${rel}`;
  return { seconds: value, date: new Date(ms).toISOString(), relative };
}
