/**
 * Joining `getHAR()` (what DevTools recorded before the panel opened) with live `onRequestFinished`
 * events that raced it: the analysis replays in time order, and an entry must not count twice.
 */
export type BackfillKey = string;

interface EntryLike {
  startedDateTime?: unknown;
  request?: { url?: unknown; method?: unknown };
  response?: { status?: unknown };
}

/** Same start time, method and URL: the same request (HAR has no request id). */
export function backfillKey(entry: unknown): BackfillKey {
  const e = (entry ?? {}) as EntryLike;
  const url = typeof e.request?.url === 'string' ? e.request.url.slice(0, 2048) : '';
  return `${String(e.startedDateTime)}\t${String(e.request?.method)}\t${url}`;
}

function startOf(entry: unknown): number {
  const t = (entry as EntryLike | null)?.startedDateTime;
  const ms = typeof t === 'string' ? Date.parse(t) : Number.NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * Whether a getHAR() entry has its response. Firefox's getHAR() also lists requests still running,
 * with status 0 and their headers missing or half there (seen on ESR 153 during a slow load): such an
 * entry is left to onRequestFinished, which brings it whole. Counting it as seen dropped the finished
 * request, and its Set-Cookie lines with it. (A request that failed before the panel opened has no
 * status either, and no Set-Cookie: it is not listed.)
 */
export function isAnswered(entry: unknown): boolean {
  const status = (entry as EntryLike | null)?.response?.status;
  return typeof status === 'number' && status > 0;
}

/** Entries sorted by start time (stable), objects only: the Analyzer wants time order (docs/architecture.md §2). */
export function inTimeOrder(entries: readonly unknown[]): unknown[] {
  return entries
    .filter((e) => !!e && typeof e === 'object')
    .map((e, i) => ({ e, i, t: startOf(e) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
}

/** A getHAR() answer as the log takes it: its answered entries, in time order. */
export function mergeBackfill(entries: readonly unknown[]): unknown[] {
  return inTimeOrder(entries.filter(isAnswered));
}
