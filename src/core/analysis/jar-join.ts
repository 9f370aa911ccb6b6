/**
 * The browser's jar joined to the analysis of the headers (issue #13). Pure: the platform reads the jar
 * (`cookies.getAll`, `cookies.onChanged`), this function turns it into facts of the same analysis:
 *
 * - a cookie only seen in Cookie headers takes its lifetime, flags and scope from the jar
 *   (`attributesFrom: 'jar'`), and the cookie-attribute rules judge them (jar-rules.ts);
 * - a cookie the capture saw set keeps its Set-Cookie facts; where the jar disagrees, its `jar` status
 *   says how and why (jar-reconcile.ts) — e.g. a third-party cookie the browser refused;
 * - a jar change with no Set-Cookie to explain it is a `script-set` flow event (document.cookie).
 *
 * Hosts the extension may not read leave their cookies as they were: unknown is not false.
 */
import { type Finding, SEVERITY_ORDER } from '../model';
import { classifyRole } from '../roles/classify-role';
import type { Analysis } from './analyzer';
import type { FlowEvent, TrackedCookie } from './flow-types';
import { explain, latestRemoval, reconcileAbsent, reconcilePresent } from './jar-reconcile';
import { JAR_EXCHANGE_ID, jarDomain, jarLifetime, judgeJarCookie } from './jar-rules';
import type { JarCookieFact, JarSnapshot, JarStatus } from './jar-types';
import { siteOfHost, siteOfUrl } from './site-of';
import { gradeFor, scoreFor, siteSummaries } from './site-summary';
import { cookieKey, newTracked } from './tracked-cookies';
import { valueFacts } from './value-facts';

/**
 * A jar change within this long of a Set-Cookie of the same cookie is that response's doing: Chrome
 * reports HTTP-set cookies with cause "explicit" too (chrome.cookies.OnChangedCause), and the change can
 * reach the panel before or after DevTools reports the request.
 */
export const SCRIPT_WINDOW_MS = 5000;

export interface JarJoinSummary {
  pageUrl: string;
  readHosts: string[];
  unreadHosts: string[];
  dropped: number;
  readAt: number;
  /** Cookies whose facts come from the jar alone. */
  fromJar: number;
  /** Cookies the replay keeps and the browser refused or dropped (with a reason). */
  disagreements: number;
}

export interface JoinedAnalysis extends Analysis {
  /** null when the jar was not read (no host access, or not asked yet). */
  jar: JarJoinSummary | null;
}

export { beforeCaptureCount } from './before-capture';

function domainWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** A read host covers a cookie of `domain` when the cookie would be sent to it (RFC 6265bis §5.1.3). */
function wasRead(readHosts: readonly string[], domain: string): boolean {
  return readHosts.some((h) => domainWithin(h, domain));
}

/** Jar facts onto a tracked cookie (a copy): the attributes the capture never showed. */
function withJarFacts(base: TrackedCookie, c: JarCookieFact, now: number): TrackedCookie {
  const domain = jarDomain(c);
  const value = c.value;
  const facts = value === base.value && base.facts ? base.facts : valueFacts(value, now);
  return {
    ...base,
    key: cookieKey(c.name, domain, c.path, c.partitionKey),
    domain,
    path: c.path,
    hostOnly: c.hostOnly,
    value,
    state: 'live',
    lifetime: jarLifetime(c),
    expiresAt: c.expiresAt,
    attributesFrom: 'jar',
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    sameSiteRaw: c.sameSite,
    partitioned: c.partitionKey !== null,
    partitionKey: c.partitionKey,
    facts,
    role: base.attributesFrom === null && base.value === value ? base.role : classifyRole(c.name, facts),
    events: base.events.slice(),
    setBy: base.setBy.slice(),
    sentOn: base.sentOn.slice(),
    rev: base.rev + 1,
  };
}

/** Sent-only cookies a jar cookie explains: same name, unpartitioned, their guessed host in its domain. */
function sentOnlyMatches(cookies: Map<string, TrackedCookie>, c: JarCookieFact): TrackedCookie[] {
  if (c.partitionKey !== null) return [];
  const domain = jarDomain(c);
  const out: TrackedCookie[] = [];
  for (const t of cookies.values()) {
    if (t.attributesFrom === null && t.name === c.name && !t.partitionKey) {
      if (domainWithin(t.domain, domain) || domainWithin(domain, t.domain)) out.push(t);
    }
  }
  return out;
}

function mergeSentOnly(found: TrackedCookie[], c: JarCookieFact, now: number): TrackedCookie {
  const [first, ...rest] = found as [TrackedCookie, ...TrackedCookie[]];
  const merged = withJarFacts(first, c, now);
  for (const t of rest) {
    merged.events.push(...t.events);
    merged.sentOn.push(...t.sentOn);
  }
  if (rest.length > 0) merged.events.sort((a, b) => a.at - b.at);
  return merged;
}

function hasSetNear(t: TrackedCookie, at: number): boolean {
  return t.events.some(
    (e) => (e.type === 'set' || e.type === 'updated') && Math.abs(e.at - at) <= SCRIPT_WINDOW_MS,
  );
}

/** `script-set` events: jar changes no Set-Cookie in the capture explains (HttpOnly ones cannot be scripts'). */
function markScriptSets(cookies: Map<string, TrackedCookie>, jar: JarSnapshot): void {
  for (const ch of jar.changes) {
    if (ch.removed || ch.cookie.httpOnly) continue;
    const key = cookieKey(ch.cookie.name, jarDomain(ch.cookie), ch.cookie.path, ch.cookie.partitionKey);
    const t = cookies.get(key);
    if (!t || hasSetNear(t, ch.at)) continue;
    if (t.events.some((e) => e.type === 'script-set' && e.at === ch.at)) continue;
    const event: FlowEvent = { type: 'script-set', exchange: JAR_EXCHANGE_ID, at: ch.at };
    const events = [...t.events, event].sort((a, b) => a.at - b.at);
    const jarStatus = t.jar ? { ...t.jar, scriptSet: true } : undefined;
    cookies.set(key, { ...t, events, rev: t.rev + 1, ...(jarStatus ? { jar: jarStatus } : {}) });
  }
}

/**
 * The replay stored it unpartitioned, the jar holds it in a partition: the browser partitioned a
 * third-party cookie on its own (Firefox's Total Cookie Protection, Chrome's partitioned storage).
 */
function partitionedByBrowser(t: TrackedCookie, jar: JarSnapshot): JarStatus | undefined {
  if (t.partitionKey || t.state !== 'live') return undefined;
  const held = jar.cookies.find(
    (c) => c.partitionKey !== null && c.name === t.name && jarDomain(c) === t.domain && c.path === t.path,
  );
  if (!held) return undefined;
  return {
    inJar: true,
    differences: [`partition: Set-Cookie none, jar ${held.partitionKey}`],
    reason: 'partitioned-by-browser',
    explanation: explain('partitioned-by-browser'),
    scriptSet: false,
  };
}

function findingKey(f: Finding): string {
  return f.cookie ? `${f.rule}\t${f.cookie.name}\t${f.cookie.domain}\t${f.cookie.path}` : f.rule;
}

/** Site summaries with the jar's cookies and findings; request-level counts stay the analysis' own. */
function joinSites(a: Analysis, cookies: TrackedCookie[], extra: Finding[]) {
  const sites = siteSummaries(
    cookies,
    extra.map((f) => ({ finding: f, site: siteOfHost(f.cookie?.domain ?? '') })),
  );
  const bySite = new Map(sites.map((s) => [s.site, s]));
  for (const old of a.sites) {
    let s = bySite.get(old.site);
    if (!s) {
      s = { ...old, findings: { high: 0, medium: 0, low: 0, info: 0 }, cookies: 0 };
      sites.push(s);
      bySite.set(old.site, s);
    }
    for (const sev of ['high', 'medium', 'low', 'info'] as const) s.findings[sev] += old.findings[sev];
    s.score = scoreFor(s.findings);
    s.grade = gradeFor(s.score);
  }
  return sites;
}

export function joinJar(a: Analysis, jar: JarSnapshot | null): JoinedAnalysis {
  if (jar === null) return { ...a, jar: null };
  const now = jar.readAt;
  const pageSite = siteOfUrl(jar.pageUrl);
  const cookies = new Map(a.cookies.map((c) => [c.key, c]));
  const matched = new Set<string>();
  const extra: Finding[] = [];
  const known = new Set(a.findings.map(findingKey));
  for (const fact of jar.cookies) {
    const domain = jarDomain(fact);
    const key = cookieKey(fact.name, domain, fact.path, fact.partitionKey);
    if (matched.has(key)) continue;
    const exact = cookies.get(key);
    let joined: TrackedCookie;
    if (exact && exact.attributesFrom === 'set-cookie') {
      joined = { ...exact, jar: reconcilePresent(exact, fact, false) };
    } else {
      const sentOnly = exact ? [exact] : sentOnlyMatches(cookies, fact);
      for (const t of sentOnly) cookies.delete(t.key);
      joined =
        sentOnly.length > 0
          ? mergeSentOnly(sentOnly, fact, now)
          : withJarFacts(newTracked(fact.name, domain, fact.path, classifyRole(fact.name, null)), fact, now);
      joined.thirdParty = joined.thirdParty || (pageSite !== null && siteOfHost(domain) !== pageSite);
      joined.jar = reconcilePresent(joined, fact, false);
      for (const f of judgeJarCookie(fact, joined, jar.pageUrl, now)) {
        const k = findingKey(f);
        if (!known.has(k)) {
          known.add(k);
          extra.push(f);
        }
      }
    }
    matched.add(key);
    cookies.set(key, joined);
  }
  for (const [key, t] of cookies) {
    if (matched.has(key) || !wasRead(jar.readHosts, t.domain)) continue;
    const status = partitionedByBrowser(t, jar) ?? reconcileAbsent(t, latestRemoval(jar.changes, t), now);
    if (status) cookies.set(key, { ...t, jar: status });
  }
  markScriptSets(cookies, jar);
  const list = [...cookies.values()];
  // Most severe first, as the analysis lists them (a stable sort keeps discovery order within a severity).
  const findings = [...a.findings, ...extra].sort(
    (x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity),
  );
  let fromJar = 0;
  let disagreements = 0;
  for (const c of list) {
    if (c.attributesFrom === 'jar') fromJar++;
    if (c.jar?.reason) disagreements++;
  }
  return {
    ...a,
    cookies: list,
    findings,
    sites: joinSites(a, list, extra),
    jar: {
      pageUrl: jar.pageUrl,
      readHosts: [...jar.readHosts],
      unreadHosts: [...jar.unreadHosts],
      dropped: jar.dropped,
      readAt: jar.readAt,
      fromJar,
      disagreements,
    },
  };
}
