/**
 * The panel's capture (docs/architecture.md §1 data flow, §9 bounded memory): an append-only ring of exchanges with
 * navigation markers and Network-panel semantics for record / clear / preserve log.
 * Pure: the panel, tests and benchmarks drive it the same way.
 */
import type { Exchange } from '../model';

export const DEFAULT_CAPTURE_LIMIT = 20_000;

export interface NavigationMarker {
  /** Index in the stream of all exchanges ever added (not the ring position). */
  atSeq: number;
  url: string;
  at: number;
}

export interface CaptureOptions {
  limit?: number;
}

export class Capture {
  readonly limit: number;
  private ring: (Exchange | undefined)[];
  private start = 0;
  private size = 0;
  /** Total exchanges ever appended since the last clear (sequence numbers). */
  private seq = 0;
  /** Exchanges that fell out of the ring since the last clear. */
  dropped = 0;
  recording = true;
  preserveLog = false;
  readonly navigations: NavigationMarker[] = [];
  /** Bumped on every change: views memoise on it. */
  version = 0;

  constructor(options: CaptureOptions = {}) {
    const limit = Math.floor(options.limit ?? DEFAULT_CAPTURE_LIMIT);
    this.limit = Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_CAPTURE_LIMIT;
    this.ring = new Array(this.limit);
  }

  get length(): number {
    return this.size;
  }

  /** Appends unless recording is paused; returns whether it was kept. */
  add(exchange: Exchange): boolean {
    if (!this.recording) return false;
    if (this.size < this.limit) {
      this.ring[(this.start + this.size) % this.limit] = exchange;
      this.size++;
    } else {
      this.ring[this.start] = exchange;
      this.start = (this.start + 1) % this.limit;
      this.dropped++;
    }
    this.seq++;
    this.version++;
    return true;
  }

  /** A top-level navigation: like the Network panel, it clears unless "preserve log" is on. */
  navigated(url: string, at: number): void {
    if (!this.preserveLog) this.clear();
    this.navigations.push({ atSeq: this.seq, url, at });
    if (this.navigations.length > 1000) this.navigations.shift();
    this.version++;
  }

  clear(): void {
    this.ring = new Array(this.limit);
    this.start = 0;
    this.size = 0;
    this.seq = 0;
    this.dropped = 0;
    this.navigations.length = 0;
    this.version++;
  }

  at(index: number): Exchange | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.ring[(this.start + index) % this.limit];
  }

  /**
   * Puts `next` where the exchange with `next.id` is (the newest such; a request whose headers came
   * later, ui/panel/header-refetch.ts). False when the ring no longer holds it.
   */
  replace(next: Exchange): boolean {
    for (let i = this.size - 1; i >= 0; i--) {
      const slot = (this.start + i) % this.limit;
      if (this.ring[slot]?.id !== next.id) continue;
      this.ring[slot] = next;
      this.version++;
      return true;
    }
    return false;
  }

  /** Oldest first. */
  toArray(): Exchange[] {
    const out: Exchange[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.ring[(this.start + i) % this.limit] as Exchange;
    return out;
  }
}
