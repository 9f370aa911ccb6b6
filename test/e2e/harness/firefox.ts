/**
 * Firefox ESR with the real extension (dist/firefox), driven over WebDriver BiDi with `ws` directly
 * (no geckodriver; ../shared/E2E.md). Headless always; a fresh profile per launch, removed on close.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BidiConnection, fromRemoteValue, type RemoteValue } from './bidi-connection';
import { findFirefox } from './browser-paths';
import { distDir } from './extension-build';
import { createFirefoxProfile, EXTENSION_UUID } from './firefox-profile';
import { step, withTimeout } from './steps';

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
  /** Same, in the browser window's privileged chrome scope (needs --remote-allow-system-access). */
  evaluateInChrome<T = unknown>(expression: string): Promise<T>;
  /** Last lines Firefox printed, for failure messages. */
  output(): string;
  /** Ends the BiDi session, stops Firefox (SIGINT, then SIGKILL of its process group), removes the profile. */
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Unpacked extension folder; default dist/firefox (build it first: `npx tsx scripts/build.ts`). */
  extensionDir?: string;
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
): { child: ChildProcess; output: () => string; wsUrl: Promise<string> } {
  const child = spawn(
    binary,
    [
      '--headless',
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
  const wsUrl = new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > OUTPUT_LINES) lines.shift();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
        if (match?.[1]) resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `firefox exited (code ${code}, signal ${signal}) before BiDi listened:\n${lines.join('\n')}`,
        ),
      ),
    );
  });
  return { child, output: () => lines.join('\n'), wsUrl };
}

async function stopFirefox(child: ChildProcess, bidi: BidiConnection | undefined): Promise<void> {
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  if (bidi) {
    await bidi.send('browser.close', {}, 5_000).catch(() => {});
    bidi.close();
  }
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
  const profileDir = createFirefoxProfile();
  const { child, output, wsUrl } = startFirefox(binary, profileDir);
  if (child.pid !== undefined) running.add(child.pid);
  let bidi: BidiConnection | undefined;
  const cleanUp = async () => {
    await stopFirefox(child, bidi);
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const url = await step('firefox', `start ${binary} and wait for "WebDriver BiDi listening"`, () =>
      withTimeout(wsUrl, 30_000, 'no "WebDriver BiDi listening" line'),
    );
    bidi = await step('firefox', `connect to ${url}/session`, () => BidiConnection.connect(`${url}/session`));
    const connection = bidi;
    await step('firefox', 'session.new', () =>
      connection.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } }),
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
    let chromeContext: string | undefined;
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
        if (!chromeContext) {
          const { contexts } = await connection.send<{ contexts: { context: string }[] }>(
            'browsingContext.getTree',
            {
              maxDepth: 0,
              'moz:scope': 'chrome',
            },
          );
          chromeContext = contexts[0]?.context;
          if (!chromeContext)
            throw new Error('no chrome-scope browsing context (is --remote-allow-system-access set?)');
        }
        return evaluateIn<T>(chromeContext, expression);
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
