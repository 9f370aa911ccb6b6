/**
 * The test server and the browser of one describe block, as every browser suite starts them: both
 * before the first test, both closed after the last (the browser first), also when start-up failed
 * half-way. Call it in the describe body; read `server` and `browser` in tests and hooks.
 * A suite without `routes` starts no server.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { reportTiming } from '../../../scripts/browsers/steps';
import { type Route, startTestServer, type TestServer } from './test-server';

type Routes = Readonly<Record<string, Route>>;

export interface SuiteOptions<B> {
  /** The test server's routes, or what builds them first (e.g. signs a JWT a cookie carries). */
  routes?: Routes | (() => Promise<Routes>);
  launch: () => Promise<B>;
  /** Reports the server start and launch under this label; no report without one. */
  timing?: string;
  /**
   * The extension's errors over the whole suite, asserted empty after the last test. Read before the
   * browser closes (a closed document can no longer replay its errors), asserted once all is closed.
   */
  errorsAtEnd?: (browser: B) => Promise<SuiteErrors>;
}

export interface SuiteErrors {
  errors: readonly unknown[];
  /** Says what was judged, and each error where the list alone would not. */
  message: string;
}

export interface BrowserSuite<B> {
  readonly server: TestServer;
  readonly browser: B;
}

export function browserSuite<B extends { close(): Promise<void> }>(
  options: SuiteOptions<B>,
): BrowserSuite<B> {
  let server: TestServer | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    const t0 = performance.now();
    const routes = typeof options.routes === 'function' ? await options.routes() : options.routes;
    if (routes) server = await startTestServer(routes);
    browser = await options.launch();
    if (options.timing) reportTiming(options.timing, t0);
  });
  afterAll(async () => {
    let end: SuiteErrors | undefined;
    try {
      if (browser && options.errorsAtEnd) end = await options.errorsAtEnd(browser);
    } finally {
      await browser?.close();
      await server?.close();
    }
    if (end) expect(end.errors, end.message).toEqual([]);
  });
  return {
    get server() {
      if (!server) throw new Error('no test server: give the suite routes, and read it in a test or a hook');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched: read it in a test or a hook');
      return browser;
    },
  };
}
