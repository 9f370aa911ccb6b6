/**
 * Asks the background for what it captured on a tab (`getTabCapture`, protocol in
 * src/background/message-handlers.ts). The answer crosses a process boundary: check its shape.
 * Sending wakes a stopped service worker, which answers once its storage.session load finished.
 */
import type { Exchange } from '../core/model';
import { browser } from './browser';

export type CaptureRead =
  | { ok: true; captured: boolean; pageUrl: string | null; exchanges: Exchange[]; dropped: number }
  | { ok: false; code: string; message: string };

function isExchange(x: unknown): x is Exchange {
  if (!x || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.url === 'string' &&
    typeof e.method === 'string' &&
    Array.isArray(e.setCookieHeaders) &&
    (e.requestCookieHeader === null || typeof e.requestCookieHeader === 'string')
  );
}

export function readCaptureReply(reply: unknown): CaptureRead {
  if (!reply || typeof reply !== 'object')
    return { ok: false, code: 'no-reply', message: 'the background did not answer' };
  const r = reply as Record<string, unknown>;
  if (r.ok !== true) {
    return {
      ok: false,
      code: typeof r.code === 'string' ? r.code : 'failed',
      message: typeof r.message === 'string' ? r.message : 'the background refused',
    };
  }
  const exchanges = Array.isArray(r.exchanges) ? r.exchanges.filter(isExchange) : [];
  return {
    ok: true,
    captured: r.captured === true,
    pageUrl: typeof r.pageUrl === 'string' ? r.pageUrl : null,
    exchanges,
    dropped: typeof r.dropped === 'number' && r.dropped >= 0 ? r.dropped : 0,
  };
}

export async function fetchTabCapture(tabId: number): Promise<CaptureRead> {
  try {
    return readCaptureReply(await browser.runtime.sendMessage({ type: 'getTabCapture', payload: { tabId } }));
  } catch (err) {
    return { ok: false, code: 'no-background', message: err instanceof Error ? err.message : String(err) };
  }
}
