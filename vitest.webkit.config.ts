// WebKit suite (tests/webkit): one GJS process under xvfb-run loads every page; see tests/webkit/README.md.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { viteLocaleTables } from './scripts/locale-tables.mjs';

export default defineConfig({
  plugins: [viteLocaleTables(fileURLToPath(new URL('.', import.meta.url)))],
  test: {
    environment: 'node',
    include: ['tests/webkit/**/*.webkit.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
