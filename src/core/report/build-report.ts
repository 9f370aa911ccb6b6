/** An `Analysis` → the JSON report of docs/architecture.md §6. Pure and deterministic for a given capture. */
import type { Analysis } from '../analysis/analyzer';
import type { ExchangeVerdict, SetLineVerdict } from '../analysis/exchange-verdicts';
import type { FlowEvent, TrackedCookie } from '../analysis/flow-types';
import { GRADE_FORMULA } from '../analysis/site-summary';
import { rejectMessage } from '../cookie/reject-messages';
import type { DataLimit, Exchange } from '../model';
import { findingFix } from '../rules/finding-fix';
import { findingMessage } from '../rules/finding-message';
import { ruleTexts } from '../rules/rule-texts';
import { VERSION } from '../version';
import type {
  Report,
  ReportCookie,
  ReportExchange,
  ReportFinding,
  ReportRejectedCookie,
  ReportSetCookie,
} from './report-types';

function isoOrNull(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString();
}

function reportCookie(c: TrackedCookie): ReportCookie {
  const lifetime = c.state === 'deleted' ? 'deletion' : (c.lifetime?.kind ?? 'unknown');
  // Unknown is not false: a cookie never seen set has no known flags.
  const known = c.attributesFrom !== null;
  const j = c.facts?.jwt;
  const jwt = j
    ? { header: j.header, payload: j.payload, ...(j.tooDeep ? { tooDeep: true as const } : {}) }
    : null;
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    lifetime,
    expires: lifetime === 'persistent' ? isoOrNull(c.expiresAt) : null,
    secure: known ? c.secure : null,
    httpOnly: known ? c.httpOnly : null,
    sameSite: known ? (c.sameSite ?? 'unspecified') : null,
    attributesFrom: c.attributesFrom,
    partitioned: c.partitioned,
    partitionKey: c.partitionKey ?? null,
    role: c.role.role,
    roleConfidence: c.role.confidence,
    roleReasons: [...c.role.reasons],
    jwt,
    setBy: [...c.setBy],
    sentOn: [...c.sentOn],
    ...(c.jar
      ? {
          jar: {
            inJar: c.jar.inJar,
            reason: c.jar.reason,
            explanation: c.jar.explanation,
            differences: [...c.jar.differences],
            scriptSet: c.jar.scriptSet,
          },
        }
      : {}),
  };
}

function rejectedCookie(c: TrackedCookie): ReportRejectedCookie | null {
  let last: FlowEvent | undefined;
  for (const e of c.events) if (e.type === 'rejected') last = e;
  if (!last) return null;
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    reason: last.reason ?? 'rejected',
    message: last.reason === undefined ? 'rejected' : rejectMessage(last.reason),
    exchange: last.exchange,
  };
}

function reportSetCookie(s: SetLineVerdict): ReportSetCookie {
  return {
    name: s.cookie?.name ?? s.label,
    domain: s.cookie?.domain ?? null,
    path: s.cookie?.path ?? null,
    outcome: s.outcome,
    reason: s.reason,
  };
}

/** A request and, when its response set cookies, the analysis' verdict on each line. */
function reportExchange(ex: Exchange, verdict: ExchangeVerdict | undefined): ReportExchange {
  const base = {
    id: ex.id,
    method: ex.method,
    url: ex.url,
    status: ex.status,
    time: isoOrNull(ex.startedAt),
    ...(ex.cookieHeaderUnknown === true ? { cookieHeaderUnknown: true as const } : {}),
  };
  if (verdict === undefined || verdict.setTotal === 0) return base;
  const more = verdict.setTotal - verdict.sets.length;
  return {
    ...base,
    setCookies: verdict.sets.map(reportSetCookie),
    ...(more > 0 ? { setCookiesNotListed: more } : {}),
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export interface ReportOptions {
  /**
   * Only this registrable domain (CLI `--site`), in every section: cookies and their findings by the
   * cookie's domain, request-level findings and `requests` by the request's host, and `sites`.
   */
  site?: string;
  /** The analysed exchanges, in order: they become `requests` and name each finding's request. */
  exchanges?: readonly Exchange[];
  /** Bounds that dropped data while reading the input (har-to-exchanges.ts): copied to `limits`. */
  limits?: readonly DataLimit[];
}

export function buildReport(analysis: Analysis, opts: ReportOptions = {}): Report {
  const site = opts.site?.toLowerCase().replace(/^\./, '');
  const inSite = (domain: string) => site === undefined || domain === site || domain.endsWith(`.${site}`);
  const byId = new Map((opts.exchanges ?? []).map((ex) => [ex.id, ex]));
  const requestInSite = (id: string | undefined) => {
    const host = id === undefined ? null : hostOf(byId.get(id)?.url ?? '');
    return host !== null && inSite(host);
  };
  // A cookie the browser rejected was never stored: it shows up as a rejected-* finding, not as a cookie.
  const cookies = analysis.cookies.filter((c) => c.state !== 'rejected' && inSite(c.domain));
  const findings: ReportFinding[] = analysis.findings
    .filter((f) =>
      f.cookie === null ? site === undefined || requestInSite(f.exchanges[0]) : inSite(f.cookie.domain),
    )
    .map((f) => {
      const ex = f.exchanges[0] === undefined ? undefined : byId.get(f.exchanges[0]);
      const texts = ruleTexts(f.rule);
      return {
        rule: f.rule,
        severity: f.severity,
        cookie: f.cookie,
        exchange: f.exchanges[0] ?? null,
        request: ex ? `${ex.method} ${ex.url}` : null,
        message: findingMessage(f),
        fix: findingFix(f),
        refs: [...texts.refs],
      };
    });
  const requests = (opts.exchanges ?? []).filter((ex) => site === undefined || requestInSite(ex.id));
  return {
    tool: { name: 'cookie-lens', version: VERSION },
    ...(opts.limits && opts.limits.length > 0 ? { limits: opts.limits.map((l) => ({ ...l })) } : {}),
    exchanges: site === undefined || opts.exchanges === undefined ? analysis.exchanges : requests.length,
    // Only a response with Set-Cookie lines lists verdicts: the others skip the view (which re-reads
    // the Cookie header) — most of a 10k report's time before (scratch profile, issue #16's audit row).
    requests: requests.map((ex) =>
      reportExchange(ex, ex.setCookieHeaders.length > 0 ? analysis.verdicts.get(ex.id) : undefined),
    ),
    cookies: cookies.map(reportCookie),
    rejectedCookies: analysis.cookies
      .filter((c) => c.state === 'rejected' && inSite(c.domain))
      .map(rejectedCookie)
      .filter((r) => r !== null),
    findings,
    sites: analysis.sites.filter((s) => inSite(s.site)).map((s) => ({ ...s, gradeFormula: GRADE_FORMULA })),
  };
}
