/**
 * Chrome (since 130) saves HAR files WITHOUT `Cookie`, `Set-Cookie` and `Authorization` unless the user
 * opts in. Such a file is not "a site without cookies": auditing it would give a false all-clear, so it is
 * detected and the user is told exactly how to export one with cookies.
 */
import { hasHarCookies } from './har-cookie-rebuild';
import { hasAnyHeader, headerValues } from './har-headers';
import type { HarEntry, HarLog } from './har-types';

export const SENSITIVE_DATA_HELP =
  'Chrome left out cookies when saving it. Export again: DevTools → Settings (F1) → Preferences → Network → ' +
  'tick "Allow to generate HAR with sensitive data", then right-click the request list → ' +
  '"Save all as HAR (with sensitive data)". (If the site really sets no cookies, there is nothing to audit.)';

function looksLikeChrome(log: HarLog, entries: HarEntry[]): boolean {
  const creator = typeof log.creator?.name === 'string' ? log.creator.name : '';
  if (creator !== '') return /webinspector|chrom|edge|devtools/i.test(creator);
  // No creator: Chrome's private entry fields mark its HARs (Firefox has `_securityState`, not these).
  return entries.some((e) => e && ('_resourceType' in e || '_initiator' in e));
}

/** True for a Chrome HAR whose entries carry headers but not a single cookie anywhere. */
export function isCookielessChromeHar(log: HarLog, entries: HarEntry[]): boolean {
  if (entries.length === 0 || !looksLikeChrome(log, entries)) return false;
  let sawHeaders = false;
  for (const e of entries) {
    const req = e?.request;
    const res = e?.response;
    if (!req || !res) continue;
    if (hasAnyHeader(req.headers) || hasAnyHeader(res.headers)) sawHeaders = true;
    if (headerValues(req.headers, 'cookie').length > 0) return false;
    if (headerValues(res.headers, 'set-cookie').length > 0) return false;
    if (hasHarCookies(req.cookies) || hasHarCookies(res.cookies)) return false;
  }
  return sawHeaders;
}
