/**
 * Collects console errors, uncaught exceptions and browser log errors (CSP violations, failed loads)
 * from every extension document in Chromium: popup and other pages, the devtools page and the panel
 * (iframes inside DevTools, exposed as their own targets) and the service worker.
 *
 * One raw CDP session per target with Runtime + Log enabled: both domains replay what was buffered
 * before we attached, so an error thrown while a document starts is not lost.
 */
import type { Browser, CDPSession, Protocol, Target } from 'puppeteer-core';

export interface ExtensionError {
  /** The extension document or worker the error came from. */
  url: string;
  kind: 'exception' | 'console.error' | 'log';
  text: string;
}

export interface ExtensionErrors {
  readonly list: readonly ExtensionError[];
  /** One line per error, for assertion messages. */
  describe(): string;
  /** Stops watching (called by close(); detaching from a dead browser is ignored). */
  stop(): Promise<void>;
}

const MAX_ERRORS = 200; // bounded: a looping error must not eat the test's memory

export function watchExtensionErrors(browser: Browser, extensionOrigin: string): ExtensionErrors {
  const list: ExtensionError[] = [];
  const unsubscribe: (() => void)[] = [];
  const ownSessions = new Set<CDPSession>();
  const seen = new WeakSet<Target>();
  const push = (error: ExtensionError) => {
    if (list.length < MAX_ERRORS) list.push(error);
  };

  const attach = async (target: Target) => {
    if (seen.has(target) || !target.url().startsWith(extensionOrigin)) return;
    seen.add(target);
    let session: CDPSession;
    try {
      if (target.type() === 'service_worker') {
        // Share the session of puppeteer's WebWorker (cached per target): a second concurrent
        // Target.attachToTarget to the same worker confuses puppeteer-core 24.8's attach bookkeeping
        // and detaches the worker ("Execution context is not available in detached … worker").
        const worker = await target.worker();
        if (!worker) return;
        session = worker.client;
      } else {
        session = await target.createCDPSession();
        ownSessions.add(session);
      }
    } catch {
      return; // the target went away before we could attach: nothing it did can be read anyway
    }
    const url = target.url();
    const onException = ({ exceptionDetails }: Protocol.Runtime.ExceptionThrownEvent) => {
      const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
      push({ url, kind: 'exception', text });
    };
    const onConsole = ({ type, args }: Protocol.Runtime.ConsoleAPICalledEvent) => {
      if (type !== 'error' && type !== 'assert') return;
      const text = args.map((a) => a.description ?? String(a.value ?? '')).join(' ');
      push({ url, kind: 'console.error', text });
    };
    const onLog = ({ entry }: Protocol.Log.EntryAddedEvent) => {
      if (entry.level === 'error') push({ url: entry.url ?? url, kind: 'log', text: entry.text });
    };
    session.on('Runtime.exceptionThrown', onException);
    session.on('Runtime.consoleAPICalled', onConsole);
    session.on('Log.entryAdded', onLog);
    unsubscribe.push(() => {
      session.off('Runtime.exceptionThrown', onException);
      session.off('Runtime.consoleAPICalled', onConsole);
      session.off('Log.entryAdded', onLog);
    });
    await Promise.all([session.send('Runtime.enable'), session.send('Log.enable')]).catch(() => {});
    // A service worker or iframe target may wait for the debugger before running; let it go.
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  };

  const onTarget = (target: Target) => void attach(target);
  browser.on('targetcreated', onTarget);
  browser.on('targetchanged', onTarget); // a tab that navigates to an extension page
  for (const target of browser.targets()) void attach(target);

  return {
    list,
    describe: () => list.map((e) => `${e.kind} in ${e.url}: ${e.text}`).join('\n'),
    async stop() {
      browser.off('targetcreated', onTarget);
      browser.off('targetchanged', onTarget);
      for (const off of unsubscribe.splice(0)) off();
      await Promise.all([...ownSessions].map((s) => s.detach().catch(() => {})));
      ownSessions.clear();
    },
  };
}
