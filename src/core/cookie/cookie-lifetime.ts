/**
 * How long a cookie lives (RFC 6265bis §5.6.1 Expires, §5.6.2 Max-Age, §5.7 step 6): Max-Age wins
 * over Expires, Max-Age <= 0 or an Expires in the past deletes, and any expiry is capped at 400 days
 * from receipt (browsers enforce the cap silently, so we explain it: explain-lifetime.ts).
 */
import type { Lifetime, ParsedSetCookie } from './types';

export const DAY_MS = 86_400_000;
/** RFC 6265bis §5.6.1/§5.6.2: the cookie-age-limit is 400 days. */
export const MAX_COOKIE_AGE_DAYS = 400;
export const MAX_COOKIE_AGE_MS = MAX_COOKIE_AGE_DAYS * DAY_MS;

/** Lifetime of a cookie received at `receivedAt` (epoch ms). A rejected header stores nothing; it reports `session`. */
export function cookieLifetime(parsed: ParsedSetCookie, receivedAt: number): Lifetime {
  if (!parsed.ok) return { kind: 'session' };
  const { maxAge, expires } = parsed.attributes;
  const bothPresent = maxAge !== null && expires !== null;
  const limit = receivedAt + MAX_COOKIE_AGE_MS;
  if (maxAge !== null) {
    // §5.6.2: delta-seconds <= 0 → the earliest representable time, i.e. delete.
    if (maxAge <= 0) return { kind: 'deletion', source: 'max-age' };
    const wanted = receivedAt + maxAge * 1000;
    const capped = wanted > limit;
    return {
      kind: 'persistent',
      expiresAt: capped ? limit : wanted,
      capped,
      source: 'max-age',
      bothPresent,
      maxAge,
    };
  }
  if (expires !== null) {
    const wanted = expires.getTime();
    // §5.7: a cookie whose expiry is not in the future is removed at once.
    if (wanted <= receivedAt) return { kind: 'deletion', source: 'expires' };
    const capped = wanted > limit;
    return { kind: 'persistent', expiresAt: capped ? limit : wanted, capped, source: 'expires', bothPresent };
  }
  return { kind: 'session' };
}

/** "29 days", "3 hours", "1 minute", "40 seconds". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (s >= 86_400) return unit(Math.floor(s / 86_400), 'day');
  if (s >= 3600) return unit(Math.floor(s / 3600), 'hour');
  if (s >= 60) return unit(Math.floor(s / 60), 'minute');
  return unit(s, 'second');
}
