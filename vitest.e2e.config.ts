import { defineConfig } from 'vitest/config';

// Real browsers (test/e2e/README.md): one file at a time in forked processes, long timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Real browsers on a loaded CI machine: a test may run once more after a failure. A pass on the
    // retry is never silent: scripts/test.ts lists it under "flaky" with the first attempt's error,
    // and the summary line counts it.
    retry: 1,
  },
});
