/**
 * The panel's state (house style: preact-devtools `view/store`): the log and its analysis
 * (analysed-log.ts), filled from DevTools (backfill-coordinator.ts) or a HAR file (import/log-import.ts),
 * with record / clear / preserve log and navigation (page-start.ts). No extension APIs: it is handed a
 * `PanelSource` (tests: a fake). It composes the parts, answers the views, notifies them once per burst.
 */
import { type Capture, DEFAULT_CAPTURE_LIMIT } from '../../core/capture/capture';
import type { Exchange } from '../../core/model';
import { AnalysedLog } from './analysed-log';
import { BackfillCoordinator } from './backfill-coordinator';
import type { BackfillJobOptions } from './backfill-job';
import type { RetryDelays } from './backfill-refill';
import { ChangeNotifier } from './change-notifier';
import { EntryReader } from './entry-reader';
import { HeaderRefetch, healedExchange } from './header-refetch';
import type { ImportWorker } from './import/import-runner';
import { type ImportResult, LogImport } from './import/log-import';
import { LogExchanges } from './log-exchanges';
import { PageStart } from './page-start';
import type { PanelSource } from './panel-source';
import type { PanelState } from './panel-state';
import { WEAK_SECRET_DELAY_MS } from './weak-secret-check';

export interface PanelStoreOptions {
  limit?: number;
  /** Coalesces notifications; default requestAnimationFrame, else a microtask. */
  schedule?: (flush: () => void) => void;
  /** Delay before the weak-secret check runs; 0 = right after the flush. */
  weakSecretDelayMs?: number;
  /** Makes the import worker (panels/import-worker.ts); without it imports parse in-thread. */
  importWorker?: () => ImportWorker | null;
  /**
   * Delays to ask getHAR() again after an empty or failed first backfill (backfill-refill.ts). None by
   * default: only a panel that replaces one just closed (a Firefox host move) passes
   * REFILL_AFTER_HOST_MOVE_MS; asking at other times loses requests in Firefox (platform/panel-reopen.ts).
   * A function is asked only then (the panel's check reads storage: platform/panel-reopen.ts).
   */
  backfillRetryMs?: RetryDelays;
  /** How the backfill is sliced (backfill-job.ts); tests pass a fake clock and scheduler. */
  backfillSlices?: BackfillJobOptions;
  /** When to ask getHAR() for headers a live entry lacked (header-refetch.ts REFETCH_AFTER_MS). */
  refetchMs?: readonly number[];
  /** The least time between two of those asks (header-refetch.ts MIN_ASK_GAP_MS). */
  refetchGapMs?: number;
}

export class PanelStore {
  readonly capture: Capture;
  readonly #notifier: ChangeNotifier;
  readonly #log: AnalysedLog;
  readonly #reader = new EntryReader();
  /** Which document each navigation claimed: where the new page starts in the log (page-start.ts). */
  readonly #pageStart = new PageStart();
  #refilling = false;
  readonly #imports: LogImport;
  readonly #backfill: BackfillCoordinator;
  #state: PanelState | null = null;
  readonly #exchanges: LogExchanges;
  /** Asks DevTools again for the headers as sent of entries that came with provisional ones. */
  readonly #refetch: HeaderRefetch;

  constructor(opts: PanelStoreOptions = {}) {
    const notifier = new ChangeNotifier(opts.schedule);
    const changed = () => notifier.changed();
    this.#notifier = notifier;
    this.#log = new AnalysedLog(
      opts.limit ?? DEFAULT_CAPTURE_LIMIT,
      changed,
      opts.weakSecretDelayMs ?? WEAK_SECRET_DELAY_MS,
    );
    this.capture = this.#log.capture;
    this.#exchanges = new LogExchanges(this.capture);
    this.#imports = new LogImport({
      log: this.#log,
      worker: opts.importWorker,
      changed,
      settleBackfill: () => this.#backfill.settle(),
      forgetBackfill: () => {
        this.#backfill.forget();
        this.#refetch.forget();
      },
    });
    this.#refetch = new HeaderRefetch(
      { heal: (id, entry) => this.#heal(id, entry), healed: () => this.#log.rebuild() },
      opts.refetchMs,
      opts.refetchGapMs,
    );
    this.#backfill = new BackfillCoordinator(
      {
        addEntry: (entry) => this.addEntry(entry),
        navigated: (url) => this.navigated(url),
        changed,
        flush: () => this.flush(),
        scheduleSecrets: () => this.#log.scheduleSecrets(),
        settled: () =>
          this.#reader.pageUrl !== null || this.#imports.imported !== null || !this.capture.recording,
        replaceLog: (entries) => this.#replaceLog(entries),
      },
      { retryMs: opts.backfillRetryMs ?? [], slices: opts.backfillSlices ?? {} },
    );
  }

  /** Wires a source: backfill first (DevTools recorded before the panel opened), then live entries. */
  connect(source: PanelSource): Promise<void> {
    this.#refetch.use(source);
    return this.#backfill.connect(source);
  }

  disconnect(): void {
    this.#refetch.use(null);
    this.#backfill.disconnect();
    this.#log.dispose();
  }

  subscribe(listener: () => void): () => void {
    return this.#notifier.subscribe(listener);
  }

  /** One HAR entry (devtools.network shape). Returns whether it was kept. */
  addEntry(entry: unknown): boolean {
    const pageKnown = this.#reader.pageUrl !== null;
    const ex = this.#reader.read(entry);
    if (ex === null) return false;
    // The page DevTools recorded before the panel opened, learned from its document: on a reload it is
    // the old page. A live document is not claimed here: its onNavigated may still follow (Firefox).
    if (!pageKnown && this.#reader.pageUrl !== null && (this.#backfill.replaying || this.#refilling))
      this.#pageStart.claim(ex);
    const kept = this.addExchange(ex);
    if (kept) this.#pageStart.added(ex);
    // Not into an imported log analysed in the import worker: a heal would replay it all here.
    if (kept && ex.cookieHeaderUnknown && !this.#log.analyzer.ownsRing) this.#refetch.note(entry, ex.id);
    return kept;
  }

  addExchange(ex: Exchange): boolean {
    if (!this.#log.add(ex)) return false;
    this.#notifier.changed();
    // The backfill's replay schedules the weak-secret check once, at its end.
    if (!this.#backfill.replaying) this.#log.scheduleSecrets();
    return true;
  }

  /** Like the Network panel: a top-level navigation clears the log unless "preserve log" is on. */
  navigated(url: string): void {
    this.#backfill.settle();
    this.#reader.pageUrl = url;
    this.#backfill.stopRefill(); // the log is the new page's now
    const all = this.capture.toArray();
    // onNavigated may arrive before or after the new document's own request (page-start.ts); with
    // preserve log the log stays whole, and the navigation still claims its document for a later one.
    const start = this.#pageStart.navigated(all, url);
    if (this.capture.preserveLog) {
      this.capture.navigated(url, Date.now());
      this.#notifier.changed();
      return;
    }
    const kept = all.slice(start);
    // The new page's document and the redirect hops that led to it stay (the forged POST answered 303).
    this.#refetch.keepOnly(new Set(kept.map((ex) => ex.id)));
    this.capture.navigated(url, Date.now());
    this.#imports.leftFile();
    this.#log.reset(kept);
  }

  clear(): void {
    this.#backfill.settle();
    this.#backfill.forget();
    this.#refetch.forget();
    this.#imports.clear();
    this.#log.clear();
    this.#pageStart.reset();
  }

  setRecording(on: boolean): void {
    this.#backfill.settle();
    this.capture.recording = on;
    this.#notifier.changed();
  }

  setPreserveLog(on: boolean): void {
    this.capture.preserveLog = on;
    this.#notifier.changed();
  }

  /**
   * Replaces the log with a HAR file's exchanges; errors are values, also kept for the inline message.
   * In one go (tests, the bench); the panel imports through `startImport`. Async: the HAR reader is a
   * lazy chunk (issue #16), loaded on first use.
   */
  importHar(text: string | Uint8Array | ArrayBuffer, name: string): Promise<ImportResult> {
    return this.#imports.importHar(text, name);
  }

  /**
   * Imports a HAR file without holding the panel (issue #19 break 4): parsed and analysed in the import
   * worker (import/import-control.ts), with progress in `state.importing` and `cancelImport()`.
   * The log is replaced only when the import is done; a cancelled or failed one leaves it as it was.
   */
  startImport(bytes: ArrayBuffer, name: string): void {
    this.#imports.start(bytes, name);
  }

  /** Stops the running import; the log stays as it was before it. */
  cancelImport(): void {
    this.#imports.cancel();
  }

  dismissImportNotes(): void {
    this.#imports.dismissNotes();
  }

  /** An import that failed before there was text to parse (unreadable or oversized file). */
  failImport(name: string, message: string): void {
    this.#imports.fail(name, message);
  }

  dismissImportError(): void {
    this.#imports.dismissError();
  }

  /** Notifies the views now (the scheduler calls it; the bench and tests may call it directly). */
  flush(): void {
    this.#notifier.flush();
  }

  get version(): number {
    return this.#notifier.version;
  }

  /** Memoised per version: the Analyzer's snapshot copies findings, so take it once per change. */
  getState(): PanelState {
    const version = this.#notifier.version;
    if (this.#state?.version === version) return this.#state;
    const imports = this.#imports;
    this.#state = {
      version,
      analysis: this.#log.analyzer.snapshot(),
      requestCount: this.capture.length,
      dropped: this.capture.dropped,
      limit: this.capture.limit,
      recording: this.capture.recording,
      preserveLog: this.capture.preserveLog,
      imported: imports.imported,
      importError: imports.error,
      loading: this.#backfill.loading,
      importing: imports.progress,
      importNotes: imports.notes,
    };
    return this.#state;
  }

  /** The exchanges in the log, oldest first (memoised per capture change). */
  exchanges(): Exchange[] {
    return this.#exchanges.list();
  }

  exchangeById(id: string): Exchange | undefined {
    return this.#exchanges.byId(id);
  }

  /** The log becomes these entries (a refill merged with what arrived live), numbered from #1 again. */
  #replaceLog(entries: unknown[]): void {
    this.#refetch.forget();
    this.capture.clear();
    this.#reader.restart();
    this.#pageStart.reset();
    this.#log.reset([]);
    this.#refilling = true;
    for (const e of entries) this.addEntry(e);
    this.#refilling = false;
  }

  /** Swaps in the exchange `id` as healed by `entry` (header-refetch.ts `healedExchange`). */
  #heal(id: string, entry: unknown): boolean {
    const old = this.#exchanges.byId(id);
    const next = old === undefined ? null : healedExchange(old, entry);
    if (old === undefined || next === null || !this.capture.replace(next)) return false;
    this.#pageStart.replaced(old, next);
    return true;
  }
}
