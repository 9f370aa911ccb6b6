/**
 * Registers the `webRequest` listeners and hands each event's details, as the browser gave them, to the
 * caller's listeners (the background feeds them to its pure assembler: src/background/web-request-listeners.ts).
 *
 * - Chrome hides `Cookie` and `Set-Cookie` from webRequest unless the listener asks for `extraHeaders`;
 *   Firefox shows them anyway and rejects an unknown extraInfoSpec value, so `extraHeaders` is added
 *   only where Chrome's `OnBeforeSendHeadersOptions.EXTRA_HEADERS` enum exists.
 * - Events arrive only for hosts we have permission for (optional host permissions, none at install).
 *   With `{ listen: false }` the caller adds the listeners (`restart()`) once access exists, because
 *   Chrome logs an error when webRequest listeners are added with no host permission at all; `restart()`
 *   also re-adds them when `permissions.onAdded` grants hosts, so both engines apply the new origins.
 * Background only: the browser's own namespace (background-browser.ts).
 */
import { browser } from './background-browser';

/** What the capture calls per event; the details are untyped here: the receiver checks what it reads. */
export interface WebRequestListeners {
  beforeSendHeaders(details: unknown): void;
  headersReceived(details: unknown): void;
  beforeRedirect(details: unknown): void;
  completed(details: unknown): void;
  errorOccurred(details: unknown): void;
}

export interface WebRequestCapture {
  /** Remove and re-add every listener (after host permissions were granted). */
  restart(): void;
  stop(): void;
}

const FILTER = { urls: ['http://*/*', 'https://*/*'] };

/** The polyfill types each event's extraInfoSpec as its own union; this is their common shape. */
interface SpecEvent {
  addListener(listener: (d: unknown) => void, filter: typeof FILTER, spec: string[]): void;
}

/** Chrome only: Firefox throws on extraInfoSpec values it does not know. */
function chromeExtraHeaders(): boolean {
  const chromeApi = (globalThis as { chrome?: typeof chrome }).chrome;
  return Boolean(chromeApi?.webRequest?.OnBeforeSendHeadersOptions?.EXTRA_HEADERS);
}

export function startWebRequestCapture(
  listeners: WebRequestListeners,
  options: { listen?: boolean } = {},
): WebRequestCapture {
  const extra: string[] = chromeExtraHeaders() ? ['extraHeaders'] : [];
  // One function per event, kept for removeListener.
  const onSend = (d: unknown) => listeners.beforeSendHeaders(d);
  const onHeaders = (d: unknown) => listeners.headersReceived(d);
  const onRedirect = (d: unknown) => listeners.beforeRedirect(d);
  const onCompleted = (d: unknown) => listeners.completed(d);
  const onError = (d: unknown) => listeners.errorOccurred(d);
  const wr = browser.webRequest;

  /** With `extraHeaders` where Chrome wants it; if an engine still rejects the spec, without it. */
  function addWithSpec(event: SpecEvent, listener: (d: unknown) => void, base: string): void {
    try {
      event.addListener(listener, FILTER, [base, ...extra]);
    } catch {
      event.addListener(listener, FILTER, [base]);
    }
  }

  function add(): void {
    try {
      addWithSpec(wr.onBeforeSendHeaders as unknown as SpecEvent, onSend, 'requestHeaders');
      addWithSpec(wr.onHeadersReceived as unknown as SpecEvent, onHeaders, 'responseHeaders');
      wr.onBeforeRedirect.addListener(onRedirect, FILTER);
      wr.onCompleted.addListener(onCompleted, FILTER);
      wr.onErrorOccurred.addListener(onError, FILTER);
    } catch {
      // webRequest unavailable (permission removed by policy): capture stays empty, the badge "unknown".
    }
  }

  function stop(): void {
    wr.onBeforeSendHeaders.removeListener(onSend);
    wr.onHeadersReceived.removeListener(onHeaders);
    wr.onBeforeRedirect.removeListener(onRedirect);
    wr.onCompleted.removeListener(onCompleted);
    wr.onErrorOccurred.removeListener(onError);
  }

  if (options.listen !== false) add();
  return {
    restart() {
      stop();
      add();
    },
    stop,
  };
}
