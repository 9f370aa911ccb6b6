/**
 * A HAR without a single `Cookie` or `Set-Cookie` header: a site that set none, or an exporter that left
 * them out. Chrome's DevTools export (creator "WebInspector", also Edge) strips `Cookie`, `Set-Cookie`
 * and `Authorization` since Chrome 130 unless the user opts in, so such a file from Chrome ≥ 130 is
 * refused with the how-to; older Chrome exports kept them, so there the site simply set none. For any
 * other tool (or an unknown Chrome version) the audit runs, with a note saying nothing was captured and
 * how to export with cookies — an empty all-clear must never look like a clean bill of health.
 */

import { headerValue, headerValues } from '../http/header-fields';
import { hasHarCookies } from './har-cookie-rebuild';
import { hasAnyHeader } from './har-headers';
import type { HarEntry, HarLog } from './har-types';

export const SENSITIVE_DATA_HELP =
  'Chrome left out cookies when saving it. Export again: DevTools → Settings (F1) → Preferences → Network → ' +
  'tick "Allow to generate HAR with sensitive data", then right-click the request list → ' +
  '"Save all as HAR (with sensitive data)". (If the site really sets no cookies, there is nothing to audit.)';

/** First Chrome release whose HAR export strips cookies by default. */
export const CHROME_STRIPS_SINCE = 130;

/** How a cookieless export came about, as far as its creator and version tell. */
export interface CookielessExport {
  /** The exporter as named in the file, with the browser major when known ("Chrome 60", "Firefox 111"). */
  tool: string;
  /** `stripped`: the exporter is known to leave cookies out; `kept`: known to keep them; else `unknown`. */
  verdict: 'stripped' | 'kept' | 'unknown';
  /** One sentence for the user (the error message for `stripped`, a note otherwise). */
  message: string;
}

const NONE = 'the capture holds no Cookie or Set-Cookie header, so there is nothing to judge';
const MAX_UA_SCAN = 200;

function isChromeDevtools(log: HarLog, entries: HarEntry[]): boolean {
  const creator = typeof log.creator?.name === 'string' ? log.creator.name : '';
  // chrome-har, WebPageTest, Puppeteer tools build HARs from the protocol and never strip cookies.
  if (creator !== '') return /^(webinspector|devtools)$/i.test(creator.trim());
  // No creator: Chrome's private entry fields mark its HARs (Firefox has `_securityState`, not these).
  return entries.some((e) => e && ('_resourceType' in e || '_initiator' in e));
}

/** Chrome's major version: `log.browser` when present, else the first request's `User-Agent`. */
export function chromeMajor(log: HarLog, entries: HarEntry[]): number | null {
  const browser = log.browser;
  if (
    typeof browser?.name === 'string' &&
    /chrom|edge/i.test(browser.name) &&
    typeof browser.version === 'string'
  ) {
    const m = /^(\d{1,4})\./.exec(browser.version);
    if (m) return Number(m[1]);
  }
  const n = Math.min(entries.length, MAX_UA_SCAN);
  for (let i = 0; i < n; i++) {
    const ua = headerValue(entries[i]?.request?.headers, 'user-agent');
    const m = ua === null ? null : /(?:Headless)?Chrome\/(\d{1,4})\./.exec(ua);
    if (m) return Number(m[1]);
  }
  return null;
}

function describe(log: HarLog, entries: HarEntry[]): CookielessExport {
  if (isChromeDevtools(log, entries)) {
    const major = chromeMajor(log, entries);
    if (major === null) {
      return {
        tool: 'Chrome',
        verdict: 'unknown',
        message: `${NONE}. If it came from Chrome 130 or later: ${SENSITIVE_DATA_HELP}`,
      };
    }
    const tool = `Chrome ${major}`;
    if (major >= CHROME_STRIPS_SINCE) {
      return {
        tool,
        verdict: 'stripped',
        message: `HAR has no Cookie or Set-Cookie headers: ${SENSITIVE_DATA_HELP}`,
      };
    }
    return {
      tool,
      verdict: 'kept',
      message: `${NONE} (${tool} kept cookies in HAR exports: the site set none)`,
    };
  }
  const name =
    typeof log.creator?.name === 'string' && log.creator.name.trim() !== '' ? log.creator.name.trim() : '';
  const version = typeof log.creator?.version === 'string' ? log.creator.version.trim() : '';
  if (/^firefox$/i.test(name)) {
    const tool = `Firefox${version ? ` ${version.split('.')[0]}` : ''}`;
    return {
      tool,
      verdict: 'unknown',
      message: `${NONE}: the site set none, or the export left them out (Firefox's Network panel "Save All As HAR" keeps cookie headers)`,
    };
  }
  const tool = name === '' ? 'the exporting tool' : name.slice(0, 60);
  return {
    tool,
    verdict: 'unknown',
    message: `${NONE}: the site set none, or the export left them out (check that ${tool}'s HAR export includes cookies)`,
  };
}

/** null when the file carries a cookie (header or HAR cookie object) or no headers at all. */
export function cookielessExport(log: HarLog, entries: HarEntry[]): CookielessExport | null {
  if (entries.length === 0) return null;
  let sawHeaders = false;
  for (const e of entries) {
    const req = e?.request;
    const res = e?.response;
    if (!req || !res) continue;
    if (hasAnyHeader(req.headers) || hasAnyHeader(res.headers)) sawHeaders = true;
    if (headerValues(req.headers, 'cookie').length > 0) return null;
    if (headerValues(res.headers, 'set-cookie').length > 0) return null;
    if (hasHarCookies(req.cookies) || hasHarCookies(res.cookies)) return null;
  }
  return sawHeaders ? describe(log, entries) : null;
}
