/**
 * Joining `getHAR()` (what DevTools recorded before the panel opened) with live `onRequestFinished`
 * events that raced it: the analysis replays in time order, and an entry must not count twice.
 */
export type BackfillKey = string;

interface EntryLike {
  startedDateTime?: unknown;
  request?: { url?: unknown; method?: unknown };
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

/** Entries sorted by start time (stable), objects only: the Analyzer wants time order (docs/architecture.md §2). */
export function mergeBackfill(entries: readonly unknown[]): unknown[] {
  return entries
    .filter((e) => !!e && typeof e === 'object')
    .map((e, i) => ({ e, i, t: startOf(e) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
}
