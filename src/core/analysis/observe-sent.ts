/**
 * The `Cookie` header on the wire vs the jar's prediction (RFC 6265bis §5.8.3). Each observed pair is
 * matched to the jar cookie it came from; a pair the jar cannot explain was set before the capture or by
 * a script (`unexplained-sent`); a cookie the jar would send but the browser did not is a mismatch too
 * (blocked third-party cookie, SameSite, a script deleting it).
 */
import { parseCookieHeader } from '../cookie/cookie-header-parser';
import type { CookieJar } from '../cookie/cookie-jar';
import type { SameSiteContext, StoredCookie } from '../cookie/types';
import type { Exchange } from '../model';
import { classifyRole } from '../roles/classify-role';
import type { SentCookie } from '../rules/rule-context';
import type { JarMismatch, TrackedCookie } from './flow-types';
import type { PredictionCache } from './prediction-cache';
import {
  cookieKey,
  keepTracked,
  MAX_EVENTS_PER_COOKIE,
  newTracked,
  pushId,
  recordEvent,
} from './tracked-cookies';
import { valueFacts } from './value-facts';

export interface ObserveInput {
  exchange: Exchange;
  host: string;
  /** Registrable domain of `host`: how far a sent-only cookie's scope may be widened. */
  site: string;
  now: number;
  context: SameSiteContext;
  /** The page's URL (top-level site): which partitioned cookies the jar predicts (CHIPS). */
  topLevelSite?: string | null;
  onMismatch(m: JarMismatch): void;
  /** A sent-only story was widened to another domain: its key changed (exchange-verdicts.ts). */
  onRekey?(): void;
}

/** Pairs judged per Cookie header: far above what browsers send (Chrome: 180 per domain). */
export const MAX_SENT_PAIRS = 1000;

/** The pairs of one Cookie header as the jar explained them, and how many the header held. */
export interface ObservedSent {
  /** The first MAX_SENT_PAIRS pairs, in header order, each with its cookie's story. */
  sent: SentCookie[];
  total: number;
}

/**
 * Cookies seen only in Cookie headers, by name and site. One `.google.com` cookie sent to six hosts is
 * one cookie, not six: the same name and value on another host of the same site widens the guessed
 * domain to the hosts' common parent (never above the registrable domain).
 */
export type SentOnlyIndex = Map<string, TrackedCookie[]>;

/** The longest common dot-separated suffix of two hosts, at least `site`. */
function commonDomain(a: string, b: string, site: string): string {
  const x = a.split('.');
  const y = b.split('.');
  const common: string[] = [];
  while (x.length > 0 && y.length > 0 && x[x.length - 1] === y[y.length - 1]) {
    common.unshift(x.pop() as string);
    y.pop();
  }
  const domain = common.join('.');
  return domain.length >= site.length && domain.endsWith(site) ? domain : site;
}

/** The tracked story for a pair no jar cookie explains: an earlier sent-only story, widened, or a new one. */
function sentOnlyStory(
  cookies: Map<string, TrackedCookie>,
  index: SentOnlyIndex,
  input: ObserveInput,
  name: string,
  value: string,
): TrackedCookie {
  const group = `${name}\t${input.site}`;
  const stories = index.get(group) ?? [];
  const sameHost = stories.find((t) => t.domain === input.host);
  const sameValue = stories.find((t) => t.value === value && t.state === 'unexplained');
  const story = sameValue ?? sameHost;
  if (story !== undefined) {
    if (story === sameValue && !(input.host === story.domain || input.host.endsWith(`.${story.domain}`))) {
      const domain = commonDomain(story.domain, input.host, input.site);
      const key = cookieKey(name, domain, story.path);
      if (!cookies.has(key)) {
        cookies.delete(story.key);
        story.key = key;
        story.domain = domain;
        story.rev++;
        keepTracked(cookies, key, story);
        input.onRekey?.();
      }
    }
    return story;
  }
  const facts = valueFacts(value, input.now);
  const tracked = newTracked(name, input.host, '/', classifyRole(name, facts, { sentOnly: true }));
  tracked.facts = facts;
  tracked.value = value;
  const key = cookieKey(name, input.host, '/');
  const existing = cookies.get(key);
  if (existing !== undefined) return existing;
  keepTracked(cookies, key, tracked);
  if (stories.length < 64) {
    stories.push(tracked);
    index.set(group, stories);
  }
  return tracked;
}

function pickMatch(predicted: StoredCookie[], used: boolean[], name: string, value: string): number {
  let byName = -1;
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i] as StoredCookie;
    if (used[i] || p.name !== name) continue;
    if (p.value === value) return i;
    if (byName < 0) byName = i;
  }
  return byName;
}

export function observeSent(
  jar: CookieJar,
  cookies: Map<string, TrackedCookie>,
  cache: PredictionCache,
  input: ObserveInput,
  sentOnly: SentOnlyIndex = new Map(),
): ObservedSent {
  const ex = input.exchange;
  const prediction = cache.predict(
    jar,
    cookies,
    ex.url,
    input.context,
    input.now,
    input.host,
    input.topLevelSite ?? null,
  );
  const predicted = prediction.cookies;
  const header = ex.requestCookieHeader;
  const all = header ? parseCookieHeader(header) : [];
  const pairs = all.length > MAX_SENT_PAIRS ? all.slice(0, MAX_SENT_PAIRS) : all;
  const used = new Array<boolean>(predicted.length).fill(false);
  const out: SentCookie[] = [];
  for (const pair of pairs) {
    const i = pickMatch(predicted, used, pair.name, pair.value);
    let tracked: TrackedCookie | undefined;
    let unexplained = false;
    if (i >= 0) {
      used[i] = true;
      tracked = prediction.tracked[i];
    }
    if (tracked === undefined) {
      // Not in the jar: the narrowest scope (host-only, "/"), widened when the same cookie turns up
      // on another host of the site, so later sends land on the same story.
      unexplained = i < 0;
      tracked = sentOnlyStory(cookies, sentOnly, input, pair.name, pair.value);
    }
    const before = tracked.flow;
    const valueMismatch = !unexplained && tracked.value !== pair.value;
    if (unexplained) input.onMismatch({ exchange: ex.id, name: pair.name, kind: 'unexpected' });
    else if (valueMismatch) input.onMismatch({ exchange: ex.id, name: pair.name, kind: 'value-differs' });
    if (tracked.value !== pair.value && (unexplained || tracked.state === 'unexplained')) {
      tracked.value = pair.value;
      tracked.facts = valueFacts(pair.value, input.now);
      tracked.role = classifyRole(pair.name, tracked.facts, {
        sentOnly: tracked.state === 'unexplained',
        csrfEcho: tracked.csrfEcho ?? null,
      });
    }
    const type = unexplained ? 'unexplained-sent' : 'sent';
    // Check the bound before allocating: a cookie sent on 10k requests keeps only its first events.
    if (tracked.events.length >= MAX_EVENTS_PER_COOKIE) {
      tracked.eventsDropped++;
      tracked.rev++;
    } else
      recordEvent(
        tracked,
        valueMismatch
          ? { type, exchange: ex.id, at: input.now, valueMismatch }
          : { type, exchange: ex.id, at: input.now },
      );
    pushId(tracked.sentOn, ex.id);
    out.push({ name: pair.name, value: pair.value, cookie: tracked, before, valueBefore: tracked.value });
  }
  for (let i = 0; i < predicted.length; i++) {
    if (!used[i])
      input.onMismatch({ exchange: ex.id, name: (predicted[i] as StoredCookie).name, kind: 'missing' });
  }
  return { sent: out, total: all.length };
}
