/** Inputs for the popup UI tests: what the platform would hand over, as plain objects. */
import { summariseCapture, topLevelSiteOf } from '../../../src/background/tab-summary-cache.ts';
import type { Exchange } from '../../../src/core/model.ts';
import type { JarCookie } from '../../../src/protocol/jar-cookie.ts';
import type { PopupInput } from '../../../src/protocol/popup-input.ts';
import { readSummaryReply } from '../../../src/protocol/summary-reply.ts';
import type { SummaryRead } from '../../../src/protocol/tab-summary.ts';

export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const PAGE = 'http://127.0.0.1:8080/';

export function exchange(id: number, url: string, setCookie: string[], pageUrl = PAGE): Exchange {
  return {
    id: String(id),
    startedAt: T0 + id * 1000,
    url,
    method: 'GET',
    status: 200,
    pageUrl,
    requestCookieHeader: null,
    setCookieHeaders: setCookie,
    initiatorType: id === 1 ? 'document' : 'script',
  };
}

/** An auth cookie without HttpOnly, a preference, a deletion, and a third-party tracker. */
export const CAPTURE: Exchange[] = [
  exchange(1, PAGE, [
    'sid=abc123def456; Path=/',
    'theme=dark; Max-Age=86400; SameSite=Lax',
    'old=; Max-Age=0',
  ]),
  exchange(2, 'https://tracker.example/pixel', ['_ga=GA1.2.3; Max-Age=86400; SameSite=None; Secure']),
];

export function jarCookie(over: Partial<JarCookie> = {}): JarCookie {
  return {
    name: 'sid',
    value: 'abc123def456',
    valueTruncated: false,
    domain: '127.0.0.1',
    path: '/',
    hostOnly: true,
    secure: false,
    httpOnly: false,
    sameSite: 'unspecified',
    session: true,
    expiresAt: null,
    partitioned: false,
    ...over,
  };
}

/**
 * What the popup reads from `getTabSummary` for `exchanges`: the background's own summariser, through
 * a JSON round trip (the message crosses a process boundary) and the popup's reply check.
 */
export async function judged(exchanges: Exchange[], pageUrl = PAGE, dropped = 0): Promise<SummaryRead> {
  const snap = { v: 1 as const, tabId: 7, bytes: 0, pageUrl, exchanges, dropped, truncated: {} };
  const reply = {
    ok: true,
    tabId: 7,
    ...(await summariseCapture(snap)),
    topLevelSite: topLevelSiteOf(pageUrl),
  };
  return readSummaryReply(JSON.parse(JSON.stringify(reply)));
}

/** The default input's summary: CAPTURE judged (computed once; `await` it before `input()`). */
export const CAPTURE_SUMMARY: SummaryRead = await judged(CAPTURE);

export function input(over: Partial<PopupInput> = {}): PopupInput {
  return {
    tabId: 7,
    pageUrl: PAGE,
    access: true,
    summary: CAPTURE_SUMMARY,
    jar: { ok: true, cookies: [jarCookie()], partitions: 'read', dropped: 0 },
    masked: false,
    ...over,
  };
}
