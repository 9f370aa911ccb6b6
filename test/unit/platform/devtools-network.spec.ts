import { afterEach, describe, expect, test } from 'vitest';
import { devtoolsNetworkSource } from '../../../src/platform/devtools-network.ts';

type HarCallback = (log: { entries: unknown[] } | undefined) => void;

/** chrome.devtools.network.getHAR answering `log`, with `lastError` set during the callback (Firefox). */
function stubChrome(log: { entries: unknown[] } | undefined, lastError?: { message: string }) {
  const runtime: { lastError?: { message: string } } = {};
  (globalThis as { chrome?: unknown }).chrome = {
    runtime,
    devtools: {
      network: {
        getHAR(cb: HarCallback) {
          if (lastError) runtime.lastError = lastError;
          cb(log);
          delete runtime.lastError;
        },
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('devtoolsNetworkSource().backfill', () => {
  test("resolves with the HAR's entries", async () => {
    stubChrome({ entries: [{ request: { url: 'https://a.test/' } }] });
    expect(await devtoolsNetworkSource().backfill()).toEqual([{ request: { url: 'https://a.test/' } }]);
  });

  test('rejects when getHAR fails with lastError (Firefox, while the toolbox moves)', async () => {
    stubChrome(undefined, { message: 'An unexpected error occurred' });
    await expect(devtoolsNetworkSource().backfill()).rejects.toThrow(
      'getHAR failed: An unexpected error occurred',
    );
  });
});
