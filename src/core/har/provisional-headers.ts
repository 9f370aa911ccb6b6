/**
 * Chromium's "Provisional headers are shown": a HAR entry whose request headers are the ones the page
 * asked for (User-Agent, Referer, Accept, sec-ch-ua…), not the ones the network stack sent. The headers
 * as sent (Cookie among them) reach DevTools in a separate event (CDP
 * `Network.requestWillBeSentExtraInfo`); when it never came, or came after the request had finished,
 * the entry is built from the provisional list. Seen:
 * - live, in `devtools.network.onRequestFinished`: a cross-site POST that navigates and is answered
 *   303 (the CSRF lesson's forged transfer, Chromium 150 and 156, about one tour in three under load);
 *   `getHAR()` a moment later has the full headers, Cookie included;
 * - in real captures: `test/fixtures/real-hars` ferguson (39 of 174 entries, among requests that
 *   carried cookies on the same host), cpuTime (234 of 258), www.mozilla.org (21 of 24).
 *
 * Such an entry says nothing about the cookies the request carried: unknown, never "none".
 */
import { MAX_HEADERS } from '../http/header-fields';

/** What the wire always has, and the Cookie header (sent: known), lower-case. */
const WIRE_NAMES = new Set(['host', ':authority', 'cookie']);

/**
 * Whether `headers` (a HAR request's list) is a provisional list: the User-Agent Chromium always puts
 * there, and none of what every request on the wire has: `Host` (HTTP/1.1, RFC 9112 §3.2) or
 * `:authority` (HTTP/2 and HTTP/3 as Chromium records them). A list with a Cookie header is never
 * provisional for this purpose: that header was sent. Hand-made lists (no User-Agent, e.g. the panel's
 * own export, which writes only Cookie and Authorization) are taken as they are.
 */
export function hasOnlyProvisionalHeaders(headers: unknown): boolean {
  if (!Array.isArray(headers)) return false;
  let userAgent = false;
  const n = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < n; i++) {
    const name = (headers[i] as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name.length > 10) continue;
    const lower = name.toLowerCase();
    if (WIRE_NAMES.has(lower)) return false;
    if (lower === 'user-agent') userAgent = true;
  }
  return userAgent;
}
