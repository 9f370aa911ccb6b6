/** An `Analysis` → the JSON report of DESIGN §6. Pure and deterministic for a given capture. */
import type { Analysis } from '../analysis/analyzer';
import type { TrackedCookie } from '../analysis/flow-types';
import { GRADE_FORMULA } from '../analysis/site-summary';
import { VERSION } from '../version';
import type { Report, ReportCookie, ReportFinding } from './report-types';

function isoOrNull(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString();
}

function reportCookie(c: TrackedCookie): ReportCookie {
  const lifetime = c.state === 'deleted' ? 'deletion' : (c.lifetime?.kind ?? 'unknown');
  // Unknown is not false: a cookie never seen set has no known flags.
  const known = c.attributesFrom !== null;
  const jwt = c.facts?.jwt ? { header: c.facts.jwt.header, payload: c.facts.jwt.payload } : null;
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

export interface ReportOptions {
  /** Only cookies, findings and sites of this registrable domain (CLI `--site`). */
  site?: string;
}

export function buildReport(analysis: Analysis, opts: ReportOptions = {}): Report {
  const site = opts.site?.toLowerCase().replace(/^\./, '');
  const inSite = (domain: string) => site === undefined || domain === site || domain.endsWith(`.${site}`);
  // A cookie the browser rejected was never stored: it shows up as a rejected-* finding, not as a cookie.
  const cookies = analysis.cookies.filter((c) => c.state !== 'rejected' && inSite(c.domain));
  const findings: ReportFinding[] = analysis.findings
    .filter((f) => f.cookie === null || inSite(f.cookie.domain))
    .map((f) => ({
      rule: f.rule,
      severity: f.severity,
      cookie: f.cookie,
      exchange: f.exchanges[0] ?? null,
      message: f.message,
      fix: f.fix,
      refs: [...f.refs],
    }));
  return {
    tool: { name: 'cookie-lens', version: VERSION },
    exchanges: analysis.exchanges,
    cookies: cookies.map(reportCookie),
    findings,
    sites: analysis.sites.filter((s) => inSite(s.site)).map((s) => ({ ...s, gradeFormula: GRADE_FORMULA })),
  };
}
