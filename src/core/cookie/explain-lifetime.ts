/**
 * A cookie's lifetime (cookie-lifetime.ts) in one plain-English sentence, for the detail pane and the
 * library: what the analysis computes, worded only where a person reads it (issue #16: not in the
 * panel's first paint).
 */
import { formatDuration, MAX_COOKIE_AGE_DAYS } from './cookie-lifetime';
import type { Lifetime } from './types';

/** One plain-English sentence for the detail pane and the CLI. */
export function explainLifetime(lifetime: Lifetime, now: number): string {
  switch (lifetime.kind) {
    case 'session':
      return 'session cookie: deleted when the browser session ends';
    case 'deletion':
      return lifetime.source === 'max-age'
        ? 'deletion: Max-Age <= 0 removes the cookie at once'
        : 'deletion: Expires is in the past, so the cookie is removed at once';
    case 'persistent': {
      const left = lifetime.expiresAt - now;
      const when = left <= 0 ? `expired ${formatDuration(-left)} ago` : `expires in ${formatDuration(left)}`;
      const notes: string[] = [];
      if (lifetime.bothPresent) {
        notes.push(`Max-Age${lifetime.maxAge !== undefined ? `=${lifetime.maxAge}` : ''} wins over Expires`);
      }
      if (lifetime.capped) notes.push(`capped at ${MAX_COOKIE_AGE_DAYS} days from receipt`);
      return `persistent: ${when}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    }
  }
}
