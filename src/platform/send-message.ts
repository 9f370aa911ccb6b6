/**
 * The one sender of background messages (src/protocol/messages.ts): typed by the protocol, and never
 * rejects — a stopped or missing background is a `no-background` value, like every other failure.
 * Sending wakes a stopped service worker.
 */
import type { MessageType, Payload, Reply } from '../protocol/messages';
import { browser } from './browser';

export async function sendMessage<T extends MessageType>(type: T, payload: Payload<T>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
    // Firefox answers undefined when no listener replied (the background is still starting).
    return reply ?? { ok: false, code: 'no-background', message: 'the background did not answer' };
  } catch (err) {
    return { ok: false, code: 'no-background', message: err instanceof Error ? err.message : String(err) };
  }
}
