/**
 * A minimal Marionette client over a TCP socket, for the one thing WebDriver BiDi cannot do on every
 * Firefox we support: run code in the browser's privileged chrome scope. BiDi's chrome-scope
 * `browsingContext.getTree` (`moz:scope: 'chrome'`) exists only from Firefox 148 (bug 1944568);
 * Firefox ESR 140 ignores the parameter and returns the content tab, so the harness would run
 * privileged code in a web page ("ChromeUtils is not defined"). Marionette's chrome context works on
 * both ESR 140 and ESR 153 (system access needs `--remote-allow-system-access` since Firefox 138).
 *
 * Wire format (Marionette protocol 3): every message is `<byte length>:<JSON>`; a command is
 * `[0, id, name, params]`, its answer `[1, id, error | null, result]`. The server speaks first with
 * `{ applicationType, marionetteProtocol }`.
 */
import { connect, type Socket } from 'node:net';
import { PendingCommands } from '../../../scripts/browsers/pending-commands';

export class MarionetteError extends Error {
  override name = 'MarionetteError';
}

export class MarionetteConnection {
  #buffer = Buffer.alloc(0);
  readonly #pending = new PendingCommands((message) => new MarionetteError(message));
  #greeting: ((hello: unknown) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('close', () => this.#pending.rejectAll());
  }

  /** Connects and waits for the server's greeting (protocol 3 is all we speak). */
  static async connect(port: number, timeoutMs = 10_000): Promise<MarionetteConnection> {
    const socket = connect({ host: '127.0.0.1', port });
    const connection = new MarionetteConnection(socket);
    const hello = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new MarionetteError('no greeting')), timeoutMs);
      connection.#greeting = (h) => {
        clearTimeout(timer);
        resolve(h);
      };
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    const protocol = (hello as { marionetteProtocol?: unknown }).marionetteProtocol;
    if (protocol !== 3) {
      socket.destroy();
      throw new MarionetteError(`unsupported Marionette protocol ${String(protocol)}`);
    }
    return connection;
  }

  send<T = unknown>(name: string, params: object = {}, timeoutMs = 30_000): Promise<T> {
    return this.#pending.send<T>(name, timeoutMs, (id) => {
      const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  #onData(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length) || length < 0) {
        this.socket.destroy(new MarionetteError('malformed frame length'));
        return;
      }
      if (this.#buffer.length < colon + 1 + length) return;
      const text = this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
      this.#buffer = this.#buffer.subarray(colon + 1 + length);
      this.#onMessage(JSON.parse(text) as unknown);
    }
  }

  #onMessage(message: unknown): void {
    if (!Array.isArray(message)) {
      this.#greeting?.(message);
      this.#greeting = null;
      return;
    }
    const [type, id, error, result] = message as [number, number, unknown, unknown];
    if (type !== 1) return;
    const p = this.#pending.take(id);
    if (!p) return;
    if (error) {
      const e = error as { error?: string; message?: string };
      p.reject(new MarionetteError(`${p.name}: ${e.error ?? 'error'}: ${e.message ?? ''}`));
    } else p.resolve(result);
  }
}
