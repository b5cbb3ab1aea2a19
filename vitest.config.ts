import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: { 'webextension-polyfill': fileURLToPath(new URL('tests/unit/polyfill-stub.ts', import.meta.url)) },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // A guard against hangs, not a speed limit: jsdom on a busy 2-core machine can take seconds per page.
    testTimeout: 30_000,
  },
});
