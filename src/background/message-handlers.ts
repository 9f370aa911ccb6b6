/**
 * Background messages as a map of named async handlers (after refined-github), instead of a growing
 * switch; the protocol — each message's payload and reply — is src/protocol/messages.ts. Pure of
 * extension APIs so it is unit-testable.
 */
import type { Handlers, MessageFailure, MessageType, Reply } from '../protocol/messages';

export const handlers: Pick<Handlers, 'ping'> = {
  ping: async () => ({ ok: true, at: Date.now() }),
};

/** Failures are values, never rejections: the sender gets `MessageFailure` when no handler answered. */
export async function dispatch(
  handlerMap: Partial<Handlers>,
  message: unknown,
): Promise<Reply<MessageType> | MessageFailure> {
  if (!message || typeof message !== 'object' || !('type' in message))
    return { ok: false, code: 'bad-message' };
  const { type, payload } = message as { type: unknown; payload?: unknown };
  const handler =
    typeof type === 'string' && Object.hasOwn(handlerMap, type)
      ? (handlerMap[type as MessageType] as (payload: unknown) => Promise<Reply<MessageType>>)
      : undefined;
  if (!handler) return { ok: false, code: 'unknown-message' };
  try {
    return await handler(payload);
  } catch (err) {
    // A rejected promise would surface in the sender as an opaque "Could not establish connection".
    return { ok: false, code: 'handler-failed', message: err instanceof Error ? err.message : String(err) };
  }
}
