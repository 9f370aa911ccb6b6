/**
 * Asking DevTools again for the request headers it had not got yet. Chromium can report a request
 * (`onRequestFinished`) before the headers as sent reached DevTools, with only the provisional ones
 * (core/har/provisional-headers.ts): the CSRF lesson's forged POST, answered 303 across sites, came
 * that way in about one tour in three on Chromium 150 and 156 under load, and `getHAR()` a moment later
 * listed the same request with its Cookie header. So the store notes each such entry, asks getHAR() after
 * REFETCH_AFTER_MS, and swaps in the whole one (the same request: panel-backfill.ts `backfillKey`).
 * An entry still provisional after the last ask keeps its unknown Cookie header.
 *
 * Firefox's entries always hold the headers as sent (Host among them), so it is never asked there: a
 * getHAR() while a page loads loses requests in Firefox (platform/panel-reopen.ts).
 */
import { entryToExchange } from '../../core/har/entry-to-exchange';
import { hasOnlyProvisionalHeaders } from '../../core/har/provisional-headers';
import type { Exchange } from '../../core/model';
import { type BackfillKey, backfillKey } from './panel-backfill';
import type { PanelSource } from './panel-source';

/** When to ask after an entry arrives: its extra headers came within ~50 ms in the runs above. */
export const REFETCH_AFTER_MS: readonly number[] = [300, 1500, 5000];
/** Entries waited for at once; more (a site whose every request is provisional) stay unknown. */
export const MAX_PENDING = 500;
/**
 * At most one getHAR() a second: a page that keeps sending such requests must not have DevTools
 * serialise its whole log several times a second.
 */
export const MIN_ASK_GAP_MS = 1000;
const TIMER_SLACK_MS = 2;

export interface RefetchHost {
  /** Swaps the whole entry in for the exchange `id`; false when that exchange is not in the log. */
  heal(id: string, entry: unknown): boolean;
  /** Some exchanges were healed: the analysis is made again. */
  healed(): void;
}

interface Pending {
  /** The exchanges waiting for this request key, in arrival order (a poll may repeat one in a millisecond). */
  ids: string[];
  /** When it was noted (performance.now()): its asks are due `delays` after that. */
  notedAt: number;
  /** Asks made at or after their due time; past `delays.length` it stays unknown. */
  asked: number;
}

const requestHeaders = (entry: unknown) =>
  (entry as { request?: { headers?: unknown } } | null)?.request?.headers;

/**
 * Chromium's HAR marks a response a service worker gave (`_fetchedViaServiceWorker`): the page's
 * request never went out, so no later getHAR() has its headers as sent; the worker's own fetch is
 * another request.
 */
const viaServiceWorker = (entry: unknown) =>
  (entry as { response?: { _fetchedViaServiceWorker?: unknown } } | null)?.response
    ?._fetchedViaServiceWorker === true;

/**
 * `old` (provisional request headers) with the Cookie header of `entry`, the same request as DevTools
 * holds it now; null when `entry` is still provisional or another request. Only the Cookie header was
 * missing: the rest of a provisional list is what the page set.
 */
export function healedExchange(old: Exchange, entry: unknown): Exchange | null {
  const whole = entryToExchange(entry, { id: old.id, pageUrl: old.pageUrl });
  if (!whole || whole.cookieHeaderUnknown || whole.url !== old.url || whole.method !== old.method)
    return null;
  const { cookieHeaderUnknown: _, ...known } = old;
  return { ...known, requestCookieHeader: whole.requestCookieHeader };
}

export class HeaderRefetch {
  readonly #host: RefetchHost;
  readonly #delays: readonly number[];
  readonly #pending = new Map<BackfillKey, Pending>();
  #source: PanelSource | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** When the timer fires (performance.now()); an ask in flight keeps `#timer` set and this at -∞. */
  #timerDue = Number.POSITIVE_INFINITY;
  /** When the last getHAR() was asked (performance.now()), for MIN_ASK_GAP_MS. */
  #lastAsk = Number.NEGATIVE_INFINITY;
  /** Bumped by `forget`: an answer to an ask made before it is dropped. */
  #generation = 0;

  readonly #minGap: number;

  constructor(host: RefetchHost, delays: readonly number[] = REFETCH_AFTER_MS, minGapMs = MIN_ASK_GAP_MS) {
    this.#host = host;
    this.#delays = delays;
    this.#minGap = minGapMs;
  }

  /** Where to ask (the store's DevTools source); null stops asking. */
  use(source: PanelSource | null): void {
    this.#source = source;
    if (source === null) this.forget();
  }

  /** An entry the log took as exchange `id`, its Cookie header unknown (`Exchange.cookieHeaderUnknown`). */
  note(entry: unknown, id: string): void {
    if (this.#source === null || this.#delays.length === 0 || this.#pending.size >= MAX_PENDING) return;
    if (viaServiceWorker(entry)) return;
    const key = backfillKey(entry);
    const same = this.#pending.get(key);
    if (same) same.ids.push(id);
    else this.#pending.set(key, { ids: [id], notedAt: performance.now(), asked: 0 });
    // A timer set for a later entry's ask is brought forward (never while an ask is in flight).
    if (this.#timer === null) this.#schedule();
    else if (this.#timerDue !== Number.NEGATIVE_INFINITY && this.#dueAt() < this.#timerDue) {
      clearTimeout(this.#timer);
      this.#schedule();
    }
  }

  /** A navigation kept only these exchanges (the new page's): the others are no longer waited for. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const [key, p] of this.#pending) {
      p.ids = p.ids.filter((id) => ids.has(id));
      if (p.ids.length === 0) this.#pending.delete(key);
    }
    if (this.#pending.size === 0) this.forget();
  }

  /** The log was cleared, replaced or left for a new page: the noted exchanges are not in it. */
  forget(): void {
    this.#pending.clear();
    this.#generation++;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerDue = Number.POSITIVE_INFINITY;
  }

  get pending(): number {
    return this.#pending.size;
  }

  /** The earliest time an ask is due for a pending entry, never before the gap since the last ask. */
  #dueAt(): number {
    let due = Number.POSITIVE_INFINITY;
    for (const p of this.#pending.values()) {
      const delay = this.#delays[p.asked];
      if (delay !== undefined) due = Math.min(due, p.notedAt + delay);
    }
    return Math.max(due, this.#lastAsk + this.#minGap);
  }

  #schedule(): void {
    const due = this.#dueAt();
    if (due === Number.POSITIVE_INFINITY) {
      this.#timer = null;
      return;
    }
    this.#timerDue = due;
    this.#timer = setTimeout(() => this.#ask(), Math.max(0, due - performance.now()));
  }

  #ask(): void {
    const source = this.#source;
    const generation = this.#generation;
    if (source === null) return;
    const askedAt = performance.now();
    this.#lastAsk = askedAt;
    this.#timerDue = Number.NEGATIVE_INFINITY;
    const settle = (entries: unknown) => {
      // An answer to an ask made before `forget`: the timer now belongs to a newer chain.
      if (generation !== this.#generation) return;
      this.#timer = null;
      this.#timerDue = Number.POSITIVE_INFINITY;
      this.#take(Array.isArray(entries) ? entries : [], askedAt);
      if (this.#pending.size > 0) this.#schedule();
    };
    source.backfill().then(settle, () => settle([]));
  }

  /** `askedAt`: an entry counts this ask as one of its own only if it was due by then. */
  #take(entries: unknown[], askedAt: number): void {
    let healed = 0;
    for (const entry of entries) {
      const key = backfillKey(entry);
      const p = this.#pending.get(key);
      if (p === undefined || hasOnlyProvisionalHeaders(requestHeaders(entry))) continue;
      const id = p.ids.shift();
      if (p.ids.length === 0) this.#pending.delete(key);
      if (id !== undefined && this.#host.heal(id, entry)) healed++;
    }
    for (const [key, p] of this.#pending) {
      const delay = this.#delays[p.asked];
      // Timers may fire a millisecond before the fractional time they were set for.
      if (delay === undefined || p.notedAt + delay > askedAt + TIMER_SLACK_MS) continue;
      p.asked++;
      if (p.asked >= this.#delays.length) this.#pending.delete(key);
    }
    if (healed > 0) this.#host.healed();
  }
}
