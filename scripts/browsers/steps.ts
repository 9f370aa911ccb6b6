/**
 * Named steps, waits and timings for e2e tests. A failure says which browser and which step
 * ("chromium: DevTools panel 'Cookies' never registered after 15 s"), so a red CI run reads like a
 * diagnosis instead of a bare timeout.
 */

export type BrowserName = 'chromium' | 'firefox';

export class E2eStepError extends Error {
  override name = 'E2eStepError';
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Set E2E_TRACE=1 to print every step with its duration. */
const trace = process.env.E2E_TRACE === '1';

/** Runs one step; a failure is rethrown as "<browser>: <what>: <cause>". */
export async function step<T>(browser: BrowserName, what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const value = await run();
    if (trace) console.info(`[e2e] ${browser}: ${what} (${Math.round(performance.now() - started)} ms)`);
    return value;
  } catch (error) {
    if (error instanceof E2eStepError) throw error;
    throw new E2eStepError(`${browser}: ${what}: ${reason(error)}`, { cause: error });
  }
}

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls until `probe` returns a value other than undefined/null/false. Used only to wait for a
 * specific state (a count reaching N, a panel registered), never as a blind retry. On timeout the
 * error carries `failure` plus the last observed value, so the message shows what was seen instead.
 */
export async function pollUntil<T>(
  failure: string,
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 15_000, intervalMs = 100 }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seconds = Math.round(timeoutMs / 100) / 10;
      const last = lastError === undefined ? '' : ` (last error: ${reason(lastError)})`;
      throw new E2eStepError(`${failure} after ${seconds} s${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits until the panel shows exactly `expected` in `[data-testid=<testId>]`, read by `read` (each
 * browser reaches the panel's document its own way); returns the text. A timeout names the last text seen.
 */
export async function waitForTestIdText(
  browser: BrowserName,
  testId: string,
  expected: string,
  read: () => Promise<string | null>,
  timeoutMs = 10_000,
): Promise<string> {
  let last: string | null = null;
  return step(browser, `panel [data-testid=${testId}] shows "${expected}"`, () =>
    pollUntil(
      `[data-testid=${testId}] never showed "${expected}"`,
      async () => {
        last = await read();
        return last === expected ? last : false;
      },
      { timeoutMs },
    ).catch((error: Error) => {
      throw new Error(`${error.message}; last seen ${JSON.stringify(last)}`);
    }),
  );
}

/** Rejects with `failure` if `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new E2eStepError(`${failure} after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Prints how long each test took (vitest's default reporter shows only files). */
export function reportTiming(label: string, startedAt: number): void {
  console.info(`[e2e] ${label}: ${Math.round(performance.now() - startedAt)} ms`);
}
