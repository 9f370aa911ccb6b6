/**
 * Imports into the panel's log and what they leave to say: the imported file's name, the last error
 * (shown inline) and the file's notes. In one go (`importHar`: tests, the bench) or through the import
 * worker with progress and cancel (`start`, import-control.ts). Either way the log is replaced only
 * once the file is read; a failed or cancelled import leaves it as it was.
 */
import type { Exchange } from '../../../core/model';
import type { AnalysedLog } from '../analysed-log';
import { ImportControl } from './import-control';
import type { ImportProgress, ImportWorker } from './import-runner';
import type { PanelAnalyzer } from './panel-analyzer';

/** HAR files above this are refused before parsing (the ring keeps 20k exchanges anyway). */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;
export const IMPORT_TOO_LARGE = `file too large (over ${MAX_IMPORT_CHARS >> 20} MB)`;

/** `notes`: what the user must know about the file (e.g. no cookie header captured), when any. */
export type ImportResult = { ok: true; exchanges: number; notes?: string[] } | { ok: false; message: string };

/** What an import needs of the panel's store. */
export interface LogImportHost {
  log: AnalysedLog;
  /** Makes the import worker; without it imports parse in-thread. */
  worker: (() => ImportWorker | null) | undefined;
  changed(): void;
  /** An import acts on the whole backfill, as before slicing (backfill-coordinator.ts). */
  settleBackfill(): void;
  /** The log is no longer DevTools' network log: nothing is refilled into it. */
  forgetBackfill(): void;
}

export class LogImport {
  readonly #host: LogImportHost;
  readonly #control: ImportControl;
  #imported: string | null = null;
  #error: string | null = null;
  #notes: string[] = [];

  constructor(host: LogImportHost) {
    this.#host = host;
    const log = host.log;
    this.#control = new ImportControl({
      limit: log.capture.limit,
      worker: host.worker,
      current: () => log.analyzer,
      changed: () => host.changed(),
      rebuild: () => log.rebuild(),
      done: (name, exchanges, notes, analyzer) => this.#replaceLog(name, exchanges, notes, analyzer),
      failed: (name, message) => this.fail(name, message),
    });
  }

  /** Name of the imported HAR file the log came from, or null for live traffic. */
  get imported(): string | null {
    return this.#imported;
  }

  /** The last import's error, or null. */
  get error(): string | null {
    return this.#error;
  }

  /** What the last import must say: the file's notes and every limit that dropped data. */
  get notes(): string[] {
    return this.#notes;
  }

  /** The running import's progress, or null. */
  get progress(): ImportProgress | null {
    return this.#control.progress;
  }

  /** In one go; async: the HAR reader is a lazy chunk (issue #16), loaded on first use. */
  async importHar(text: string | Uint8Array | ArrayBuffer, name: string): Promise<ImportResult> {
    this.#host.settleBackfill();
    const { readImport } = await import('../later-parts');
    this.#notes = [];
    let error = IMPORT_TOO_LARGE;
    const size = typeof text === 'string' ? text.length : text.byteLength;
    const read =
      size > MAX_IMPORT_CHARS
        ? null
        : readImport(text, this.#host.log.capture.limit, (m) => {
            if (m.type === 'error') error = m.message;
          });
    if (read === null) {
      this.fail(name, error);
      return { ok: false, message: `${name}: ${error}` };
    }
    const analyzer = this.#host.log.newAnalyzer();
    analyzer.addAll(read.kept);
    this.#replaceLog(name, read.kept, [...read.notes, ...read.limits.map((l) => l.message)], analyzer);
    return { ok: true, exchanges: read.total, ...(read.notes.length > 0 ? { notes: read.notes } : {}) };
  }

  /** Through the import worker (issue #19 break 4), with progress in `progress`. */
  start(bytes: ArrayBuffer, name: string): void {
    this.#host.settleBackfill();
    this.#notes = [];
    this.#error = null;
    if (bytes.byteLength > MAX_IMPORT_CHARS) this.fail(name, IMPORT_TOO_LARGE);
    else this.#control.start(bytes, name);
  }

  /** Stops the running import; the log stays as it was before it. */
  cancel(): void {
    const name = this.#control.cancel();
    if (name === null) return;
    this.#notes = [`Import of ${name} cancelled: the log is as it was.`];
    this.#host.changed();
  }

  /** An import that failed, or one that failed before there was text to parse (unreadable or oversized). */
  fail(name: string, message: string): void {
    this.#error = `${name}: ${message}`;
    this.#host.changed();
  }

  dismissNotes(): void {
    this.#notes = [];
    this.#host.changed();
  }

  dismissError(): void {
    this.#error = null;
    this.#host.changed();
  }

  /** Clear: the running import stops and nothing of the last one is said any more. */
  clear(): void {
    this.#control.cancel();
    this.#notes = [];
    this.#imported = null;
    this.#error = null;
  }

  /** A navigation that cleared the log: it is the new page's, no longer the file's. */
  leftFile(): void {
    this.#imported = null;
  }

  /** The log becomes an imported file's: its exchanges, their analysis and what the file must say. */
  #replaceLog(name: string, exchanges: readonly Exchange[], notes: string[], analyzer: PanelAnalyzer): void {
    this.#host.forgetBackfill();
    this.#imported = name;
    this.#error = null;
    this.#notes = notes;
    this.#host.log.replace(exchanges, analyzer);
  }
}
