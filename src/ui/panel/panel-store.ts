/**
 * The panel's state (house style: preact-devtools `view/store`): the Capture ring, the incremental
 * Analyzer, record / clear / preserve log, HAR import. No extension APIs: the bootstrap hands it a
 * `PanelSource`, tests hand it a fake one, the bench feeds it synthetic entries.
 *
 * Re-analysis strategy (docs/architecture.md §8 panel targets): every kept exchange goes to `Analyzer.add` at once
 * (work ∝ the cookies it carries); views are notified once per burst through `schedule`; clear and
 * navigation start a fresh Analyzer; once a quarter of the ring has dropped, the analysis is rebuilt
 * from the ring in background slices (a 20k replay takes ~200 ms; measured, scripts/bench/panel-profile.ts).
 */
import { type Analysis, Analyzer } from '../../core/analysis/analyzer';
import { Capture, DEFAULT_CAPTURE_LIMIT } from '../../core/capture/capture';
import { entryToExchange } from '../../core/har/entry-to-exchange';
import type { Exchange } from '../../core/model';
import { type BackfillJob, type BackfillJobOptions, startBackfill } from './backfill-job';
import { BackfillRefill } from './backfill-refill';
import { ImportControl } from './import/import-control';
import type { ImportProgress, ImportWorker } from './import/import-runner';
import type { PanelAnalyzer } from './import/panel-analyzer';
import { PageStart } from './page-start';
import { type BackfillKey, backfillKey, mergeBackfill } from './panel-backfill';
import type { PanelSource } from './panel-source';

/** HAR files above this are refused before parsing (the ring keeps 20k exchanges anyway). */
export const MAX_IMPORT_CHARS = 256 * 1024 * 1024;
export const IMPORT_TOO_LARGE = `file too large (over ${MAX_IMPORT_CHARS >> 20} MB)`;
/**
 * Dropped exchanges tolerated in the analysis before it is rebuilt from the ring: a rebuild replays the
 * whole ring (~200 ms at 20k), so at steady state it runs once per quarter ring, not per request.
 */
const REBUILD_FRACTION = 4;
/**
 * A slice of a background rebuild ends after this much time (checked every REBUILD_CHECK exchanges):
 * an ordinary exchange takes ~10 µs, but one with 1,000 Set-Cookie lines (the hostile import of issue
 * #19 break 4) took 24 ms (Node 20, scratch measurement), so a slice of 2,000 exchanges, as before,
 * could hold the panel for seconds when the worker that analysed the import died.
 */
const REBUILD_SLICE_MS = 12;
const REBUILD_CHECK = 16;

interface RebuildJob {
  analyzer: Analyzer;
  queue: Exchange[];
  pos: number;
  dropped: number;
}
/** auth-weak-secret tries ~100 secrets per token with Web Crypto: wait for a quiet moment. */
const WEAK_SECRET_DELAY_MS = 400;

export interface PanelState {
  /** Bumped on every change views care about. */
  version: number;
  analysis: Analysis;
  /** Requests in the log (the Network panel's count; cleared by Clear and by navigation). */
  requestCount: number;
  /** Requests that fell out of the ring since the last clear. */
  dropped: number;
  limit: number;
  recording: boolean;
  preserveLog: boolean;
  /** Name of the imported HAR file the log came from, or null for live traffic. */
  imported: string | null;
  /** The last import's error (shown inline), or null. */
  importError: string | null;
  /** The page's backfill (getHAR) has not answered yet. */
  loading: boolean;
  /** An import in progress (issue #19: parsed in a worker, analysed in slices), or null. */
  importing: ImportProgress | null;
  /** What the last import must say: the file's notes and every limit that dropped data. */
  importNotes: string[];
}

/** `notes`: what the user must know about the file (e.g. no cookie header captured), when any. */
const isRedirect = (status: number): boolean => status >= 300 && status < 400;

export type ImportResult = { ok: true; exchanges: number; notes?: string[] } | { ok: false; message: string };

export interface PanelStoreOptions {
  limit?: number;
  /** Coalesces notifications; default requestAnimationFrame, else a microtask. */
  schedule?: (flush: () => void) => void;
  /** Delay before the weak-secret check runs; 0 = right after the flush. */
  weakSecretDelayMs?: number;
  /** Makes the import worker (panels/import-worker.ts); without it imports parse in-thread. */
  importWorker?: () => ImportWorker | null;
  /**
   * When the first backfill comes back empty or fails, ask again after these delays until the log
   * is refilled, the page navigates or the user clears, imports or pauses: Firefox reloads the panel
   * when the toolbox moves to another host and its first getHAR() then answers empty (issue #18,
   * backfill-refill.ts). Live requests meanwhile are merged with the refill, each counted once.
   * None by default: only a panel that replaces one just closed asks again (platform/panel-reopen.ts
   * says why asking at other times loses requests in Firefox); it passes REFILL_AFTER_HOST_MOVE_MS.
   */
  backfillRetryMs?: readonly number[];
  /** How the backfill is sliced (backfill-job.ts); tests pass a fake clock and scheduler. */
  backfillSlices?: BackfillJobOptions;
}

const BACKFILL_RETRY_MS: readonly number[] = [];
/** After a toolbox host move the network monitor answers again within a second or so (ESR 153). */
export const REFILL_AFTER_HOST_MOVE_MS: readonly number[] = [300, 1000, 2500];

function defaultSchedule(flush: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    requestAnimationFrame(flush);
  } else {
    queueMicrotask(flush);
  }
}

export class PanelStore {
  readonly capture: Capture;
  /** In-thread, or the import worker's for an imported log (import/worker-analysis.ts). */
  #analyzer: PanelAnalyzer;
  #analysis: Analysis | null = null;
  #version = 0;
  #state: PanelState | null = null;
  #listeners = new Set<() => void>();
  #scheduled = false;
  #schedule: (flush: () => void) => void;
  #droppedAnalysed = 0;
  /** A rebuild replaying the ring in slices, so a 20k replay never blocks the panel (~200 ms). */
  #rebuildJob: RebuildJob | null = null;
  #seq = 0;
  #pageUrl: string | null = null;
  #imported: string | null = null;
  #importError: string | null = null;
  #loading = false;
  /** Live entries that arrive while the backfill is pending, replayed after it. */
  #pendingLive: unknown[] | null = null;
  /** The backfill being replayed in slices (backfill-job.ts), or null. */
  #backfill: BackfillJob | null = null;
  #replaying = false;
  #backfillSlices: BackfillJobOptions;
  #exchanges: { version: number; list: Exchange[]; byId: Map<string, Exchange> | null } | null = null;
  #secretTimer: ReturnType<typeof setTimeout> | null = null;
  #secretDelay: number;
  #unsubscribe: (() => void)[] = [];
  #imports: ImportControl;
  #importNotes: string[] = [];
  #backfillRetry: readonly number[];
  #refill: BackfillRefill | null = null;
  /** Which document each navigation claimed: where the new page starts in the log (page-start.ts). */
  readonly #pageStart = new PageStart();
  /**
   * Keys of the requests a getHAR() answer brought: one that finished while getHAR was answered also
   * arrives live afterwards, and counts once. As large as that one answer; emptied by Clear and imports.
   */
  #fromSnapshot = new Set<BackfillKey>();

  constructor(opts: PanelStoreOptions = {}) {
    this.capture = new Capture({ limit: opts.limit ?? DEFAULT_CAPTURE_LIMIT });
    this.#analyzer = this.#newAnalyzer();
    this.#schedule = opts.schedule ?? defaultSchedule;
    this.#secretDelay = opts.weakSecretDelayMs ?? WEAK_SECRET_DELAY_MS;
    this.#imports = new ImportControl({
      limit: this.capture.limit,
      worker: opts.importWorker,
      current: () => this.#analyzer,
      changed: () => this.#changed(),
      rebuild: () => this.#startRebuild(),
      done: (name, exchanges, notes, analyzer) => this.#replaceWithImport(name, exchanges, notes, analyzer),
      failed: (name, message) => this.failImport(name, message),
    });
    this.#backfillRetry = opts.backfillRetryMs ?? BACKFILL_RETRY_MS;
    this.#backfillSlices = opts.backfillSlices ?? {};
  }

  /** Wires a source: backfill first (DevTools recorded before the panel opened), then live entries. */
  connect(source: PanelSource): Promise<void> {
    this.#loading = true;
    this.#pendingLive = [];
    this.#unsubscribe.push(
      source.subscribe((entry) => {
        if (this.#pendingLive) this.#pendingLive.push(entry);
        else if (!this.#fromSnapshot.has(backfillKey(entry)) && this.addEntry(entry))
          this.#refill?.noteLive(entry);
      }),
      source.onNavigated((url) => this.navigated(url)),
      () => this.#refill?.stop(),
    );
    this.#changed();
    const refill = () => {
      this.#refill = new BackfillRefill(source, this.#backfillRetry, {
        settled: () => this.#pageUrl !== null || this.#imported !== null || !this.capture.recording,
        replace: (entries) => this.#replaceLog(entries),
      });
    };
    return source.backfill().then(
      (entries) => {
        const list = Array.isArray(entries) ? entries : [];
        const done = this.#finishBackfill(list);
        if (list.length === 0) refill();
        return done;
      },
      () => {
        const done = this.#finishBackfill([]);
        refill();
        return done;
      },
    );
  }

  /** The log becomes these entries (a refill merged with what arrived live), numbered from #1 again. */
  #replaceLog(entries: unknown[]): void {
    this.capture.clear();
    this.#pageStart.reset();
    this.#seq = 0;
    this.#pageUrl = null;
    this.#fromSnapshot = new Set(entries.map(backfillKey));
    this.#resetAnalysis([]);
    for (const e of entries) this.addEntry(e);
  }

  disconnect(): void {
    this.#backfill?.cancel();
    this.#backfill = null;
    this.#replaying = false;
    for (const off of this.#unsubscribe.splice(0)) off();
    if (this.#secretTimer !== null) clearTimeout(this.#secretTimer);
  }

  /** Replays the backfill in slices (first rows first, backfill-job.ts), then what came live meanwhile. */
  #finishBackfill(entries: unknown[]): Promise<void> {
    const list = mergeBackfill(entries);
    const seen = new Set<BackfillKey>(list.map(backfillKey));
    this.#fromSnapshot = seen;
    let over = false;
    let first = true;
    this.#replaying = true;
    const job = startBackfill(
      list,
      (e) => this.addEntry(e),
      () => {
        this.#changed();
        // The first rows render in this task, for the next frame, not one frame later.
        if (first) this.flush();
        first = false;
      },
      () => {
        over = true;
        this.#backfill = null;
        this.#replaying = false;
        const live = this.#pendingLive ?? [];
        this.#pendingLive = null;
        this.#loading = false;
        // A live event may also be in the HAR when it finished while getHAR was being answered.
        for (const e of live) if (!seen.has(backfillKey(e))) this.addEntry(e);
        this.#changed();
        this.#scheduleSecrets();
      },
      this.#backfillSlices,
    );
    if (!over) this.#backfill = job;
    return job.done;
  }

  /** A clear, navigation, recording switch or import acts on the whole backfill, as before slicing. */
  #settleBackfill(): void {
    this.#backfill?.settle();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** One HAR entry (devtools.network shape). Returns whether it was kept. */
  addEntry(entry: unknown): boolean {
    const ex = entryToExchange(entry, { id: `r${++this.#seq}`, pageUrl: this.#pageUrl });
    if (ex === null) return false;
    // Top-level document of what follows (first/third-party): onNavigated's URL, else the first top-level
    // document that is not a redirect hop — the page is where a redirect chain ends, not where it starts.
    // (`document` is top-level only: frames are `subdocument`, from Sec-Fetch-Dest or Chrome's initiator.)
    if (ex.initiatorType === 'document' && this.#pageUrl === null && !isRedirect(ex.status)) {
      this.#pageUrl = ex.url;
      ex.pageUrl = ex.url;
      this.#pageStart.claim(ex);
    }
    const kept = this.addExchange(ex);
    if (kept) this.#pageStart.added(ex);
    return kept;
  }

  addExchange(ex: Exchange): boolean {
    const dropped = this.capture.dropped;
    if (!this.capture.add(ex)) return false;
    this.#analyzer.add(ex);
    const rebuildEvery = Math.max(1, Math.floor(this.capture.limit / REBUILD_FRACTION));
    if (this.#rebuildJob) this.#rebuildJob.queue.push(ex);
    else if (
      !this.#analyzer.ownsRing &&
      this.capture.dropped !== dropped &&
      this.capture.dropped - this.#droppedAnalysed >= rebuildEvery
    ) {
      this.#startRebuild();
    }
    this.#changed();
    // The backfill's replay schedules the weak-secret check once, at its end.
    if (!this.#replaying) this.#scheduleSecrets();
    return true;
  }

  /** Like the Network panel: a top-level navigation clears the log unless "preserve log" is on. */
  navigated(url: string): void {
    this.#settleBackfill();
    this.#pageUrl = url;
    this.#refill?.stop(); // the log is the new page's now
    if (this.capture.preserveLog) {
      // The log stays whole; the navigation still claims its document for a later one (page-start.ts).
      this.#pageStart.navigated(this.capture.toArray(), url);
      this.capture.navigated(url, Date.now());
      this.#changed();
      return;
    }
    // onNavigated may arrive before or after the new document's own request (page-start.ts).
    const all = this.capture.toArray();
    const keepFrom = this.#pageStart.navigated(all, url);
    this.capture.navigated(url, Date.now());
    this.#imported = null;
    this.#resetAnalysis(all.slice(keepFrom));
  }

  /** Clear and imports: the log is no longer DevTools' network log, nothing is refilled into it. */
  #forgetBackfill(): void {
    this.#refill?.stop();
    this.#fromSnapshot = new Set();
  }

  clear(): void {
    this.#settleBackfill();
    this.#forgetBackfill();
    this.#imports.cancel();
    this.#importNotes = [];
    this.capture.clear();
    this.#pageStart.reset();
    this.#imported = null;
    this.#importError = null;
    this.#resetAnalysis([]);
  }

  setRecording(on: boolean): void {
    this.#settleBackfill();
    this.capture.recording = on;
    this.#changed();
  }

  setPreserveLog(on: boolean): void {
    this.capture.preserveLog = on;
    this.#changed();
  }

  /**
   * Replaces the log with a HAR file's exchanges; errors are values, also kept for the inline message.
   * In one go (tests, the bench); the panel imports through `startImport`. Async: the HAR reader is a
   * lazy chunk (issue #16), loaded on first use.
   */
  async importHar(text: string | Uint8Array | ArrayBuffer, name: string): Promise<ImportResult> {
    this.#settleBackfill();
    const { readImport } = await import('./later-parts');
    this.#importNotes = [];
    let error = IMPORT_TOO_LARGE;
    const size = typeof text === 'string' ? text.length : text.byteLength;
    const read =
      size > MAX_IMPORT_CHARS
        ? null
        : readImport(text, this.capture.limit, (m) => {
            if (m.type === 'error') error = m.message;
          });
    if (read === null) {
      this.failImport(name, error);
      return { ok: false, message: `${name}: ${error}` };
    }
    const analyzer = this.#newAnalyzer();
    analyzer.addAll(read.kept);
    this.#replaceWithImport(name, read.kept, [...read.notes, ...read.limits.map((l) => l.message)], analyzer);
    return { ok: true, exchanges: read.total, ...(read.notes.length > 0 ? { notes: read.notes } : {}) };
  }

  /**
   * Imports a HAR file without holding the panel (issue #19 break 4): parsed and analysed in the import
   * worker (import/import-control.ts), with progress in `state.importing` and `cancelImport()`.
   * The log is replaced only when the import is done; a cancelled or failed one leaves it as it was.
   */
  startImport(bytes: ArrayBuffer, name: string): void {
    this.#settleBackfill();
    this.#importNotes = [];
    this.#importError = null;
    if (bytes.byteLength > MAX_IMPORT_CHARS) this.failImport(name, IMPORT_TOO_LARGE);
    else this.#imports.start(bytes, name);
  }

  /** Stops the running import; the log stays as it was before it. */
  cancelImport(): void {
    const name = this.#imports.cancel();
    if (name === null) return;
    this.#importNotes = [`Import of ${name} cancelled: the log is as it was.`];
    this.#changed();
  }

  dismissImportNotes(): void {
    this.#importNotes = [];
    this.#changed();
  }

  /** An import that failed before there was text to parse (unreadable or oversized file). */
  failImport(name: string, message: string): void {
    this.#importError = `${name}: ${message}`;
    this.#changed();
  }

  dismissImportError(): void {
    this.#importError = null;
    this.#changed();
  }

  /** The log becomes an imported file's: its exchanges, their analysis and what the file must say. */
  #replaceWithImport(
    name: string,
    exchanges: readonly Exchange[],
    notes: string[],
    analyzer: PanelAnalyzer,
  ): void {
    this.#forgetBackfill();
    this.capture.clear();
    this.#pageStart.reset();
    const recording = this.capture.recording;
    this.capture.recording = true;
    for (const ex of exchanges) this.capture.add(ex);
    this.capture.recording = recording;
    this.#imported = name;
    this.#importError = null;
    this.#importNotes = notes;
    this.#rebuildJob = null;
    this.#setAnalyzer(analyzer);
    this.#droppedAnalysed = this.capture.dropped;
    this.#changed();
    this.#scheduleSecrets();
  }

  #setAnalyzer(analyzer: PanelAnalyzer): void {
    if (analyzer !== this.#analyzer) this.#analyzer.dispose?.();
    this.#analyzer = analyzer;
  }

  #resetAnalysis(exchanges: Exchange[]): void {
    for (const ex of exchanges) this.capture.add(ex);
    this.#rebuildJob = null;
    const analyzer = this.#newAnalyzer();
    analyzer.addAll(exchanges);
    this.#setAnalyzer(analyzer);
    this.#droppedAnalysed = this.capture.dropped;
    this.#changed();
    this.#scheduleSecrets();
  }

  /** Verdicts as many as the ring holds: a request that leaves the log takes its verdict with it. */
  #newAnalyzer(): Analyzer {
    return new Analyzer({ verdictLimit: this.capture.limit });
  }

  /** Replays the ring into a fresh Analyzer in slices; the old one keeps serving until it is done. */
  #startRebuild(): void {
    const job: RebuildJob = {
      analyzer: this.#newAnalyzer(),
      queue: this.capture.toArray(),
      pos: 0,
      dropped: this.capture.dropped,
    };
    this.#rebuildJob = job;
    const step = () => {
      // A clear, navigation or import started over in the meantime.
      if (this.#rebuildJob !== job) return;
      const deadline = performance.now() + REBUILD_SLICE_MS;
      while (job.pos < job.queue.length) {
        job.analyzer.add(job.queue[job.pos] as Exchange);
        job.pos++;
        if (job.pos % REBUILD_CHECK === 0 && performance.now() >= deadline) break;
      }
      if (job.pos < job.queue.length) {
        setTimeout(step, 0);
        return;
      }
      this.#rebuildJob = null;
      this.#setAnalyzer(job.analyzer);
      this.#droppedAnalysed = job.dropped;
      this.#changed();
      this.#scheduleSecrets();
    };
    setTimeout(step, 0);
  }

  #scheduleSecrets(): void {
    if (this.#secretTimer !== null) clearTimeout(this.#secretTimer);
    this.#secretTimer = setTimeout(() => {
      this.#secretTimer = null;
      const analyzer = this.#analyzer;
      void analyzer.checkWeakSecrets().then(() => {
        // A clear or rebuild in the meantime made these results stale.
        if (analyzer === this.#analyzer) this.#changed();
      });
    }, this.#secretDelay);
  }

  #changed(): void {
    this.#version++;
    this.#analysis = null;
    this.#state = null;
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#schedule(() => this.flush());
  }

  /** Notifies the views now (the scheduler calls it; the bench and tests may call it directly). */
  flush(): void {
    this.#scheduled = false;
    for (const l of [...this.#listeners]) l();
  }

  get version(): number {
    return this.#version;
  }

  /** Memoised per version: the Analyzer's snapshot copies findings, so take it once per change. */
  getState(): PanelState {
    if (this.#state !== null) return this.#state;
    this.#analysis ??= this.#analyzer.snapshot();
    this.#state = {
      version: this.#version,
      analysis: this.#analysis,
      requestCount: this.capture.length,
      dropped: this.capture.dropped,
      limit: this.capture.limit,
      recording: this.capture.recording,
      preserveLog: this.capture.preserveLog,
      imported: this.#imported,
      importError: this.#importError,
      loading: this.#loading,
      importing: this.#imports.progress,
      importNotes: this.#importNotes,
    };
    return this.#state;
  }

  /** The exchanges in the log, oldest first (memoised per capture change). */
  exchanges(): Exchange[] {
    if (this.#exchanges?.version !== this.capture.version) {
      this.#exchanges = { version: this.capture.version, list: this.capture.toArray(), byId: null };
    }
    return this.#exchanges.list;
  }

  exchangeById(id: string): Exchange | undefined {
    const list = this.exchanges();
    const memo = this.#exchanges;
    if (!memo) return undefined;
    if (memo.byId === null) {
      memo.byId = new Map();
      for (const ex of list) memo.byId.set(ex.id, ex);
    }
    return memo.byId.get(id);
  }
}
