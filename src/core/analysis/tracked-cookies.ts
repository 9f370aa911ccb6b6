/**
 * The per-cookie story (docs/architecture.md §2 FlowEvent): one TrackedCookie per (name, domain, path, partition), with bounded
 * history. Creation and event recording live here so the analyzer reads as the replay algorithm only.
 */
import type { RoleResult } from '../roles/classify-role';
import type { FlowEvent, FlowFacts, TrackedCookie } from './flow-types';

/** History kept per cookie; a cookie sent on 10k requests keeps the first ones and a count. */
export const MAX_EVENTS_PER_COOKIE = 500;
/** Exchange ids kept in setBy / sentOn. */
export const MAX_IDS_PER_COOKIE = 2000;

/**
 * Cookies tracked per capture. Browsers keep ~3000 in total (Chrome); a hostile HAR can name millions:
 * past this bound new cookies are still judged (rules see them) but their story is not kept.
 */
export const MAX_TRACKED_COOKIES = 20_000;

export function keepTracked(cookies: Map<string, TrackedCookie>, key: string, c: TrackedCookie): void {
  if (cookies.size < MAX_TRACKED_COOKIES) cookies.set(key, c);
}

/**
 * (name, domain, path[, partition]) as one string. Unpartitioned keys keep their three-part form; a
 * partition key (a schemeful site, no tab) is appended as a fourth part.
 */
export function cookieKey(name: string, domain: string, path: string, partitionKey?: string | null): string {
  const base = `${name}\t${domain}\t${path}`;
  return partitionKey ? `${base}\t${partitionKey}` : base;
}

export function newTracked(
  name: string,
  domain: string,
  path: string,
  role: RoleResult,
  partitionKey: string | null = null,
): TrackedCookie {
  return {
    key: cookieKey(name, domain, path, partitionKey),
    name,
    domain,
    path,
    hostOnly: null,
    value: '',
    state: 'unexplained',
    lifetime: null,
    expiresAt: null,
    attributesFrom: null,
    secure: null,
    httpOnly: null,
    sameSite: null,
    sameSiteRaw: null,
    partitioned: false,
    partitionKey,
    role,
    facts: null,
    thirdParty: false,
    setBy: [],
    sentOn: [],
    events: [],
    eventsDropped: 0,
    flow: { setOverHttps: false, everSet: false, survivedLogout: null },
    rev: 0,
  };
}

export function recordEvent(c: TrackedCookie, e: FlowEvent): void {
  c.rev++;
  if (c.events.length < MAX_EVENTS_PER_COOKIE) c.events.push(e);
  else c.eventsDropped++;
}

/**
 * Flow facts are copy-on-write: a rule's `before` is then just the old object, with no copy per sent
 * cookie per exchange (the hot path of a 10k-exchange replay).
 */
export function updateFlow(c: TrackedCookie, patch: Partial<FlowFacts>): void {
  const f = c.flow;
  for (const k of Object.keys(patch) as (keyof FlowFacts)[]) {
    if (f[k] !== patch[k]) {
      c.flow = { ...f, ...patch };
      c.rev++;
      return;
    }
  }
}

export function pushId(list: string[], id: string): void {
  if (list.length < MAX_IDS_PER_COOKIE && list[list.length - 1] !== id) list.push(id);
}

/** A copy that later replays do not change (the arrays are copied; flow, role, facts are replaced, never mutated). */
export function copyTracked(c: TrackedCookie): TrackedCookie {
  return { ...c, events: c.events.slice(), setBy: c.setBy.slice(), sentOn: c.sentOn.slice() };
}
