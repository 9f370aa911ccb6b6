import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Unit, corpus and UI tests. Real-browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: [
      'test/unit/**/*.spec.{ts,tsx}',
      'test/corpus/**/*.spec.ts',
      'test/ui/**/*.spec.{ts,tsx}',
      'src/**/*.spec.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
