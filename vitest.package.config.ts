import { defineConfig } from 'vitest/config';

// The packed npm package in a temporary consumer project (test/package): its own stage of `npm test`,
// because `npm pack` rebuilds dist/lib, which the CLI unit tests spawn.
export default defineConfig({
  test: {
    include: ['test/package/**/*.spec.ts'],
    // One at a time: both rebuild parts of dist/.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
