#!/usr/bin/env node
// Runs the browser benchmark (bench/browser/main.ts). It reuses the e2e suite's TypeScript drivers
// and server, so it is bundled first (esbuild, packages left external) into .tmp/bench/, two levels
// below the repo: tests/e2e/env.ts finds the repo from its own location, and so still does.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(repo, '.tmp/bench/browser-bench.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
await build({
  entryPoints: [path.join(repo, 'bench/browser/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
