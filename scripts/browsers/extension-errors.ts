/**
 * Collects console errors, uncaught exceptions and browser log errors (CSP violations, failed loads,
 * API misuse) of every extension document in Chromium: pages in tabs (popup), the devtools page and
 * the panel (iframes inside DevTools) and the service worker.
 *
 * Never attach a second CDP session to a target while puppeteer-core 24.8 is auto-attaching it: its
 * attach bookkeeping is keyed by target id, so the overlap leaves puppeteer without the target's
 * execution context (evaluate then waits forever: seen with the service worker and the panel iframe).
 * So: live listeners on pages and the service worker through the sessions puppeteer owns (they hear
 * documents that close before collect()), and, in collect(), a short extra session per extension
 * document or worker that exists by then. Runtime.enable / Log.enable on a new session replay what
 * was logged so far.
 */
import type { Browser, CDPSession, ConsoleMessage, Page, Protocol, Target } from 'puppeteer-core';

export interface ExtensionError {
  /** The extension document or script the error came from. */
  url: string;
  kind: 'exception' | 'console.error' | 'log';
  text: string;
}

export interface ExtensionErrors {
  /**
   * Every error so far, deduplicated. Call it before closing the DevTools window whose panel you
   * want checked: a closed iframe can no longer replay its exceptions.
   */
  collect(): Promise<ExtensionError[]>;
  /** Stops watching (called by close()). */
  stop(): void;
}

const MAX_ERRORS = 200; // bounded: a looping error must not eat the test's memory

export function describeErrors(errors: readonly ExtensionError[]): string {
  return errors.map((e) => `${e.kind} in ${e.url}: ${e.text}`).join('\n');
}

export function watchExtensionErrors(browser: Browser, extensionOrigin: string): ExtensionErrors {
  const list: ExtensionError[] = [];
  const keys = new Set<string>();
  const unsubscribe: (() => void)[] = [];
  const watched = new WeakSet<Target>();
  const ours = (url: string | undefined) => url?.startsWith(extensionOrigin) === true;
  const push = (error: ExtensionError) => {
    // Live listeners and replays report the same error with different URLs (script vs document)
    // and with or without its stack: the first line names it.
    const key = `${error.kind}\n${error.text.split('\n')[0]}`;
    if (keys.has(key) || list.length >= MAX_ERRORS) return;
    keys.add(key);
    list.push(error);
  };

  const watchRuntime = (session: CDPSession, url: string) => {
    const onException = ({ exceptionDetails }: Protocol.Runtime.ExceptionThrownEvent) =>
      push({
        url: exceptionDetails.url ?? url,
        kind: 'exception',
        text: exceptionDetails.exception?.description ?? exceptionDetails.text,
      });
    const onConsole = ({ type, args, stackTrace }: Protocol.Runtime.ConsoleAPICalledEvent) => {
      if (type !== 'error' && type !== 'assert') return;
      push({
        url: stackTrace?.callFrames[0]?.url || url,
        kind: 'console.error',
        text: args.map((a) => a.description ?? String(a.value ?? '')).join(' '),
      });
    };
    const onLog = ({ entry }: Protocol.Log.EntryAddedEvent) => {
      if (entry.level === 'error') push({ url: entry.url ?? url, kind: 'log', text: entry.text });
    };
    session.on('Runtime.exceptionThrown', onException);
    session.on('Runtime.consoleAPICalled', onConsole);
    session.on('Log.entryAdded', onLog);
    return () => {
      session.off('Runtime.exceptionThrown', onException);
      session.off('Runtime.consoleAPICalled', onConsole);
      session.off('Log.entryAdded', onLog);
    };
  };

  const watchPage = (page: Page) => {
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const url = message.location().url;
      // A page that is ours owns all its errors; in DevTools only those from our iframes count.
      if (ours(url) || ours(page.url()))
        push({ url: url ?? page.url(), kind: 'console.error', text: message.text() });
    };
    const onPageError = (error: unknown) => {
      if (ours(page.url())) push({ url: page.url(), kind: 'exception', text: String(error) });
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    unsubscribe.push(() => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    });
  };

  const watch = async (target: Target) => {
    if (watched.has(target)) return;
    try {
      if (target.type() === 'page' || target.url().startsWith('devtools://')) {
        watched.add(target);
        const page = await target.page();
        if (page) watchPage(page);
      } else if (target.type() === 'service_worker' && ours(target.url())) {
        watched.add(target);
        // puppeteer's own session of the worker (worker() is cached per target). Not one of our
        // own: an extra debugger session keeps a stopped worker's target alive, and tests stop it.
        const worker = await target.worker();
        if (!worker) return;
        unsubscribe.push(watchRuntime(worker.client, target.url()));
        await worker.client.send('Log.enable').catch(() => {});
      }
    } catch {
      // The target went away while we looked at it: it has nothing left to report.
    }
  };

  const onTarget = (target: Target) => void watch(target);
  browser.on('targetcreated', onTarget);
  for (const target of browser.targets()) void watch(target);

  /**
   * Replays what every live extension document logged: iframes inside DevTools (devtools page,
   * panel), which no puppeteer listener hears; pages in tabs, whose first load may have run before a
   * live listener was attached (a tab that tabs.create navigates at once); the service worker, whose
   * start came before this watcher. They are attached by now, so a session of our own does not race
   * puppeteer's; it is detached at once (a debugger session keeps a worker a test wants stopped).
   */
  const replayDocuments = async () => {
    const documents = browser
      .targets()
      .filter((t) => ['other', 'page', 'service_worker'].includes(t.type()) && ours(t.url()));
    await Promise.all(
      documents.map(async (target) => {
        let session: CDPSession | undefined;
        try {
          session = await target.createCDPSession();
          const off = watchRuntime(session, target.url());
          await Promise.all([session.send('Runtime.enable'), session.send('Log.enable')]);
          // One more round trip: the replayed events are all delivered before its answer.
          await session.send('Runtime.evaluate', { expression: '0' });
          off();
        } catch {
          // closed meanwhile
        } finally {
          await session?.detach().catch(() => {});
        }
      }),
    );
  };

  return {
    async collect() {
      await replayDocuments();
      return [...list];
    },
    stop() {
      browser.off('targetcreated', onTarget);
      for (const off of unsubscribe.splice(0)) off();
    },
  };
}
