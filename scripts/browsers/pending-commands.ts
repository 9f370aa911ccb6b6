/**
 * The commands a request/response connection (WebDriver BiDi, Marionette) has sent and not yet had
 * answered: each gets the next id and a timeout, its answer is routed back by id, and all are rejected
 * when the connection closes, so no caller waits forever on a dead browser.
 */
interface Pending {
  name: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** What an answer settles: the command's name (for error messages) and its promise. */
export interface Answered {
  name: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class PendingCommands {
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  /** `error` builds the connection's own error type for timeouts and closes. */
  constructor(private readonly error: (message: string) => Error) {}

  /**
   * Sends command `name` with `write(id)`; resolves with its answer, or rejects after `timeoutMs`.
   * `write` reports a failed send through `failed`.
   */
  send<T>(
    name: string,
    timeoutMs: number,
    write: (id: number, failed: (error: Error) => void) => void,
  ): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(this.error(`${name}: no answer after ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.#pending.set(id, { name, resolve: resolve as (v: unknown) => void, reject, timer });
      write(id, (error) => this.take(id)?.reject(error));
    });
  }

  /** The command answered by `id`, no longer pending; undefined when none waits (late or unknown id). */
  take(id: number): Answered | undefined {
    const p = this.#pending.get(id);
    if (!p) return undefined;
    clearTimeout(p.timer);
    this.#pending.delete(id);
    return p;
  }

  /** The connection closed: every command still waiting fails. */
  rejectAll(): void {
    for (const id of [...this.#pending.keys()]) {
      const p = this.take(id);
      p?.reject(this.error(`${p.name}: connection closed`));
    }
  }
}
