/**
 * The background's message protocol, in one place: each message's payload and reply. The senders
 * (src/platform/send-message.ts) and the background's `dispatch` (src/background/message-handlers.ts)
 * are both typed from it. Sent as `runtime.sendMessage({ type, payload })`.
 *
 * - `ping` → `{ ok: true, at }`: the e2e tests' check that the background is up.
 * - `getTabSummary { tabId, pageUrl? }` → the tab's capture judged by the core analysis
 *   (tab-summary.ts; src/background/tab-summary-cache.ts): the popup bundles no analysis code.
 *   `pageUrl` is the tab's address as the popup sees it (for the CHIPS top-level site). Waits for the
 *   background's storage.session load, so it is safe right after the worker was stopped.
 * - `readPageJar { pageUrl, origins? }` → the browser's jar of the inspected page and of the origins
 *   its requests went to, read only where host access exists (page-jar.ts; src/background/jar-handlers.ts).
 * - `openGrantPage { pageUrl }` → `{ ok: true }`: opens grant.html for the page's site in a tab.
 *
 * Live jar changes go over a port instead (page-jar.ts, JAR_PORT). Failures are values, never
 * rejections: a handler answers `bad-payload` for a payload it cannot use, `dispatch` answers the rest.
 * `tabId` is a non-negative integer (a decimal string such as the popup's `?tab=` is accepted).
 */
import type { PageJarRead } from './page-jar';
import type { TabSummaryReply } from './tab-summary';

export interface BadPayload {
  ok: false;
  code: 'bad-payload';
  message: string;
}

/** A message that reached no handler, or whose handler failed; `no-background`: the send itself failed. */
export interface MessageFailure {
  ok: false;
  code: 'bad-message' | 'unknown-message' | 'handler-failed' | 'no-background';
  message?: string;
}

export interface Protocol {
  ping: { payload: undefined; reply: { ok: true; at: number } };
  getTabSummary: { payload: { tabId: number; pageUrl?: string }; reply: TabSummaryReply | BadPayload };
  readPageJar: {
    payload: { pageUrl: string; origins?: string[] };
    reply: ({ ok: true } & PageJarRead) | BadPayload;
  };
  openGrantPage: { payload: { pageUrl: string }; reply: { ok: true } | BadPayload };
}

export type MessageType = keyof Protocol;
export type Payload<T extends MessageType> = Protocol[T]['payload'];
/** What a sender gets back: the handler's reply, or why there was none. */
export type Reply<T extends MessageType> = Protocol[T]['reply'] | MessageFailure;

/**
 * The background's handlers, one per message. Payloads arrive unchecked — another document sent them,
 * possibly an older version of it — so each handler validates its own.
 */
export type Handlers = { [T in MessageType]: (payload: unknown) => Promise<Protocol[T]['reply']> };
