/**
 * The Flow tab's sequence diagram as data (docs/architecture.md §7): the browser lifeline (lane 0) and one lifeline per
 * origin, one message per exchange that carried credentials (a `Cookie` header, `Set-Cookie` lines or a
 * Bearer token), cookie-less exchanges collapsed into counts, bounded to the latest `limit` messages.
 * Pure: the same inputs give the same layout, so the view only draws it. Names are attacker-controlled
 * and are returned as plain strings for text nodes.
 */

import type { FlowEventType, TrackedCookie } from '../../../core/analysis/flow-types';
import { MAX_IDS_PER_COOKIE } from '../../../core/analysis/tracked-cookies';
import { parseCookieHeader } from '../../../core/cookie/cookie-header-parser';
import { domainMatch } from '../../../core/cookie/domain-path-match';
import { parseSetCookie } from '../../../core/cookie/set-cookie-parser';
import type { Exchange } from '../../../core/model';
import { type BearerKind, bearerKind, carriesCredentials, hasCookieHeader } from './credentials';
import { truncate } from './display-text';

export const DEFAULT_MESSAGE_LIMIT = 300;
/** More origins than this share one "other origins" lifeline, so the diagram stays readable. */
export const DEFAULT_MAX_LANES = 12;
/** Names listed per arrow label before "+N more". */
export const MAX_NAMES_PER_LABEL = 12;
const MAX_NAME_CHARS = 60;
const MAX_SET_LINES = 200;

/** `set` is a Set-Cookie whose effect the analysis did not record (its history is bounded). */
export type FlowPartKind = 'sent' | 'new' | 'updated' | 'deleted' | 'rejected' | 'set';

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
  /** The traced cookie, when `tracedKey` names one of `cookies`. */
  traced: TrackedCookie | null;
  tracedMessages: number;
}

export interface FlowLayoutInput {
  exchanges: readonly Exchange[];
  cookies: readonly TrackedCookie[];
  tracedKey: string | null;
  limit?: number;
  maxLanes?: number;
}

export const BROWSER_LANE = 'Browser';
export const OTHER_ORIGINS_LANE = 'other origins';

interface UrlParts {
  origin: string;
  host: string;
  path: string;
}

function urlParts(url: string): UrlParts {
  try {
    const u = new URL(url);
    // Origin as scheme://host[:port] (the URL standard omits default ports).
    return { origin: `${u.protocol}//${u.host}`, host: u.hostname, path: u.pathname + u.search };
  } catch {
    return { origin: '(invalid URL)', host: '', path: truncate(String(url), 80) };
  }
}

const EVENT_KIND: Partial<Record<FlowEventType, FlowPartKind>> = {
  set: 'new',
  updated: 'updated',
  deleted: 'deleted',
  rejected: 'rejected',
};

/** What the analysis recorded per (exchange, name) for the shown exchanges only: bounded work. */
function setEventsFor(cookies: readonly TrackedCookie[], shown: Set<string>): Map<string, FlowPartKind[]> {
  const out = new Map<string, FlowPartKind[]>();
  for (const c of cookies) {
    for (const e of c.events) {
      const kind = EVENT_KIND[e.type];
      if (kind === undefined || !shown.has(e.exchange)) continue;
      const k = `${e.exchange}\n${c.name}`;
      const list = out.get(k);
      if (list) list.push(kind);
      else out.set(k, [kind]);
    }
  }
  return out;
}

/** Without a recorded event: what the header alone says (RFC 6265bis §5.6 parse, §5.6.2 Max-Age <= 0). */
function kindFromHeader(header: string, at: number): { name: string; kind: FlowPartKind } {
  const p = parseSetCookie(header, { keepIgnored: false });
  if (!p.ok) return { name: '', kind: 'rejected' };
  const a = p.attributes;
  const deletion =
    (a.maxAge !== null && a.maxAge <= 0) ||
    (a.maxAge === null && a.expires !== null && a.expires.getTime() < at);
  return { name: p.name, kind: deletion ? 'deleted' : 'set' };
}

interface Tracer {
  cookie: TrackedCookie;
  sentOn: Set<string>;
  setBy: Set<string>;
  /** History was cut (bounded lists): fall back to name + domain-match for later exchanges. */
  saturated: boolean;
}

function tracerFor(cookies: readonly TrackedCookie[], key: string | null): Tracer | null {
  if (key === null) return null;
  const cookie = cookies.find((c) => c.key === key);
  if (!cookie) return null;
  const setBy = new Set(cookie.setBy);
  for (const e of cookie.events) if (EVENT_KIND[e.type] !== undefined) setBy.add(e.exchange);
  return {
    cookie,
    sentOn: new Set(cookie.sentOn),
    setBy,
    saturated:
      cookie.eventsDropped > 0 ||
      cookie.sentOn.length >= MAX_IDS_PER_COOKIE ||
      cookie.setBy.length >= MAX_IDS_PER_COOKIE,
  };
}

function shortName(name: string): string {
  return name === '' ? '(nameless)' : truncate(name, MAX_NAME_CHARS);
}

export function layoutFlow(input: FlowLayoutInput): FlowLayout {
  const limit = Math.max(1, input.limit ?? DEFAULT_MESSAGE_LIMIT);
  const maxLanes = Math.max(1, input.maxLanes ?? DEFAULT_MAX_LANES);
  const { exchanges, cookies } = input;

  // Walk back from the end: only the latest `limit` messages are parsed.
  const picked: number[] = [];
  let total = 0;
  for (let i = exchanges.length - 1; i >= 0; i--) {
    const ex = exchanges[i];
    if (!ex || !carriesCredentials(ex)) continue;
    total++;
    if (picked.length < limit) picked.push(i);
  }
  picked.reverse();

  const tracer = tracerFor(cookies, input.tracedKey);
  const events = setEventsFor(cookies, new Set(picked.map((i) => exchanges[i]?.id ?? '')));
  const laneOf = new Map<string, number>();
  const lanes = [BROWSER_LANE];
  let otherLane = -1;
  const messages: FlowMessage[] = [];
  let tracedMessages = 0;
  // Cookie-less exchanges before the first shown message are counted only when no message was cut
  // (otherwise they sit behind the "showing the latest N" note).
  let previous = total > picked.length ? (picked[0] ?? 0) - 1 : -1;

  for (const i of picked) {
    const ex = exchanges[i] as Exchange;
    const url = urlParts(ex.url);
    let lane = laneOf.get(url.origin);
    if (lane === undefined) {
      if (lanes.length <= maxLanes) {
        lane = lanes.length;
        lanes.push(url.origin);
      } else {
        if (otherLane === -1) {
          otherLane = lanes.length;
          lanes.push(OTHER_ORIGINS_LANE);
        }
        lane = otherLane;
      }
      laneOf.set(url.origin, lane);
    }
    const matchesHost = (c: TrackedCookie) => url.host !== '' && domainMatch(url.host, c.domain);
    const isTraced = (name: string, ids: Set<string> | undefined): boolean =>
      tracer !== null &&
      name === tracer.cookie.name &&
      (ids?.has(ex.id) === true || (tracer.saturated && matchesHost(tracer.cookie)));

    const pairs = hasCookieHeader(ex) ? parseCookieHeader(ex.requestCookieHeader as string) : [];
    const sent = pairs.slice(0, MAX_NAMES_PER_LABEL).map((p) => ({
      name: shortName(p.name),
      kind: 'sent' as const,
      traced: isTraced(p.name, tracer?.sentOn),
    }));
    // A traced name beyond the label bound still marks the message.
    const sentTracedLate = pairs.slice(MAX_NAMES_PER_LABEL).some((p) => isTraced(p.name, tracer?.sentOn));

    const lines = Array.isArray(ex.setCookieHeaders) ? ex.setCookieHeaders.slice(0, MAX_SET_LINES) : [];
    const set: FlowPart[] = [];
    let setTracedLate = false;
    for (const line of lines) {
      const fromHeader = kindFromHeader(String(line), ex.startedAt);
      const recorded = events.get(`${ex.id}\n${fromHeader.name}`);
      const kind = recorded?.shift() ?? fromHeader.kind;
      const traced = isTraced(fromHeader.name, tracer?.setBy);
      if (set.length < MAX_NAMES_PER_LABEL) set.push({ name: shortName(fromHeader.name), kind, traced });
      else if (traced) setTracedLate = true;
    }
    const tracedSent = sentTracedLate || sent.some((p) => p.traced);
    const tracedSet = setTracedLate || set.some((p) => p.traced);
    const traced = tracedSent || tracedSet;
    if (traced) tracedMessages++;
    messages.push({
      exchangeId: ex.id,
      index: i,
      lane,
      method: truncate(String(ex.method), 16),
      path: truncate(url.path, 120),
      status: ex.status,
      sent,
      sentMore: pairs.length - sent.length,
      set,
      setMore: (Array.isArray(ex.setCookieHeaders) ? ex.setCookieHeaders.length : 0) - set.length,
      bearer: bearerKind(ex.authorizationHeader),
      skippedBefore: i - previous - 1,
      traced,
      tracedSent,
      tracedSet,
    });
    previous = i;
  }
  const last = picked.length > 0 ? (picked[picked.length - 1] ?? -1) : -1;
  return {
    lanes,
    messages,
    total,
    skippedAfter: picked.length > 0 ? exchanges.length - 1 - last : exchanges.length,
    traced: tracer?.cookie ?? null,
    tracedMessages,
  };
}
