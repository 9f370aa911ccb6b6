/**
 * A TrackedCookie as it crosses from the import worker to the panel (issue #19 break 4): its history —
 * events, setBy, sentOn — as columns of numbers into the part's string table, not as objects and strings.
 * Profiled on the 64 MB import (1,000 cookies × 500 events and 1,000 setBy ids): cloned as objects, the
 * panel deserialised 1.5 M id strings and hashed each to share it; as columns, a part carries each id
 * once and the numbers arrive as flat arrays. Pure.
 */
import type { FlowEvent, TrackedCookie } from '../../../core/analysis/flow-types';
import { lazyProperty } from './lazy-property';

type EventExtra = Omit<FlowEvent, 'type' | 'exchange' | 'at'>;

export interface WireCookie {
  /** The cookie without its history (events, setBy and sentOn are empty here). */
  cookie: TrackedCookie;
  /** Per event: its type and exchange (string-table indices) and time. */
  types: number[];
  exchanges: number[];
  at: number[];
  /** The few events with more to say (a rejection's reason, a value mismatch): by index. */
  extras: [number, EventExtra][];
  setBy: number[];
  sentOn: number[];
}

/** The strings of one part, each once. */
export class StringTable {
  readonly #index = new Map<string, number>();
  readonly list: string[] = [];

  of(s: string): number {
    let i = this.#index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.#index.set(s, i);
    }
    return i;
  }
}

export function toWire(c: TrackedCookie, strings: StringTable): WireCookie {
  const { events, setBy, sentOn, ...rest } = c;
  const w: WireCookie = {
    cookie: { ...rest, events: [], setBy: [], sentOn: [] },
    types: [],
    exchanges: [],
    at: [],
    extras: [],
    setBy: setBy.map((id) => strings.of(id)),
    sentOn: sentOn.map((id) => strings.of(id)),
  };
  for (let i = 0; i < events.length; i++) {
    const { type, exchange, at, ...extra } = events[i] as FlowEvent;
    w.types.push(strings.of(type));
    w.exchanges.push(strings.of(exchange));
    w.at.push(at);
    if (Object.keys(extra).length > 0) w.extras.push([i, extra]);
  }
  return w;
}

/**
 * The cookie again, its history's strings taken from `strings` (the part's table, as the panel holds
 * it). setBy and sentOn are arrays of shared strings, made at once; the events — objects, half a
 * million in the 64 MB import — are made when a view first reads them (lazy-property.ts).
 */
export function fromWire(w: WireCookie, strings: readonly string[]): TrackedCookie {
  const s = (i: number | undefined) => strings[i ?? -1] ?? '';
  const c = w.cookie; // the clone's own object: filled in, not copied
  c.setBy = w.setBy.map(s);
  c.sentOn = w.sentOn.map(s);
  lazyProperty(c, 'events', () => {
    const events: FlowEvent[] = new Array(w.types.length);
    for (let i = 0; i < w.types.length; i++) {
      events[i] = { type: s(w.types[i]) as FlowEvent['type'], exchange: s(w.exchanges[i]), at: w.at[i] ?? 0 };
    }
    for (const [i, extra] of w.extras) {
      const e = events[i];
      if (e) Object.assign(e, extra);
    }
    return events;
  });
  return c;
}
