/**
 * The import worker, started the moment an import starts (issue #19 break 4): the file's bytes go to it
 * at once, while the code that reads its answers (import-runner.ts) loads with the panel's lazy chunk
 * (issue #16: the first paint does not need it). What the worker says meanwhile is held, in order.
 */
import type { ImportMessage } from './import-messages';
import type { ImportWorker } from './import-runner';

type Heard = { message: ImportMessage } | { error: unknown };

export class StartedWorker {
  readonly worker: ImportWorker;
  #held: Heard[] = [];

  /** Posts the import; `bytes` are transferred to the worker (not copied). */
  constructor(worker: ImportWorker, bytes: ArrayBuffer, limit: number) {
    this.worker = worker;
    worker.onmessage = (e) => this.#held.push({ message: e.data });
    worker.onerror = (error) => this.#held.push({ error });
    worker.postMessage({ type: 'import', bytes, limit }, [bytes]);
  }

  /** Hands the worker to its reader: what it said so far first, then the rest as it comes. */
  handTo(onMessage: (m: ImportMessage) => void, onError: () => void): void {
    const held = this.#held;
    this.#held = [];
    this.worker.onmessage = (e) => onMessage(e.data);
    this.worker.onerror = () => onError();
    for (const h of held) {
      if ('error' in h) onError();
      else onMessage(h.message);
    }
  }
}

/**
 * Starts the import worker on `bytes`, or returns null when there is none: without a `make`, or when
 * the host refuses one (a stricter CSP), the import reads the file in-thread instead.
 */
export function startImportWorker(
  make: (() => ImportWorker | null) | undefined,
  bytes: ArrayBuffer,
  limit: number,
): StartedWorker | null {
  let worker: ImportWorker | null = null;
  try {
    worker = make?.() ?? null;
  } catch {
    worker = null;
  }
  return worker ? new StartedWorker(worker, bytes, limit) : null;
}
