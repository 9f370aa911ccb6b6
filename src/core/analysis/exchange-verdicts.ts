/**
 * The analysis' verdict per exchange (issue #15, one truth per concept): which cookie each pair of the
 * `Cookie` header was (RFC 6265bis §5.8.3, matched to the replayed jar by observe-sent.ts) and what the
 * jar did with each `Set-Cookie` line (§5.7: stored, updated, deleted or rejected, with the reason).
 * The Requests, Flow and Cookies views and the exports draw this; none of them parses a header or runs
 * a jar of its own, so they cannot disagree.
 *
 * Cheap and bounded (docs/architecture.md §8, §9): recorded as the exchange is replayed; a ring of the
 * latest `limit` exchanges (the panel's capture ring, so verdicts of dropped requests go with them); at
 * most MAX_SET_LINES lines per exchange. A record keeps only what the replay decided — the cookie each
 * pair matched, each line's outcome — and points at the tracked cookie rather than copy its key: a
 * cookie only ever seen sent is re-keyed when the same cookie turns up on another host of its site
 * (observe-sent.ts), and every verdict must then name it by its new key. The pairs' names and values
 * are the exchange's own: `get` reads them back from its header with the parser the replay used (pair
 * i is the pair the replay matched to cookie i) when it builds the read-only view, for the rows on
 * screen only, cached until a cookie is re-keyed. Measured (`npm run bench -- --only panel`): the panel's
 * heap at 10,300 requests went from 16.1 to 17.3 MB; keeping each pair's name and value cost 5 MB.
 */
import { parseCookieHeader } from '../cookie/cookie-header-parser';
import { MAX_SENT_NAME_CHARS, nameAsSent } from '../cookie/name-as-sent';
import type { CookiePair, RejectCode } from '../cookie/types';
import type { Exchange } from '../model';
import { visibleCut } from '../text/visible-cut';
import type { TrackedCookie } from './flow-types';
import { MAX_SENT_PAIRS } from './observe-sent';

/** Set-Cookie lines judged per exchange; a hostile response can send thousands (the rest are counted). */
export const MAX_SET_LINES = 200;
/**
 * Labels are cut here (with "…"): names are hostile and can take most of 4096 bytes (§5.6 step 7). The
 * same bound as a rejected line's name as sent, so a cookie reads the same in every row.
 */
export const MAX_LABEL_CHARS = MAX_SENT_NAME_CHARS;
/** Views built by `get` and kept: the rows on screen, not the whole ring (the ring's records stay lean). */
const MAX_CACHED_VIEWS = 1024;

/**
 * What the replay did with one line, in the words of the cookie's story (FlowEvent): `stored` a new
 * cookie (`set`), `updated` one the jar or the wire knew, `deleted` (an expiry in the past, §5.7
 * step 22, also when nothing was there to delete), `rejected` (see `reason`). `not-replayed`: the
 * exchange never reached the network (a cache hit) or had no usable URL, so no jar judged it.
 */
export type SetLineOutcome = 'stored' | 'updated' | 'deleted' | 'rejected' | 'not-replayed';

/** The cookie a verdict is about: its identity in the analysis (TrackedCookie.key, §5.7 step 22). */
export interface VerdictCookie {
  readonly key: string;
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  readonly partitionKey: string | null;
}

export interface SetLineVerdict {
  /** Index of the line in `Exchange.setCookieHeaders`. */
  readonly line: number;
  /** The cookie's name for display: invisible characters escaped, cut at MAX_LABEL_CHARS. */
  readonly label: string;
  /** null when the line was not replayed. */
  readonly cookie: VerdictCookie | null;
  readonly outcome: SetLineOutcome;
  /** For `rejected`: the jar's code (in words, RFC section included: `rejectMessage(reason)`). */
  readonly reason: RejectCode | null;
}

export interface SentCookieVerdict {
  /** The pair's name for display (escaped, cut); the exact name is `cookie.name`. */
  readonly label: string;
  /** The value as sent (hostile: the views bound and mask it). */
  readonly value: string;
  /** null when the exchange was not replayed. */
  readonly cookie: VerdictCookie | null;
}

export interface ExchangeVerdict {
  readonly exchange: string;
  /** Why no jar judged this exchange, or null when it was replayed. */
  readonly notReplayed: 'from-cache' | 'no-url' | null;
  /** The pairs of the `Cookie` header, in order (the first ones, when there are very many). */
  readonly sent: readonly SentCookieVerdict[];
  /** Pairs in the header: `sent` plus those past the replay's bound. */
  readonly sentTotal: number;
  /**
   * The capture never recorded the Cookie header as sent (Exchange.cookieHeaderUnknown): `sent` is
   * empty and `sentTotal` 0 because nothing is known, not because nothing was sent.
   */
  readonly sentUnknown: boolean;
  /** The first MAX_SET_LINES `Set-Cookie` lines, in header order. */
  readonly sets: readonly SetLineVerdict[];
  /** Lines in the response: `sets` plus those past MAX_SET_LINES. */
  readonly setTotal: number;
}

/** What the views and the exports get (`Analysis.verdicts`): read-only. */
export interface ExchangeVerdicts {
  /** Exchanges with a verdict: the latest ones the analysis replayed or skipped, at most its limit. */
  readonly size: number;
  /** Bumped when a verdict read before may read differently now (a re-key): copies are sent again. */
  readonly revision?: number;
  get(exchangeId: string): ExchangeVerdict | undefined;
}

export interface SetRecord {
  /** The story the line changed (also a rejected one's); null when not replayed. */
  cookie: TrackedCookie | null;
  /** The name the line carried: the cookie's, or the escaped name as sent for an unparsed line. */
  name: string;
  outcome: SetLineOutcome;
  reason: RejectCode | null;
}

interface VerdictRecord {
  exchange: Exchange;
  notReplayed: ExchangeVerdict['notReplayed'];
  /** The cookie of each pair the replay judged, in header order; null when it was not replayed. */
  sentCookies: readonly TrackedCookie[] | null;
  sentTotal: number;
  sets: readonly SetRecord[];
  setTotal: number;
}

/** A name as text a person may read: controls and bidi escaped, cut with "…" (visible-cut.ts). */
export function verdictLabel(name: string): string {
  return visibleCut(name, MAX_LABEL_CHARS);
}

function cookieOf(t: TrackedCookie | null): VerdictCookie | null {
  if (t === null) return null;
  const { key, name, domain, path } = t;
  return Object.freeze({ key, name, domain, path, partitionKey: t.partitionKey ?? null });
}

/** The pairs of the exchange's Cookie header, as the replay read them (observe-sent.ts). */
function pairsOf(ex: Exchange, judged: number): CookiePair[] {
  const header = ex.requestCookieHeader;
  if (typeof header !== 'string' || judged === 0) return [];
  const pairs = parseCookieHeader(header);
  return pairs.length > judged ? pairs.slice(0, judged) : pairs;
}

/** The read-only view of a record: frozen, because every view and export shares it. */
function viewOf(r: VerdictRecord): ExchangeVerdict {
  const cookies = r.sentCookies;
  const judged = cookies === null ? Math.min(r.sentTotal, MAX_SENT_PAIRS) : cookies.length;
  const sent = pairsOf(r.exchange, judged).map((p, i) =>
    Object.freeze({ label: verdictLabel(p.name), value: p.value, cookie: cookieOf(cookies?.[i] ?? null) }),
  );
  const sets = r.sets.map((s, line) =>
    Object.freeze({
      line,
      label: verdictLabel(s.name),
      cookie: cookieOf(s.cookie),
      outcome: s.outcome,
      reason: s.reason,
    }),
  );
  return Object.freeze({
    exchange: r.exchange.id,
    notReplayed: r.notReplayed,
    sent: Object.freeze(sent),
    sentTotal: r.sentTotal,
    sentUnknown: r.exchange.cookieHeaderUnknown === true,
    sets: Object.freeze(sets),
    setTotal: r.setTotal,
  });
}

/** The analyzer's store of verdicts: written by the replay, read through `ExchangeVerdicts`. */
export class VerdictStore implements ExchangeVerdicts {
  readonly #limit: number;
  readonly #byId = new Map<string, VerdictRecord>();
  /** Built views by exchange id, oldest first; a re-key empties it. */
  readonly #views = new Map<string, ExchangeVerdict>();
  /** Re-keys so far (analysis-publisher.ts resends the panel's copy); only `rekeyed` changes it. */
  revision = 0;

  constructor(limit: number) {
    this.#limit = Math.max(1, Math.floor(limit) || 1);
  }

  get size(): number {
    return this.#byId.size;
  }

  /** One replayed exchange: the cookie of each pair observe-sent.ts matched, `sets` in header order. */
  record(
    exchange: Exchange,
    sent: readonly { cookie: TrackedCookie }[],
    sentTotal: number,
    sets: readonly SetRecord[],
  ): void {
    const sentCookies = sent.map((s) => s.cookie);
    const setTotal = exchange.setCookieHeaders.length;
    this.#keep({ exchange, notReplayed: null, sentCookies, sentTotal, sets, setTotal });
  }

  /** An exchange no jar judged: its pairs and lines are listed with no cookie and no outcome. */
  recordNotReplayed(ex: Exchange, why: 'from-cache' | 'no-url'): void {
    const header = ex.requestCookieHeader;
    const sentTotal = typeof header === 'string' ? parseCookieHeader(header).length : 0;
    const lines = Array.isArray(ex.setCookieHeaders) ? ex.setCookieHeaders : [];
    const sets: SetRecord[] = lines.slice(0, MAX_SET_LINES).map((line) => ({
      cookie: null,
      name: nameAsSent(String(line)),
      outcome: 'not-replayed',
      reason: null,
    }));
    this.#keep({
      exchange: ex,
      notReplayed: why,
      sentCookies: null,
      sentTotal,
      sets,
      setTotal: lines.length,
    });
  }

  /** A tracked cookie changed its key: views built before name the old one. */
  rekeyed(): void {
    this.revision++;
    this.#views.clear();
  }

  get(exchangeId: string): ExchangeVerdict | undefined {
    const cached = this.#views.get(exchangeId);
    if (cached !== undefined) return cached;
    const r = this.#byId.get(exchangeId);
    if (r === undefined) return undefined;
    const view = viewOf(r);
    this.#views.set(exchangeId, view);
    if (this.#views.size > MAX_CACHED_VIEWS) this.#dropOldest(this.#views);
    return view;
  }

  #keep(r: VerdictRecord): void {
    // A repeated id moves to the end: the ring's order is the order of arrival.
    const id = r.exchange.id;
    this.#byId.delete(id);
    this.#views.delete(id);
    this.#byId.set(id, r);
    if (this.#byId.size > this.#limit) {
      const oldest = this.#dropOldest(this.#byId);
      if (oldest !== undefined) this.#views.delete(oldest);
    }
  }

  #dropOldest(map: Map<string, unknown>): string | undefined {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
    return oldest;
  }
}
