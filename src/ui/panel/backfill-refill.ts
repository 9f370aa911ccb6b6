/**
 * Asking getHAR() again after the panel's first backfill came back empty or failed (issue #18, problem
 * 10). Firefox loads the panel document anew when the toolbox moves to another host (bottom → right,
 * a window): the new document's first getHAR() answers an empty log, or fails with "An unexpected
 * error occurred", although the network monitor still holds every request — later calls return them
 * (seen on ESR 153, test/e2e/panel-firefox-dock.e2e.ts). Chrome's first answer is the log; asking
 * again there finds nothing new.
 *
 * Live requests keep arriving meanwhile. They are kept, and a refill that brings requests the panel
 * has not seen replaces the log with both together, in time order, each request once: a request is
 * known by its start time, method and URL (panel-backfill.ts). A navigation, Clear, an import or
 * paused recording ends the asking: what the log holds then is the user's.
 */
import { type BackfillKey, backfillKey, inTimeOrder, mergeBackfill } from './panel-backfill';
import type { PanelSource } from './panel-source';

/** After a toolbox host move the network monitor answers again within a second or so (ESR 153). */
export const REFILL_AFTER_HOST_MOVE_MS: readonly number[] = [300, 1000, 2500];

/** The refill's delays, or a function giving them, asked only when a refill starts. */
export type RetryDelays = readonly number[] | (() => readonly number[]);

export interface RefillHooks {
  /** True once asking again would overwrite what the user chose (navigated, cleared, imported, paused). */
  settled(): boolean;
  /** Replaces the log with these entries (time-ordered, each request once). */
  replace(entries: unknown[]): void;
}

export class BackfillRefill {
  readonly #source: PanelSource;
  readonly #hooks: RefillHooks;
  #delays: readonly number[];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running = true;
  /** Live entries since the first backfill, raw: a refill is merged with them. */
  #live: unknown[] = [];
  #liveKeys = new Set<BackfillKey>();

  constructor(source: PanelSource, delays: readonly number[], hooks: RefillHooks) {
    this.#source = source;
    this.#delays = delays;
    this.#hooks = hooks;
    this.#next();
  }

  get running(): boolean {
    return this.#running;
  }

  /** A live entry the store has just added (only while running). */
  noteLive(entry: unknown): void {
    if (!this.#running) return;
    this.#live.push(entry);
    this.#liveKeys.add(backfillKey(entry));
  }

  stop(): void {
    this.#running = false;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#live = [];
    this.#liveKeys.clear();
  }

  #next(): void {
    const [delay, ...rest] = this.#delays;
    this.#delays = rest;
    if (delay === undefined || this.#hooks.settled()) {
      this.stop();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (!this.#running || this.#hooks.settled()) {
        this.stop();
        return;
      }
      this.#source.backfill().then(
        (entries) => this.#answered(Array.isArray(entries) ? entries : []),
        () => {
          if (this.#running) this.#next();
        },
      );
    }, delay);
  }

  #answered(entries: unknown[]): void {
    if (!this.#running || this.#hooks.settled()) {
      this.stop();
      return;
    }
    const refill = mergeBackfill(entries);
    // Right after the move the log may still be empty while DevTools attaches again.
    if (refill.length === 0) {
      this.#next();
      return;
    }
    const known = new Set(refill.map(backfillKey));
    const fresh = refill.some((e) => !this.#liveKeys.has(backfillKey(e)));
    const live = this.#live.filter((e) => !known.has(backfillKey(e)));
    this.stop();
    // Everything in it already arrived live: the log is complete as it is.
    if (fresh) this.#hooks.replace(inTimeOrder([...refill, ...live]));
  }
}
