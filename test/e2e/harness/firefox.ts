/**
 * Firefox ESR with the real extension (dist/firefox), driven over WebDriver BiDi with `ws` directly
 * (no geckodriver; test/e2e/README.md). Headless always; a fresh profile per launch, removed on close.
 *
 * The session is created over Marionette with `webSocketUrl: true` (as geckodriver does), and BiDi
 * joins that same session: Firefox allows one WebDriver session, and Marionette's chrome context is
 * the only privileged route that works on ESR 140 as well as ESR 153 (marionette-connection.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BidiConnection, fromRemoteValue, type RemoteValue } from '../../../scripts/browsers/bidi-connection';
import { assertSupported } from '../../../scripts/browsers/browser-minimums';
import { findFirefox } from '../../../scripts/browsers/browser-paths';
import { distDir } from '../../../scripts/browsers/extension-build';
import { createFirefoxProfile, EXTENSION_UUID } from '../../../scripts/browsers/firefox-profile';
import { step, withTimeout } from '../../../scripts/browsers/steps';
import { MarionetteConnection } from './marionette-connection';

export interface FirefoxWithExtension {
  bidi: BidiConnection;
  /** The add-on id webExtension.install answered with (the manifest's gecko id). */
  extensionId: string;
  /** `moz-extension://<fixed uuid>/` */
  extensionOrigin: string;
  /** BiDi context id of the tab the tests drive. */
  context: string;
  /** Navigates a content context (default: the test tab) and waits for its load event. */
  navigate(url: string, context?: string): Promise<void>;
  /** Evaluates an expression (awaiting a returned promise) in a BiDi context; returns plain JS. */
  evaluateIn<T = unknown>(context: string, expression: string): Promise<T>;
  /** Same, in the browser window's privileged chrome scope (Marionette; needs --remote-allow-system-access). */
  evaluateInChrome<T = unknown>(expression: string): Promise<T>;
  /** Last lines Firefox printed, for failure messages. */
  output(): string;
  /** Ends the BiDi session, stops Firefox (SIGINT, then SIGKILL of its process group), removes the profile. */
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Unpacked extension folder; default dist/firefox (build it first: `npx tsx scripts/build.ts`). */
  extensionDir?: string;
  /** Extra user.js prefs for this run (e.g. `network.cookie.cookieBehavior`). */
  prefs?: Readonly<Record<string, string | number | boolean>>;
  /** Let pages with self-signed certificates load (a local https test server). */
  acceptInsecureCerts?: boolean;
}

const OUTPUT_LINES = 80; // bounded tail of Firefox's stdout/stderr for diagnostics

/** Firefox runs in its own process group (so close() can end all of it): if this process exits
 * without close() (a crash, a killed worker), take the group down too. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

function startFirefox(
  binary: string,
  profileDir: string,
): { child: ChildProcess; output: () => string; marionettePort: Promise<number> } {
  const child = spawn(
    binary,
    [
      '--headless',
      // Marionette on the port of `marionette.port` (0 = a free one, printed as "Listening on port N").
      '--marionette',
      // Port 0: Firefox picks a free port and prints it, so two runs never race for one.
      '--remote-debugging-port',
      '0',
      '--remote-allow-system-access',
      '--no-remote',
      '--profile',
      profileDir,
      'about:blank',
    ],
    {
      // Its own process group, so close() can end Firefox and all its content processes at once.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
    },
  );
  const lines: string[] = [];
  const marionettePort = new Promise<number>((resolvePort, reject) => {
    let bidiListening = false;
    let port = 0;
    const onData = (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > OUTPUT_LINES) lines.shift();
        if (/WebDriver BiDi listening on ws:\/\//.test(line)) bidiListening = true;
        const match = /Marionette\s+INFO\s+Listening on port (\d+)/.exec(line);
        if (match?.[1]) port = Number(match[1]);
        // Both servers up: the Marionette session's webSocketUrl is then served.
        if (bidiListening && port > 0) resolvePort(port);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `firefox exited (code ${code}, signal ${signal}) before BiDi and Marionette listened:\n${lines.join('\n')}`,
        ),
      ),
    );
  });
  return { child, output: () => lines.join('\n'), marionettePort };
}

async function stopFirefox(
  child: ChildProcess,
  bidi: BidiConnection | undefined,
  marionette: MarionetteConnection | undefined,
): Promise<void> {
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  if (bidi) {
    await bidi.send('browser.close', {}, 5_000).catch(() => {});
    bidi.close();
  }
  marionette?.close();
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // SIGINT, not SIGTERM: SIGTERM once left Firefox running (E2E.md).
  if (child.exitCode === null) killGroup('SIGINT');
  await withTimeout(exited, 5_000, 'firefox exit').catch(() => killGroup('SIGKILL'));
  // Content processes share the group: make sure none outlives the test file.
  killGroup('SIGKILL');
  if (child.pid !== undefined) running.delete(child.pid);
}

export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = resolve(options.extensionDir ?? distDir('firefox'));
  const binary = findFirefox();
  const profileDir = createFirefoxProfile(undefined, options.prefs);
  const { child, output, marionettePort } = startFirefox(binary, profileDir);
  if (child.pid !== undefined) running.add(child.pid);
  let bidi: BidiConnection | undefined;
  let marionette: MarionetteConnection | undefined;
  const cleanUp = async () => {
    await stopFirefox(child, bidi, marionette);
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const port = await step(
      'firefox',
      `start ${binary} and wait for "WebDriver BiDi listening" and Marionette's port`,
      () => withTimeout(marionettePort, 30_000, 'no "WebDriver BiDi listening" or Marionette port line'),
    );
    marionette = await step('firefox', `connect to Marionette on port ${port}`, () =>
      MarionetteConnection.connect(port),
    );
    const privileged = marionette;
    // Marionette takes the capabilities as the parameters themselves (no W3C `capabilities` wrapper).
    const created = await step('firefox', 'WebDriver:NewSession with webSocketUrl', () =>
      privileged.send<{ capabilities: { webSocketUrl?: string; browserVersion?: string } }>(
        'WebDriver:NewSession',
        { webSocketUrl: true, acceptInsecureCerts: options.acceptInsecureCerts === true },
      ),
    );
    const version = created.capabilities.browserVersion ?? '?';
    await step('firefox', `version ${version} is supported`, async () => assertSupported('firefox', version));
    const wsUrl = created.capabilities.webSocketUrl;
    if (!wsUrl) throw new Error('Marionette gave no webSocketUrl: this Firefox has no WebDriver BiDi');
    bidi = await step('firefox', `connect to ${wsUrl}`, () => BidiConnection.connect(wsUrl));
    const connection = bidi;
    await step('firefox', "Marionette's chrome context (system access)", () =>
      privileged.send('Marionette:SetContext', { value: 'chrome' }),
    );
    const { extension } = await step('firefox', `webExtension.install ${extensionDir}`, () =>
      connection.send<{ extension: string }>('webExtension.install', {
        extensionData: { type: 'path', path: extensionDir },
      }),
    );
    const context = await step('firefox', 'find the tab (browsingContext.getTree)', async () => {
      const { contexts } = await connection.send<{ contexts: { context: string }[] }>(
        'browsingContext.getTree',
        {
          maxDepth: 0,
        },
      );
      const first = contexts[0]?.context;
      if (!first) throw new Error('no top-level browsing context');
      return first;
    });

    const evaluateIn = async <T>(target: string, expression: string): Promise<T> => {
      const result = await connection.send<{
        type: string;
        result?: RemoteValue;
        exceptionDetails?: { text: string };
      }>(
        'script.evaluate',
        { expression, target: { context: target }, awaitPromise: true, resultOwnership: 'none' },
        30_000,
      );
      if (result.type === 'exception')
        throw new Error(`script error: ${result.exceptionDetails?.text ?? '?'}`);
      return fromRemoteValue(result.result ?? { type: 'undefined' }) as T;
    };
    let closed = false;
    return {
      bidi: connection,
      extensionId: extension,
      extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
      context,
      output,
      async navigate(to, target = context) {
        await connection.send(
          'browsingContext.navigate',
          { context: target, url: to, wait: 'complete' },
          20_000,
        );
      },
      evaluateIn,
      async evaluateInChrome<T>(expression: string) {
        // The browser window's chrome scope; a returned promise is awaited (WebDriver Execute Script).
        const { value } = await privileged.send<{ value: T }>(
          'WebDriver:ExecuteScript',
          { script: `return (${expression});`, args: [] },
          60_000,
        );
        return value;
      },
      async close() {
        if (closed) return;
        closed = true;
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    if (error instanceof Error) error.message += `\n--- firefox output ---\n${output()}`;
    throw error;
  }
}
