/**
 * The panel's view of the browser's jar (issue #13): host access, the latest read and the changes seen
 * since the panel opened. No extension APIs: it reads through a `PanelJarSource`. Reads are coalesced
 * (one per READ_DELAY_MS) and re-run when the page navigates, when its requests reach a new origin,
 * when the jar changes and when access is granted. The clock is taken once per read (`readAt`).
 */
import type { JarChange, JarSnapshot } from '../../core/analysis/jar-types';
import type { AccessRequest, PanelJarSource } from '../../protocol/page-jar';

/** Changes kept (a script writing a cookie in a loop must not grow the panel). */
export const MAX_CHANGES = 500;
const READ_DELAY_MS = 150;

export type JarAccess = 'unknown' | 'none' | 'granted';

export interface JarState {
  /** The inspected page's address; null until known (then there is nothing to ask for). */
  pageUrl: string | null;
  access: JarAccess;
  snapshot: JarSnapshot | null;
  /** The last access request's answer, null before any. */
  request: AccessRequest | 'pending' | null;
  /**
   * Page loads seen (navigations and reloads): the list of origins to read restarts with each, so the
   * log's requests are handed over again after it (use-jar-request-urls.ts). DevTools may report the
   * navigation after the new page's first requests (seen in Firefox ESR 140): without this the jar
   * would not be read for a third party those requests already reached.
   */
  navigations: number;
}

export interface JarStoreOptions {
  now?: () => number;
  delayMs?: number;
}

const originOf = (url: string): string | null => {
  const m = /^(https?:\/\/[^/?#]+)/i.exec(url);
  return m ? (m[1] as string).toLowerCase() : null;
};

const hostOf = (origin: string): string => origin.replace(/^https?:\/\//, '').replace(/:\d+$/, '');

export class JarStore {
  readonly #source: PanelJarSource;
  readonly #now: () => number;
  readonly #delay: number;
  #state: JarState = { pageUrl: null, access: 'unknown', snapshot: null, request: null, navigations: 0 };
  #origins: string[] = [];
  #changes: JarChange[] = [];
  #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #readSeq = 0;
  #watch: ReturnType<PanelJarSource['watch']> | null = null;
  #off: (() => void)[] = [];

  constructor(source: PanelJarSource, opts: JarStoreOptions = {}) {
    this.#source = source;
    this.#now = opts.now ?? Date.now;
    this.#delay = opts.delayMs ?? READ_DELAY_MS;
  }

  connect(): Promise<void> {
    this.#watch = this.#source.watch((e) => {
      if (e.type === 'access-changed') this.#scheduleRead();
      else {
        this.#changes.push({ ...e.change, at: this.#now() });
        if (this.#changes.length > MAX_CHANGES) this.#changes.splice(0, this.#changes.length - MAX_CHANGES);
        this.#scheduleRead();
      }
    });
    this.#off.push(this.#source.onNavigated((url) => this.#setPage(url)));
    return this.#source.inspectedUrl().then((url) => {
      if (url && this.#state.pageUrl === null) this.#setPage(url);
    });
  }

  disconnect(): void {
    this.#watch?.close();
    for (const off of this.#off.splice(0)) off();
    if (this.#timer !== null) clearTimeout(this.#timer);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  getState(): JarState {
    return this.#state;
  }

  /** The URLs the capture's requests went to: new origins are read too (bounded by the background). */
  setRequestUrls(urls: readonly string[]): void {
    const next = new Set(this.#origins);
    for (const u of urls) {
      const o = originOf(u);
      if (o) next.add(o);
    }
    if (next.size === this.#origins.length) return;
    this.#origins = [...next].slice(0, 200);
    this.#watch?.setHosts(this.#hosts());
    this.#scheduleRead();
  }

  /** The notice's button: call from the click handler itself (the browser wants the user activation). */
  requestAccess(): void {
    const page = this.#state.pageUrl;
    if (!page) return;
    const pending = this.#source.requestAccess(page);
    this.#set({ request: 'pending' });
    void pending.then((answer) => {
      this.#set({ request: answer });
      this.#scheduleRead();
    });
  }

  reload(): void {
    this.#source.reload();
  }

  #hosts(): string[] {
    const page = this.#state.pageUrl ? originOf(this.#state.pageUrl) : null;
    return [...new Set([...(page ? [page] : []), ...this.#origins].map(hostOf))];
  }

  #setPage(url: string): void {
    if (!/^https?:/i.test(url)) {
      this.#set({ pageUrl: null, access: 'none', snapshot: null });
      return;
    }
    this.#origins = [];
    this.#set({ pageUrl: url, navigations: this.#state.navigations + 1 });
    this.#watch?.setHosts(this.#hosts());
    this.#scheduleRead();
  }

  #scheduleRead(): void {
    if (this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#read();
    }, this.#delay);
  }

  async #read(): Promise<void> {
    const page = this.#state.pageUrl;
    if (!page) return;
    const seq = ++this.#readSeq;
    const got = await this.#source.read(page, this.#origins);
    // A navigation or a newer read in the meantime made this one stale.
    if (seq !== this.#readSeq || page !== this.#state.pageUrl) return;
    if (!got) {
      this.#set({ access: 'unknown', snapshot: null });
      return;
    }
    const readAt = this.#now();
    const snapshot: JarSnapshot | null =
      got.access || got.readHosts.length > 0
        ? {
            pageUrl: page,
            cookies: got.cookies,
            readHosts: got.readHosts,
            unreadHosts: got.unreadHosts,
            dropped: got.dropped,
            changes: this.#changes.slice(),
            readAt,
          }
        : null;
    this.#set({ access: got.access ? 'granted' : 'none', snapshot });
  }

  #set(patch: Partial<JarState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const l of [...this.#listeners]) l();
  }
}
