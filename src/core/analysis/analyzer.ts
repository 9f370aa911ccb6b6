/**
 * The analysis engine (docs/architecture.md §1 data flow): replays exchanges in time order through the CookieJar,
 * builds each cookie's story, compares the Cookie headers on the wire with what the jar predicts, and
 * runs every rule on every exchange. Incremental: the DevTools panel calls `add` per request and
 * `snapshot` to render, so work per exchange is proportional to the cookies it carries. Each exchange
 * also gets its verdict (exchange-verdicts.ts), which the views and the exports draw.
 */

import { DEFAULT_CAPTURE_LIMIT } from '../capture/capture';
import { CookieJar } from '../cookie/cookie-jar';
import type { Exchange, Finding } from '../model';
import { isLogoutRequest } from '../rules/flow-requests';
import type { SetLine } from '../rules/rule-context';
import { noteCsrfEchoes } from './csrf-echo';
import { type ExchangePlace, isTopLevelNavigation, sameSiteContext } from './exchange-context';
import { type ExchangeVerdicts, VerdictStore } from './exchange-verdicts';
import { FindingStore } from './finding-store';
import type { JarMismatch, TrackedCookie } from './flow-types';
import { type JudgeMemory, judgeExchange } from './judge-exchange';
import { type ObservedSent, observeSent, type SentOnlyIndex } from './observe-sent';
import { PredictionCache } from './prediction-cache';
import { replaySetLines } from './replay-set-lines';
import { hostOf, isHttpsUrl, siteOfHost, siteOfUrl } from './site-of';
import { type SiteSummary, siteSummaries } from './site-summary';
import { standingFindings } from './standing-findings';
import { TokenJudge } from './token-findings';
import { cookieKey, copyTracked, updateFlow } from './tracked-cookies';

export interface AnalyzerOptions {
  /** Clock for exchanges without a start time (epoch ms). Default: Date.now() at construction. */
  now?: number;
  /**
   * Exchanges whose verdicts are kept: the latest ones (default DEFAULT_CAPTURE_LIMIT, the panel's ring).
   * The panel passes its ring's size, so a request that leaves the log takes its verdict with it.
   */
  verdictLimit?: number;
}

export interface Analysis {
  exchanges: number;
  /** Exchanges skipped (no usable URL) or served from cache. */
  skipped: number;
  cookies: TrackedCookie[];
  findings: Finding[];
  sites: SiteSummary[];
  /** Wire vs jar disagreements (bounded): script-set cookies, cookies set before the capture. */
  mismatches: JarMismatch[];
  /** The capture's clock: start time of the latest exchange. */
  now: number;
  /**
   * The verdict per exchange (cookies sent, with their keys; each Set-Cookie line's outcome and
   * reason), for the latest exchanges: what the Requests and Flow views and the exports draw, so they
   * say what the cookies' stories say. Shared with the analyzer and read-only.
   */
  verdicts: ExchangeVerdicts;
}

const MAX_REJECTED_NAMES = 10_000;
const MAX_MISMATCHES = 1000;
/** What an exchange with an unknown Cookie header (Exchange.cookieHeaderUnknown) shows as sent. */
const nothingObserved = (): ObservedSent => ({ sent: [], total: 0 });

export class Analyzer {
  readonly #jar: CookieJar;
  readonly #cookies = new Map<string, TrackedCookie>();
  readonly #findings = new FindingStore();
  readonly #mismatches: JarMismatch[] = [];
  readonly #verdicts: VerdictStore;
  readonly #tokens = new TokenJudge();
  readonly #predictions = new PredictionCache();
  readonly #copies = new WeakMap<TrackedCookie, TrackedCookie>();
  readonly #sentOnly: SentOnlyIndex = new Map();
  /** Cookie name + site → why the replay rejected it (no false "never seen set" when it is sent later). */
  readonly #rejected = new Map<string, string>();
  /** Sites with a live HttpOnly login cookie of high confidence: their login flags are UI hints. */
  readonly #sessionSites = new Set<string>();
  readonly #fallbackNow: number;
  #count = 0;
  #skipped = 0;
  #clock = 0;
  #lastPageUrl: string | null | undefined;
  #lastPageSite: string | null = null;
  readonly #onMismatch = (m: JarMismatch): void => {
    if (this.#mismatches.length < MAX_MISMATCHES) this.#mismatches.push(m);
  };
  readonly #onRekey = (): void => this.#verdicts.rekeyed();
  readonly #memory: JudgeMemory = {
    current: (key) => this.#cookies.get(key),
    siteHasSession: (site) => this.#sessionSites.has(site),
    rejectedEarlier: (name, site) => this.#rejected.get(`${name}\t${site}`) ?? null,
  };

  constructor(opts: AnalyzerOptions = {}) {
    this.#fallbackNow = opts.now ?? Date.now();
    this.#clock = this.#fallbackNow;
    this.#jar = new CookieJar({ now: () => this.#clock });
    this.#verdicts = new VerdictStore(opts.verdictLimit ?? DEFAULT_CAPTURE_LIMIT);
  }

  get size(): number {
    return this.#count;
  }

  /**
   * Replays one exchange. Exchanges should come in start-time order (the HAR adapter sorts them); live
   * devtools entries arrive in finish order, which only reorders requests that overlapped in time.
   */
  add(ex: Exchange): void {
    this.#count++;
    const host = hostOf(ex.url);
    if (host === null || ex.fromCache) {
      // A cache hit or an unusable URL: nothing reached the network, nothing to replay.
      this.#skipped++;
      this.#verdicts.recordNotReplayed(ex, host === null ? 'no-url' : 'from-cache');
      return;
    }
    const now = ex.startedAt > 0 ? ex.startedAt : this.#fallbackNow;
    this.#clock = now;
    const site = siteOfHost(host);
    // Pages change rarely: remember the last page's site instead of re-deriving it per request.
    if (ex.pageUrl !== this.#lastPageUrl) {
      this.#lastPageUrl = ex.pageUrl;
      this.#lastPageSite = siteOfUrl(ex.pageUrl);
    }
    // RFC 6265bis §5.2.1: a top-level document's "site for cookies" is its own site, so a navigation hop
    // is first-party on its own URL whatever page it came from or leads to.
    const navigation = isTopLevelNavigation(ex);
    const place: ExchangePlace = {
      host,
      site,
      pageSite: navigation ? site : this.#lastPageSite,
      topLevelSite: navigation ? ex.url : ex.pageUrl,
      now,
      https: isHttpsUrl(ex.url),
    };
    const context = sameSiteContext(ex, site, this.#lastPageSite);
    // Provisional request headers: no sends and no "the jar would have sent it" mismatches.
    const observed = ex.cookieHeaderUnknown
      ? nothingObserved()
      : observeSent(
          this.#jar,
          this.#cookies,
          this.#predictions,
          {
            exchange: ex,
            host,
            site,
            now,
            context,
            topLevelSite: place.topLevelSite,
            onMismatch: this.#onMismatch,
            onRekey: this.#onRekey,
          },
          this.#sentOnly,
        );
    const sent = observed.sent;
    noteCsrfEchoes(ex, sent);
    // §5.7 (same-site-flag step): a top-level navigation may set any SameSite cookie, whatever its method.
    const { sets, records } = replaySetLines(
      this.#jar,
      this.#cookies,
      ex,
      place,
      navigation ? 'same-site' : context,
      this.#noteSetOutcome,
    );
    this.#verdicts.record(ex, sent, observed.total, records);
    judgeExchange(ex, place, { sets, sent }, this.#memory, this.#findings, this.#tokens);

    // Flow facts for the exchanges that follow (rules above saw them as they were before this one).
    if (isLogoutRequest(ex)) {
      for (const c of sent) {
        const t = c.cookie;
        const kept = (t.state === 'live' || t.state === 'unexplained') && t.value === c.value;
        updateFlow(t, { survivedLogout: kept ? { exchange: ex.id, value: c.value } : null });
      }
    }
  }

  /** What later exchanges' rules ask about a line: a live login cookie on the site, an earlier rejection. */
  readonly #noteSetOutcome = (line: SetLine): void => {
    const outcome = line.result.outcome;
    const t =
      outcome === 'stored' || outcome === 'replaced'
        ? this.#cookies.get(cookieKey(line.cookie.name, line.cookie.domain, line.cookie.path))
        : undefined;
    if (t && t.role.role === 'auth' && t.role.confidence === 'high' && t.httpOnly === true) {
      this.#sessionSites.add(siteOfHost(t.domain));
    }
    if (outcome === 'rejected' && this.#rejected.size < MAX_REJECTED_NAMES) {
      this.#rejected.set(
        `${line.cookie.name}\t${siteOfHost(line.cookie.domain)}`,
        line.result.reason ?? 'rejected',
      );
    }
    if (outcome === 'stored' || outcome === 'replaced' || outcome === 'deleted') {
      this.#predictions.invalidate(line.cookie.domain);
    }
  };

  /** `auth-weak-secret` over the HMAC tokens seen so far (async: Web Crypto; token-findings.ts). */
  checkWeakSecrets(): Promise<void> {
    return this.#tokens.checkWeakSecrets(this.#findings);
  }

  addAll(exchanges: Iterable<Exchange>): void {
    for (const ex of exchanges) this.add(ex);
  }

  snapshot(): Analysis {
    // Frozen copies, reused while a cookie has not changed (the panel snapshots after every request).
    const cookies: TrackedCookie[] = [];
    for (const c of this.#cookies.values()) {
      let copy = this.#copies.get(c);
      if (copy === undefined || copy.rev !== c.rev) {
        copy = copyTracked(c);
        this.#copies.set(c, copy);
      }
      cookies.push(copy);
    }
    const located = standingFindings(this.#findings, cookies);
    return {
      exchanges: this.#count,
      skipped: this.#skipped,
      cookies,
      findings: located.map((l) => l.finding),
      sites: siteSummaries(cookies, located),
      mismatches: [...this.#mismatches],
      now: this.#clock,
      verdicts: this.#verdicts,
    };
  }
}

/** Runs a whole capture through a fresh Analyzer. */
export function analyseExchanges(exchanges: Iterable<Exchange>, opts: AnalyzerOptions = {}): Analysis {
  const a = new Analyzer(opts);
  a.addAll(exchanges);
  return a.snapshot();
}
