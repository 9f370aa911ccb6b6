/**
 * Background messages as a map of named async handlers (after refined-github), instead of a
 * growing switch. Pure of extension APIs so it is unit-testable.
 */
export type Handlers = Record<string, (payload: unknown) => Promise<unknown>>;

export const handlers: Handlers = {
  ping: async () => ({ ok: true, at: Date.now() }),
};

export async function dispatch(handlerMap: Handlers, message: unknown): Promise<unknown> {
  if (!message || typeof message !== 'object' || !('type' in message))
    return { ok: false, code: 'bad-message' };
  const { type, payload } = message as { type: unknown; payload?: unknown };
  const handler = typeof type === 'string' && Object.hasOwn(handlerMap, type) ? handlerMap[type] : undefined;
  if (!handler) return { ok: false, code: 'unknown-message' };
  return handler(payload);
}
