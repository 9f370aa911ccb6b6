/**
 * Answers `runtime.onMessage` with the browser's own API (the background, background-browser.ts): the
 * listener calls `sendResponse` and returns `true`, which keeps the channel open in Chrome and Firefox
 * alike. Returning the reply's promise instead only works with webextension-polyfill, or with a native
 * `browser` that supports it: Chromium 150's `chrome.runtime.onMessage` ignores a returned promise and the
 * sender gets undefined (the e2e's `ping` on Chromium 150 proves the path).
 *
 * A rejection still answers, with the value the sender saw through the polyfill: it sent the rejection's
 * message, the sender's `sendMessage` rejected with it, and send-message.ts turned that into
 * `{ ok: false, code: 'no-background', message }`. Answering that value directly gives every sender the
 * same (a native `browser` in the page would not reject on the polyfill's marker object).
 */
import type { MessageFailure } from '../protocol/messages';

type SendResponse = (reply: unknown) => void;

/** The part of `runtime.onMessage` used here (Chrome's and Firefox's listener signature). */
export interface RuntimeMessageEvent {
  addListener(listener: (message: unknown, sender: unknown, sendResponse: SendResponse) => true): void;
}

/** The polyfill's text for a rejection: the error's message, else its generic one. */
function rejectionText(err: unknown): string {
  const message = (err as { message?: unknown } | null)?.message;
  return err instanceof Error || typeof message === 'string'
    ? String(message)
    : 'An unexpected error occurred';
}

/** Every message gets `answer(message)`'s value; a rejection (or a throw) gets a `no-background` failure. */
export function answerRuntimeMessages(
  onMessage: RuntimeMessageEvent,
  answer: (message: unknown) => Promise<unknown>,
): void {
  onMessage.addListener((message, _sender, sendResponse) => {
    new Promise((resolve) => resolve(answer(message)))
      .then(sendResponse)
      // Also when sendResponse threw on the reply (one the browser could not clone): the sender still hears.
      .catch((err: unknown) =>
        sendResponse({
          ok: false,
          code: 'no-background',
          message: rejectionText(err),
        } satisfies MessageFailure),
      )
      .catch(() => {
        // The sender's document closed before the reply: nobody is left to answer.
      });
    return true;
  });
}
