/**
 * The Flow tab's sequence diagram as data (docs/architecture.md §7): the browser lifeline (lane 0) and one lifeline per
 * origin, one message per exchange that carried credentials (a `Cookie` header, `Set-Cookie` lines or a
 * Bearer token), cookie-less exchanges collapsed into counts, bounded to the latest `limit` messages.
 * Every label is the analysis' verdict for that exchange (core exchange-verdicts.ts): which cookie each
 * sent pair was and what the jar did with each Set-Cookie line, so the diagram says what the Requests
 * and Cookies tabs say (issue #15). Pure: the same inputs give the same layout, so the view only draws
 * it. Names are attacker-controlled and are returned as plain strings for text nodes.
 */

import type {
  ExchangeVerdict,
  ExchangeVerdicts,
  SetLineOutcome,
} from '../../../core/analysis/exchange-verdicts';
import type { TrackedCookie } from '../../../core/analysis/flow-types';
import type { Exchange } from '../../../core/model';
import { type BearerKind, bearerKind, carriesCredentials } from './credentials';
import { cookieNameText, truncate } from './display-text';

export const DEFAULT_MESSAGE_LIMIT = 300;
/** More origins than this share one "other origins" lifeline, so the diagram stays readable. */
export const DEFAULT_MAX_LANES = 12;
/** Names listed per arrow label before "+N more". */
export const MAX_NAMES_PER_LABEL = 12;
const MAX_NAME_CHARS = 60;

/** `set` is a Set-Cookie line no jar judged (its exchange was not replayed: a cache hit, no usable URL). */
export type FlowPartKind = 'sent' | 'new' | 'updated' | 'deleted' | 'rejected' | 'set';

/** The verdict's outcome in the diagram's words (the legend: new, updated, deleted, rejected). */
const PART_KIND: Record<SetLineOutcome, FlowPartKind> = {
  stored: 'new',
  updated: 'updated',
  deleted: 'deleted',
  rejected: 'rejected',
  'not-replayed': 'set',
};

export interface FlowPart {
  name: string;
  kind: FlowPartKind;
  /** Involves the traced cookie. */
  traced: boolean;
}

export interface FlowMessage {
  exchangeId: string;
  /** Position in the capture (0-based). */
  index: number;
  /** 1-based lifeline index of the origin (0 is the browser). */
  lane: number;
  method: string;
  /** Path and query, truncated. */
  path: string;
  status: number;
  sent: FlowPart[];
  sentMore: number;
  set: FlowPart[];
  setMore: number;
  bearer: BearerKind | null;
  /** Cookie-less exchanges between the previous shown message and this one. */
  skippedBefore: number;
  /** Of those, the ones whose Cookie header the capture never recorded (provisional headers). */
  skippedUnknownBefore: number;
  /** Sent, set or deleted the traced cookie. */
  traced: boolean;
  /** Which arrow involves it: the request (sent) and/or the response (set, deleted, rejected). */
  tracedSent: boolean;
  tracedSet: boolean;
}

export interface FlowLayout {
  /** Lifeline titles: index 0 is the browser, then origins in order of first appearance. */
  lanes: string[];
  messages: FlowMessage[];
  /** Exchanges with credentials in the whole capture (messages before the bound included). */
  total: number;
  /** Cookie-less exchanges after the last shown message. */
  skippedAfter: number;
  /** Of those, the ones whose Cookie header the capture never recorded. */
  skippedAfterUnknown: number;
  /** The traced cookie, when `tracedKey` names one of `cookies`. */
  traced: TrackedCookie | null;
  tracedMessages: number;
}

export interface FlowLayoutInput {
  exchanges: readonly Exchange[];
  cookies: readonly TrackedCookie[];
  /** The analysis' verdict per exchange (`Analysis.verdicts`). */
  verdicts: ExchangeVerdicts;
  tracedKey: string | null;
  limit?: number;
  maxLanes?: number;
}

export const BROWSER_LANE = 'Browser';
export const OTHER_ORIGINS_LANE = 'other origins';

function urlParts(url: string): { origin: string; path: string } {
  try {
    const u = new URL(url);
    // Origin as scheme://host[:port] (the URL standard omits default ports).
    return { origin: `${u.protocol}//${u.host}`, path: u.pathname + u.search };
  } catch {
    return { origin: '(invalid URL)', path: truncate(String(url), 80) };
  }
}

/** Lifelines in order of first appearance; past `maxLanes` origins share one. */
class Lanes {
  readonly titles = [BROWSER_LANE];
  readonly #byOrigin = new Map<string, number>();
  #other = -1;
  constructor(readonly max: number) {}

  of(origin: string): number {
    let lane = this.#byOrigin.get(origin);
    if (lane !== undefined) return lane;
    if (this.titles.length <= this.max) {
      lane = this.titles.length;
      this.titles.push(origin);
    } else {
      if (this.#other === -1) {
        this.#other = this.titles.length;
        this.titles.push(OTHER_ORIGINS_LANE);
      }
      lane = this.#other;
    }
    this.#byOrigin.set(origin, lane);
    return lane;
  }
}

/** Indices of the latest `limit` exchanges that carried credentials, oldest first, and how many did. */
function pickMessages(exchanges: readonly Exchange[], limit: number): { picked: number[]; total: number } {
  // Walk back from the end: only the latest `limit` messages are laid out.
  const picked: number[] = [];
  let total = 0;
  for (let i = exchanges.length - 1; i >= 0; i--) {
    const ex = exchanges[i];
    if (!ex || !carriesCredentials(ex)) continue;
    total++;
    if (picked.length < limit) picked.push(i);
  }
  return { picked: picked.reverse(), total };
}

interface Labelled {
  parts: FlowPart[];
  more: number;
  /** The traced cookie is among all of them, the ones past the label bound included. */
  traced: boolean;
}

/** One arrow's label: the first names, the rest as a count, and whether the traced cookie is in it. */
function label<T extends { label: string; cookie: { key: string } | null }>(
  items: readonly T[],
  total: number,
  kindOf: (item: T) => FlowPartKind,
  tracedKey: string | null,
): Labelled {
  const isTraced = (item: T) => tracedKey !== null && item.cookie?.key === tracedKey;
  const parts = items.slice(0, MAX_NAMES_PER_LABEL).map((item) => ({
    name: truncate(cookieNameText(item.label), MAX_NAME_CHARS),
    kind: kindOf(item),
    traced: isTraced(item),
  }));
  return { parts, more: total - parts.length, traced: items.some(isTraced) };
}

function message(
  ex: Exchange,
  path: string,
  verdict: ExchangeVerdict | undefined,
  tracedKey: string | null,
): Omit<FlowMessage, 'index' | 'lane' | 'skippedBefore' | 'skippedUnknownBefore'> {
  const sent = label(verdict?.sent ?? [], verdict?.sentTotal ?? 0, () => 'sent', tracedKey);
  const set = label(verdict?.sets ?? [], verdict?.setTotal ?? 0, (s) => PART_KIND[s.outcome], tracedKey);
  return {
    exchangeId: ex.id,
    method: truncate(String(ex.method), 16),
    path: truncate(path, 120),
    status: ex.status,
    sent: sent.parts,
    sentMore: sent.more,
    set: set.parts,
    setMore: set.more,
    bearer: bearerKind(ex.authorizationHeader),
    traced: sent.traced || set.traced,
    tracedSent: sent.traced,
    tracedSet: set.traced,
  };
}

/** Exchanges in [from, to) whose Cookie header is unknown (Exchange.cookieHeaderUnknown). */
function unknownBetween(exchanges: readonly Exchange[], from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < to; i++) if (exchanges[i]?.cookieHeaderUnknown === true) n++;
  return n;
}

export function layoutFlow(input: FlowLayoutInput): FlowLayout {
  const limit = Math.max(1, input.limit ?? DEFAULT_MESSAGE_LIMIT);
  const { exchanges, verdicts } = input;
  const { picked, total } = pickMessages(exchanges, limit);
  const traced =
    input.tracedKey === null ? null : (input.cookies.find((c) => c.key === input.tracedKey) ?? null);
  const tracedKey = traced?.key ?? null;
  const lanes = new Lanes(Math.max(1, input.maxLanes ?? DEFAULT_MAX_LANES));
  const messages: FlowMessage[] = [];
  // Cookie-less exchanges before the first shown message are counted only when no message was cut
  // (otherwise they sit behind the "showing the latest N" note).
  let previous = total > picked.length ? (picked[0] ?? 0) - 1 : -1;
  for (const i of picked) {
    const ex = exchanges[i] as Exchange;
    const url = urlParts(ex.url);
    const m = message(ex, url.path, verdicts.get(ex.id), tracedKey);
    messages.push({
      ...m,
      index: i,
      lane: lanes.of(url.origin),
      skippedBefore: i - previous - 1,
      skippedUnknownBefore: unknownBetween(exchanges, previous + 1, i),
    });
    previous = i;
  }
  const last = picked.length > 0 ? (picked[picked.length - 1] ?? -1) : -1;
  return {
    lanes: lanes.titles,
    messages,
    total,
    skippedAfter: picked.length > 0 ? exchanges.length - 1 - last : exchanges.length,
    skippedAfterUnknown: unknownBetween(exchanges, last + 1, exchanges.length),
    traced,
    tracedMessages: messages.filter((m) => m.traced).length,
  };
}
