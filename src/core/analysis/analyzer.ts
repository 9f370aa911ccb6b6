/**
 * The analysis engine (docs/architecture.md §1 data flow): replays exchanges in time order through the CookieJar,
 * builds each cookie's story, compares the Cookie headers on the wire with what the jar predicts, and
 * runs every rule on every exchange. Incremental: the DevTools panel calls `add` per request and
 * `snapshot` to render, so work per exchange is proportional to the cookies it carries.
 */

import { utf8Length } from '../cookie/byte-length';
import { CookieJar } from '../cookie/cookie-jar';
import type { RejectCode, SameSiteContext, SetCookieOutcome } from '../cookie/types';
import type { Exchange, Finding } from '../model';
import { classifyRole } from '../roles/classify-role';
import { ALWAYS_RULES, SENT_RULES, SET_RULES } from '../rules';
import { isLogoutRequest } from '../rules/flow-requests';
import type { ExchangeContext, Rule, SetLine } from '../rules/rule-context';
import type { WeakSecretHit } from '../secrets/find-weak-secret';
import { applySetCookie } from './apply-set-cookie';
import { csrfEchoOf } from './csrf-echo';
import { FindingStore } from './finding-store';
import type { JarMismatch, TrackedCookie } from './flow-types';
import { observeSent, type SentOnlyIndex } from './observe-sent';
import { PredictionCache } from './prediction-cache';
import { setOutcomeOf } from './set-outcome';
import { hostOf, isHttpsUrl, siteOfHost, siteOfUrl } from './site-of';
import { type SiteSummary, siteSummaries } from './site-summary';
import { TokenJudge } from './token-findings';
import { cookieKey, copyTracked, updateFlow } from './tracked-cookies';
import { valueFacts } from './value-facts';
import { weakSecretFindings, weakSecretHit } from './value-rules';

export interface AnalyzerOptions {
  /** Clock for exchanges without a start time (epoch ms). Default: Date.now() at construction. */
  now?: number;
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
   * What the replayed jar did with each Set-Cookie line of an exchange, in header order (exchange id →
   * outcomes), so views show the same verdict as the cookie's story. Exchanges the analysis did not
   * replay (cache hits, unusable URLs) have no entry. Shared, append-only: do not mutate.
   */
  setOutcomes: ReadonlyMap<string, readonly SetOutcome[]>;
}

/** One Set-Cookie line's fate in the replay (CookieJar.setCookie's outcome and reason). */
export interface SetOutcome {
  outcome: SetCookieOutcome;
  reason?: RejectCode;
  message?: string;
}

const MAX_MISMATCHES = 1000;
const MAX_REJECTED_NAMES = 10_000;

/** Rules that judge a cookie because it is a login cookie (rule-context.ts `authFinding`). */
const AUTH_ROLE_RULES: ReadonlySet<string> = new Set([
  'auth-no-httponly',
  'auth-no-secure',
  'auth-samesite-none',
  'auth-samesite-missing',
  'auth-long-lived',
  'auth-domain-broad',
  'auth-prefix-suggested',
  'session-not-rotated',
  'logout-not-cleared',
]);

const refKey = (name: string, domain: string, path: string) => `${name}\t${domain}\t${path}`;

function pathOf(url: string): string {
  const start = url.indexOf('://');
  const slash = start >= 0 ? url.indexOf('/', start + 3) : -1;
  if (slash < 0) return '/';
  let end = url.length;
  for (let i = slash; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  return url.slice(slash, end);
}

/**
 * UTF-8 size of the Cookie header. A string of n UTF-16 units is at most 3n bytes, so headers under
 * 2731 units cannot pass the 8 KB rule: their length is returned without the exact count.
 */
function headerBytes(header: string | null | undefined): number {
  if (!header) return 0;
  return header.length * 3 <= 8192 ? header.length : utf8Length(header);
}

/**
 * RFC 6265bis §5.2: same-site unless the page is another site; top-level GET navigations are "lax".
 * For a navigation hop `pageSite` is the site its chain ends on (the page it leads to): a hop through
 * another site (a 301 from A to B, an SSO host in a login round trip) is a cross-site navigation there.
 */
function sameSiteContext(ex: Exchange, site: string, pageSite: string | null): SameSiteContext {
  if (pageSite === null || pageSite === site) return 'same-site';
  if (isTopLevelNavigation(ex) && (ex.method === 'GET' || ex.method === 'HEAD')) return 'lax';
  return 'cross-site';
}

/** Every hop of a top-level navigation is `document` (frames are `subdocument`; see har-navigation.ts). */
function isTopLevelNavigation(ex: Exchange): boolean {
  return ex.initiatorType === 'document';
}

export class Analyzer {
  readonly #jar: CookieJar;
  readonly #cookies = new Map<string, TrackedCookie>();
  readonly #findings = new FindingStore();
  readonly #mismatches: JarMismatch[] = [];
  readonly #setOutcomes = new Map<string, readonly SetOutcome[]>();
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
  #secretsChecked = 0;
  #lastPageUrl: string | null | undefined;
  #lastPageSite: string | null = null;
  readonly #onMismatch = (m: JarMismatch): void => {
    if (this.#mismatches.length < MAX_MISMATCHES) this.#mismatches.push(m);
  };
  readonly #current = (key: string): TrackedCookie | undefined => this.#cookies.get(key);

  constructor(opts: AnalyzerOptions = {}) {
    this.#fallbackNow = opts.now ?? Date.now();
    this.#clock = this.#fallbackNow;
    this.#jar = new CookieJar({ now: () => this.#clock });
  }

  get size(): number {
    return this.#count;
  }

  /**
   * Replays one exchange. Exchanges should come in start-time order (the HAR adapter sorts them); live
   * devtools entries arrive in finish order, which only reorders requests that overlapped in time.
   */
  add(ex: Exchange): void {
    const host = hostOf(ex.url);
    if (host === null || ex.fromCache) {
      // A cache hit or an unusable URL: nothing reached the network, nothing to replay.
      this.#skipped++;
      this.#count++;
      return;
    }
    this.#count++;
    const now = ex.startedAt > 0 ? ex.startedAt : this.#fallbackNow;
    this.#clock = now;
    const https = isHttpsUrl(ex.url);
    const site = siteOfHost(host);
    // Pages change rarely: remember the last page's site instead of re-deriving it per request.
    if (ex.pageUrl !== this.#lastPageUrl) {
      this.#lastPageUrl = ex.pageUrl;
      this.#lastPageSite = siteOfUrl(ex.pageUrl);
    }
    // RFC 6265bis §5.2.1: a top-level document's "site for cookies" is its own site, so a navigation hop
    // is first-party on its own URL whatever page it came from or leads to.
    const navigation = isTopLevelNavigation(ex);
    const pageSite = navigation ? site : this.#lastPageSite;
    const topLevelSite = navigation ? ex.url : ex.pageUrl;

    const context = sameSiteContext(ex, site, this.#lastPageSite);
    // §5.7 (same-site-flag step): a top-level navigation may set any SameSite cookie, whatever its method.
    const setContext = navigation ? 'same-site' : context;
    const sent = observeSent(
      this.#jar,
      this.#cookies,
      this.#predictions,
      {
        exchange: ex,
        host,
        site,
        now,
        context,
        topLevelSite,
        onMismatch: this.#onMismatch,
      },
      this.#sentOnly,
    );

    // Double-submit CSRF: a sent cookie whose value the request also carries as its CSRF token.
    if (ex.csrfTokens) {
      for (const c of sent) {
        const echo = c.cookie.csrfEcho ? null : csrfEchoOf(c.value, ex.csrfTokens);
        if (echo === null) continue;
        c.cookie.csrfEcho = echo;
        c.cookie.role = classifyRole(c.name, c.cookie.facts, { csrfEcho: echo });
        c.cookie.rev++;
      }
    }

    const sets: SetLine[] = [];
    const reconstructed = (ex as { reconstructed?: boolean }).reconstructed === true;
    // Lines rebuilt from HAR cookie objects that lacked a flag (BrowserMob): that flag is unknown.
    const unknown = (ex as { unknownAttributes?: string[] }).unknownAttributes;
    const unknownFlags = unknown
      ? { secure: unknown.includes('Secure'), httpOnly: unknown.includes('HttpOnly') }
      : undefined;
    const path = pathOf(ex.url);
    const outcomes: SetOutcome[] = [];
    if (ex.setCookieHeaders.length > 0) this.#setOutcomes.set(ex.id, outcomes);
    for (const header of ex.setCookieHeaders) {
      const { line } = applySetCookie(this.#jar, this.#cookies, {
        header,
        url: ex.url,
        host,
        path,
        exchangeId: ex.id,
        now,
        https,
        thirdParty: pageSite !== null && pageSite !== site,
        sameSiteContext: setContext,
        // CHIPS: a Partitioned cookie is keyed by the page's site; no page known = first party.
        topLevelSite,
        reconstructed,
        ...(unknownFlags ? { unknownFlags } : {}),
      });
      sets.push(line);
      const t =
        line.result.outcome === 'stored' || line.result.outcome === 'replaced'
          ? this.#cookies.get(cookieKey(line.cookie.name, line.cookie.domain, line.cookie.path))
          : undefined;
      if (t && t.role.role === 'auth' && t.role.confidence === 'high' && t.httpOnly === true) {
        this.#sessionSites.add(siteOfHost(t.domain));
      }
      const outcome = line.result.outcome;
      if (outcome === 'rejected' && this.#rejected.size < MAX_REJECTED_NAMES) {
        this.#rejected.set(
          `${line.cookie.name}\t${siteOfHost(line.cookie.domain)}`,
          line.result.reason ?? 'rejected',
        );
      }
      outcomes.push(setOutcomeOf(outcome, line.result.reason, line.result.message));
      if (outcome === 'stored' || outcome === 'replaced' || outcome === 'deleted') {
        this.#predictions.invalidate(line.cookie.domain);
      }
    }

    const auth = ex.authorizationHeader;
    const bearer =
      typeof auth === 'string' && /^bearer\s/i.test(auth)
        ? valueFacts(auth.replace(/^bearer\s+/i, ''), now)
        : null;
    const ctx: ExchangeContext = {
      exchange: ex,
      https,
      host,
      site,
      pageSite,
      sets,
      sent,
      cookieHeaderBytes: headerBytes(ex.requestCookieHeader),
      bearer,
      current: this.#current,
      siteHasSession: () => this.#sessionSites.has(site),
      rejectedEarlier: (name) => this.#rejected.get(`${name}\t${site}`) ?? null,
      now,
    };
    // Nothing set, sent or presented: no rule has anything to judge (most static assets).
    const idle = sets.length === 0 && sent.length === 0 && bearer === null && ctx.cookieHeaderBytes === 0;
    if (!idle) {
      // Rule groups by what they read: a request that set nothing skips the cookie-attribute rules.
      this.#run(ALWAYS_RULES, ctx, host, site);
      if (sets.length > 0) this.#run(SET_RULES, ctx, host, site);
      if (sent.length > 0) this.#run(SENT_RULES, ctx, host, site);
    }
    for (const f of this.#tokens.findings(ctx)) {
      this.#findings.add(f, host, f.cookie ? siteOfHost(f.cookie.domain) : site);
    }

    // Flow facts for the exchanges that follow (rules above saw them as they were before this one).
    if (isLogoutRequest(ex)) {
      for (const c of sent) {
        const t = c.cookie;
        const kept = (t.state === 'live' || t.state === 'unexplained') && t.value === c.value;
        updateFlow(t, { survivedLogout: kept ? { exchange: ex.id, value: c.value } : null });
      }
    }
  }

  #run(rules: readonly Rule[], ctx: ExchangeContext, host: string, site: string): void {
    for (const rule of rules) {
      for (const f of rule.check(ctx))
        this.#findings.add(f, host, f.cookie ? siteOfHost(f.cookie.domain) : site);
    }
  }

  /**
   * `auth-weak-secret`: tries the bundled secret list on every HMAC JWT and `s:` value seen so far
   * (async: Web Crypto). Values already checked are not checked again.
   */
  async checkWeakSecrets(): Promise<void> {
    const pending = this.#tokens.candidates.slice(this.#secretsChecked);
    this.#secretsChecked = this.#tokens.candidates.length;
    // One search per distinct value (the same session id travels to many hosts), a few at a time:
    // Web Crypto runs HMACs off the main thread, so batches overlap.
    const byText = new Map<string, Promise<WeakSecretHit | null>>();
    for (const c of pending) if (!byText.has(c.text)) byText.set(c.text, weakSecretHit(c.text));
    await Promise.all(byText.values());
    for (const c of pending) {
      const hit = (await byText.get(c.text)) ?? null;
      for (const f of weakSecretFindings(hit, c.ctx)) {
        this.#findings.add(f, c.host, f.cookie ? siteOfHost(f.cookie.domain) : siteOfHost(c.host));
      }
    }
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
    const store = this.#findings;
    // An auth finding stands only while its cookie is still judged a login cookie: evidence seen later
    // (the page echoing the value as its CSRF token) can take the role back.
    const notAuth = new Set<string>();
    for (const c of cookies) if (c.role.role !== 'auth') notAuth.add(refKey(c.name, c.domain, c.path));
    const stands = (f: Finding) =>
      !(
        AUTH_ROLE_RULES.has(f.rule) &&
        f.cookie &&
        notAuth.has(refKey(f.cookie.name, f.cookie.domain, f.cookie.path))
      );
    // Copies: the store keeps merging into its own objects; a snapshot must not change under the UI.
    const located = store
      .list()
      .filter(stands)
      .map((f) => ({
        finding: { ...f, exchanges: [...f.exchanges] },
        site: store.siteOf(f) || 'unknown',
      }));
    const findings = located.map((l) => l.finding);
    return {
      exchanges: this.#count,
      skipped: this.#skipped,
      cookies,
      findings,
      sites: siteSummaries(cookies, located),
      mismatches: [...this.#mismatches],
      now: this.#clock,
      setOutcomes: this.#setOutcomes,
    };
  }
}

/** Runs a whole capture through a fresh Analyzer. */
export function analyseExchanges(exchanges: Iterable<Exchange>, opts: AnalyzerOptions = {}): Analysis {
  const a = new Analyzer(opts);
  a.addAll(exchanges);
  return a.snapshot();
}
