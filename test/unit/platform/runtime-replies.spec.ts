/**
 * The background's message replies without webextension-polyfill (src/platform/runtime-replies.ts), against
 * a fake `chrome.runtime.onMessage` that behaves like Chromium 150's: a reply only through `sendResponse`,
 * and only while the channel is open (a listener returned `true`); a returned promise is ignored and the
 * sender gets undefined. The e2e's `ping` on Chromium 150 is the same check in the real browser.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, handlers } from '../../../src/background/message-handlers.ts';
import { answerRuntimeMessages } from '../../../src/platform/runtime-replies.ts';

type SendResponse = (reply: unknown) => void;
type Listener = (message: unknown, sender: unknown, sendResponse: SendResponse) => unknown;

function chromium150OnMessage() {
  const listeners: Listener[] = [];
  return {
    addListener(listener: Listener) {
      listeners.push(listener);
    },
    /** What the sender's `runtime.sendMessage` gets. The reply is cloned, as both browsers do. */
    send(message: unknown): Promise<unknown> {
      return new Promise((resolve) => {
        // A lost reply fails the test in a second, not at the test's timeout.
        setTimeout(() => resolve('no reply within 1 s'), 1000);
        let open = true;
        const sendResponse: SendResponse = (reply) => {
          if (!open) return;
          const copy = structuredClone(reply);
          open = false;
          resolve(copy);
        };
        let keepOpen = false;
        for (const listener of listeners)
          if (listener(message, { id: 'cookie-lens' }, sendResponse) === true) keepOpen = true;
        if (!keepOpen && open) {
          // "The message port closed before a response was received."
          open = false;
          resolve(undefined);
        }
      });
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('answerRuntimeMessages', () => {
  it('the fake is Chromium 150: a listener that returns its promise answers undefined', async () => {
    const onMessage = chromium150OnMessage();
    onMessage.addListener(async () => ({ ok: true }));
    expect(await onMessage.send({ type: 'ping' })).toBeUndefined();
  });

  it("sends the answer's value with sendResponse (the background's ping)", async () => {
    const onMessage = chromium150OnMessage();
    answerRuntimeMessages(onMessage, (message) => dispatch(handlers, message));
    expect(await onMessage.send({ type: 'ping' })).toMatchObject({ ok: true, at: expect.any(Number) });
    expect(await onMessage.send({ type: 'nope' })).toEqual({ ok: false, code: 'unknown-message' });
  });

  it('answers a later reply too (the answer waits for the storage load)', async () => {
    const onMessage = chromium150OnMessage();
    answerRuntimeMessages(onMessage, async (message) => {
      await tick();
      await tick();
      return { echo: message };
    });
    expect(await onMessage.send('hi')).toEqual({ echo: 'hi' });
  });

  it('answers a rejection with the failure the polyfill made of it (no-background, its message)', async () => {
    const onMessage = chromium150OnMessage();
    answerRuntimeMessages(onMessage, async (message) => {
      if (message === 'text') throw 'not an Error';
      throw new Error('storage is gone');
    });
    expect(await onMessage.send('error')).toEqual({
      ok: false,
      code: 'no-background',
      message: 'storage is gone',
    });
    expect(await onMessage.send('text')).toEqual({
      ok: false,
      code: 'no-background',
      message: 'An unexpected error occurred',
    });
  });

  it('answers an answer that throws before its promise', async () => {
    const onMessage = chromium150OnMessage();
    answerRuntimeMessages(onMessage, () => {
      throw new TypeError('bad wiring');
    });
    expect(await onMessage.send('x')).toEqual({ ok: false, code: 'no-background', message: 'bad wiring' });
  });

  it('answers a reply the browser cannot clone with a failure instead of silence', async () => {
    const onMessage = chromium150OnMessage();
    answerRuntimeMessages(onMessage, async () => ({ ok: true, later: () => 1 }));
    expect(await onMessage.send('x')).toMatchObject({ ok: false, code: 'no-background' });
  });

  it('stays quiet when the sender is gone (sendResponse throws): no unhandled rejection', async () => {
    let listener: Listener | undefined;
    const onMessage = {
      addListener(l: Listener) {
        listener = l;
      },
    };
    answerRuntimeMessages(onMessage, async () => ({ ok: true }));
    const gone: SendResponse = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    expect(listener?.('x', {}, gone)).toBe(true);
    // Vitest fails the run on an unhandled rejection; give the chain time to settle.
    await tick();
  });
});
