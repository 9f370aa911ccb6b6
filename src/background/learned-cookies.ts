/**
 * What a tab's cookie jar learned, kept apart from the request ring (issue #19 break 10: with 20 busy
 * tabs each kept 40–78 of ~2,000 requests, and the popup forgot cookies set early). When the ring drops
 * an exchange, its Set-Cookie lines are folded in here: the latest line per cookie (name, domain, path —
 * RFC 6265bis §5.7 step 22's identity), with the request it came from. Replayed before the ring, these
 * lines give the analysis every cookie's last set, so its verdict (role, flags, lifetime, findings)
 * survives any trimming. Bounded in bytes per tab (LEARNED_BYTES_PER_TAB); pure, no extension APIs.
 */
import { defaultPath } from '../core/cookie/domain-path-match';
import { parseSetCookie } from '../core/cookie/set-cookie-parser';
import type { Exchange } from '../core/model';

/**
 * Per-tab budget of the learned state, measured as the estimated JSON bytes: 128 KB holds ~850 cookies at
 * a typical 150-byte line (test/unit/background/learned-cookies.spec.ts). 20 tabs use at most 2.5 MB of
 * the 8 MB the captures share (storage.session's quota is 10 MB in Chrome).
 */
export const LEARNED_BYTES_PER_TAB = 128 * 1024;

/** One cookie's latest Set-Cookie line and where it came from. */
export interface LearnedSet {
  key: string;
  line: string;
  url: string;
  pageUrl: string | null;
  startedAt: number;
  status: number;
  exchangeId: string;
}

const OVERHEAD_BYTES = 120;

export function learnedBytes(s: LearnedSet): number {
  return (
    OVERHEAD_BYTES +
    s.key.length +
    s.line.length +
    s.url.length +
    (s.pageUrl?.length ?? 0) +
    s.exchangeId.length
  );
}

function hostAndPath(url: string): { host: string; path: string } | null {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), path: u.pathname };
  } catch {
    return null;
  }
}

export class LearnedCookies {
  /** Insertion order is age: an update moves a cookie to the end, eviction takes from the front. */
  readonly sets = new Map<string, LearnedSet>();
  bytes = 0;
  /** Cookies forgotten because the budget was full. */
  evicted = 0;

  constructor(readonly budget = LEARNED_BYTES_PER_TAB) {}

  /** Folds an exchange the ring is dropping: its accepted-looking lines replace older ones per cookie. */
  learn(ex: Exchange): void {
    if (ex.setCookieHeaders.length === 0 || ex.fromCache) return;
    const at = hostAndPath(ex.url);
    if (!at) return;
    for (const line of ex.setCookieHeaders) {
      const p = parseSetCookie(line);
      // A line the browser ignores teaches the jar nothing (its rejection finding was about that request).
      if (!p.ok) continue;
      const domain = (p.attributes.domain ?? at.host).replace(/^\./, '').toLowerCase();
      const key = `${p.name}\t${domain}\t${p.attributes.path ?? defaultPath(at.path)}`;
      this.put({
        key,
        line,
        url: ex.url,
        pageUrl: ex.pageUrl,
        startedAt: ex.startedAt,
        status: ex.status,
        exchangeId: ex.id,
      });
    }
  }

  put(s: LearnedSet): void {
    const old = this.sets.get(s.key);
    if (old) {
      this.bytes -= learnedBytes(old);
      this.sets.delete(s.key);
    }
    this.sets.set(s.key, s);
    this.bytes += learnedBytes(s);
    while (this.bytes > this.budget && this.sets.size > 0) {
      const [firstKey, first] = this.sets.entries().next().value as [string, LearnedSet];
      this.sets.delete(firstKey);
      this.bytes -= learnedBytes(first);
      this.evicted++;
    }
  }

  list(): LearnedSet[] {
    return [...this.sets.values()];
  }
}

/**
 * The learned lines as exchanges to replay before the ring, oldest first: one per line, so each keeps
 * its own request (first/third party, https) and time.
 */
export function learnedExchanges(sets: readonly LearnedSet[]): Exchange[] {
  return [...sets]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((s, i) => ({
      id: `${s.exchangeId}~${i}`,
      startedAt: s.startedAt,
      url: s.url,
      method: 'GET',
      status: s.status,
      pageUrl: s.pageUrl,
      requestCookieHeader: null,
      setCookieHeaders: [s.line],
    }));
}

/** Stored data back to learned sets: anything malformed is skipped (storage may hold an older format). */
export function readLearned(raw: unknown): LearnedSet[] {
  if (!Array.isArray(raw)) return [];
  const out: LearnedSet[] = [];
  for (const x of raw) {
    if (!x || typeof x !== 'object') continue;
    const s = x as Partial<LearnedSet>;
    if (
      typeof s.key === 'string' &&
      typeof s.line === 'string' &&
      typeof s.url === 'string' &&
      typeof s.exchangeId === 'string' &&
      typeof s.startedAt === 'number' &&
      typeof s.status === 'number'
    ) {
      out.push({
        key: s.key,
        line: s.line,
        url: s.url,
        pageUrl: typeof s.pageUrl === 'string' ? s.pageUrl : null,
        startedAt: s.startedAt,
        status: s.status,
        exchangeId: s.exchangeId,
      });
    }
  }
  return out;
}
