// Real-browser suite (tests/e2e): one file per browser, run one after the other so the two browsers
// never compete for the 2 CI cores. Unit tests keep their own config (vitest.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    // Scenarios marked concurrent (the page catalogue) share the one browser, a few tabs at a time.
    maxConcurrency: Number(process.env.E2E_CONCURRENCY ?? 4),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The timing reporter prints each browser's suite time after the summary.
    reporters: ['default', './tests/e2e/timing-reporter.ts'],
  },
});
