// WebKit suite (tests/webkit): one GJS process under xvfb-run loads every page; see tests/webkit/README.md.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/webkit/**/*.webkit.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
