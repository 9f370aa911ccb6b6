/**
 * The panel's exports under "Mask values" (issue #19): a file written while values are masked must not
 * hold them either — not in finding messages, role reasons, JWT claims, nor in the HAR's Cookie,
 * Set-Cookie and Authorization headers — and it says so (`masked: true`, a HAR `comment`).
 * Every text goes through the one masking function, `maskText` (kit/display-text.ts).
 */
import type { Analysis } from '../../core/analysis/analyzer';
import { parseCookieHeader } from '../../core/cookie/cookie-header-parser';
import type { Exchange } from '../../core/model';
import type { Report } from '../../core/report/report-types';
import { MASK } from '../kit/display-text';
import { findingSecrets, maskText, valuesToMask } from '../kit/masked-text';
import { maskSetCookieLine } from './views/display-text';

export const MASKED_NOTE =
  'Cookie Lens: exported with "Mask values" on; cookie values are replaced by a mask.';

/** Every value the analysis knows, to mask wherever a text quotes one. */
export function knownValues(analysis: Analysis): string[] {
  const out: string[] = [];
  for (const c of analysis.cookies) if (c.value !== '') out.push(c.value);
  return out;
}

/** Claims keep their names (what the report teaches) but not their values. */
function maskClaims(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) out[k] = MASK;
  return out;
}

/** The JSON report with every value masked; `buildReport(analysis)` keeps the analysis' finding order. */
export function maskReport(report: Report, analysis: Analysis): Report {
  const known = knownValues(analysis);
  const urlValues = valuesToMask(known);
  const sourceFindings = analysis.findings;
  return {
    ...report,
    masked: true,
    // A page can echo a value in its URL (`/welcome?user=…`): requests are masked like the Flow's labels.
    requests: report.requests.map((r) => ({ ...r, url: maskText(r.url, true, urlValues) })),
    cookies: report.cookies.map((c) => ({
      ...c,
      roleReasons: c.roleReasons.map((r) => maskText(r, true, known)),
      jwt: c.jwt ? { header: c.jwt.header, payload: maskClaims(c.jwt.payload) } : null,
    })),
    rejectedCookies: report.rejectedCookies.map((r) => ({ ...r, message: maskText(r.message, true, known) })),
    findings: report.findings.map((f, i) => {
      const secrets = findingSecrets(sourceFindings[i] ?? {}, known);
      return {
        ...f,
        message: maskText(f.message, true, secrets),
        fix: maskText(f.fix, true, secrets),
        request: f.request === null ? null : maskText(f.request, true, urlValues),
      };
    }),
  };
}

/** `a=1; b=2` → `a=••••••; b=••••••`: names stay, values go. */
function maskCookieHeader(header: string): string {
  const parsed = parseCookieHeader(header);
  if (parsed.length === 0) return MASK;
  return parsed.map((p) => (p.name === '' ? MASK : `${p.name}=${MASK}`)).join('; ');
}

/**
 * The exchanges as the masked HAR writes them: cookie headers and credentials masked, and any known
 * cookie value quoted in a URL (a session id in `?sid=`, a token in a redirect's query) masked too.
 */
export function maskExchanges(exchanges: readonly Exchange[], known: readonly string[] = []): Exchange[] {
  const values = valuesToMask(known);
  const url = (u: string) => (values.length > 0 ? maskText(u, true, values) : u);
  return exchanges.map((ex) => ({
    ...ex,
    url: url(ex.url),
    pageUrl: ex.pageUrl === null ? null : url(ex.pageUrl),
    requestCookieHeader: ex.requestCookieHeader === null ? null : maskCookieHeader(ex.requestCookieHeader),
    setCookieHeaders: ex.setCookieHeaders.map(maskSetCookieLine),
    authorizationHeader: ex.authorizationHeader ? MASK : (ex.authorizationHeader ?? null),
    ...(ex.csrfTokens ? { csrfTokens: ex.csrfTokens.map((t) => ({ ...t, value: MASK })) } : {}),
  }));
}
