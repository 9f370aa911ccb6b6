/**
 * A minimal WebDriver BiDi client over `ws`: commands with ids, events by method name, remote values
 * turned back into plain JS. No driver binary (geckodriver would try to download; test/e2e/README.md).
 * Spec: https://w3c.github.io/webdriver-bidi/
 */
import WebSocket from 'ws';
import { PendingCommands } from './pending-commands';

type EventHandler = (params: Record<string, unknown>) => void;

export class BidiError extends Error {
  override name = 'BidiError';
  constructor(
    readonly method: string,
    readonly code: string,
    message: string,
  ) {
    super(`${method}: ${code}: ${message}`);
  }
}

export class BidiConnection {
  readonly #pending = new PendingCommands((message) => new Error(message));
  readonly #handlers = new Map<string, Set<EventHandler>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.#onMessage(String(data)));
    socket.on('close', () => this.#pending.rejectAll());
  }

  static async connect(url: string, timeoutMs = 10_000): Promise<BidiConnection> {
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiConnection(socket);
  }

  /** Sends one command; rejects with BidiError on an error response, or after `timeoutMs`. */
  send<T = Record<string, unknown>>(method: string, params: object = {}, timeoutMs = 15_000): Promise<T> {
    return this.#pending.send<T>(method, timeoutMs, (id, failed) =>
      this.socket.send(JSON.stringify({ id, method, params }), (error) => {
        if (error) failed(error);
      }),
    );
  }

  /** Listens to an event (subscribe to it with session.subscribe first); returns an unsubscribe. */
  on(method: string, handler: EventHandler): () => void {
    let set = this.#handlers.get(method);
    if (!set) {
      set = new Set();
      this.#handlers.set(method, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  close(): void {
    this.socket.close();
  }

  #onMessage(text: string): void {
    let message: {
      id?: number;
      type?: string;
      method?: string;
      params?: unknown;
      result?: unknown;
      error?: string;
      message?: string;
    };
    try {
      message = JSON.parse(text);
    } catch {
      return; // not BiDi; nothing to route
    }
    if (typeof message.id === 'number') {
      const pending = this.#pending.take(message.id);
      if (!pending) return;
      if (message.type === 'error') {
        pending.reject(new BidiError(pending.name, message.error ?? 'error', message.message ?? ''));
      } else {
        pending.resolve(message.result);
      }
      return;
    }
    if (message.type === 'event' && message.method) {
      for (const handler of this.#handlers.get(message.method) ?? []) {
        handler((message.params ?? {}) as Record<string, unknown>);
      }
    }
  }
}

/** A BiDi RemoteValue (script.evaluate result), as far as tests need it. */
export interface RemoteValue {
  type: string;
  value?: unknown;
}

/** Turns a serialized RemoteValue into plain JS (objects, arrays, primitives; others as their type). */
export function fromRemoteValue(remote: RemoteValue): unknown {
  switch (remote.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return remote.value;
    case 'number':
      return typeof remote.value === 'number' ? remote.value : Number(remote.value);
    case 'bigint':
      return BigInt(String(remote.value));
    case 'array':
      return ((remote.value as RemoteValue[] | undefined) ?? []).map(fromRemoteValue);
    case 'object': {
      const entries = (remote.value as [string | RemoteValue, RemoteValue][] | undefined) ?? [];
      return Object.fromEntries(
        entries.map(([k, v]) => [typeof k === 'string' ? k : String(fromRemoteValue(k)), fromRemoteValue(v)]),
      );
    }
    default:
      return `[${remote.type}]`;
  }
}
