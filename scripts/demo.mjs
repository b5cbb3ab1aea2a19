// `npm run demo` entry: bundles scripts/demo/main.ts (which imports the e2e harness in tests/e2e) with
// esbuild and runs it. No TypeScript runner is installed; esbuild is, and it is what the build uses.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below the repo on purpose: tests/e2e/env.ts finds the repo as import.meta.url + '../..',
// and in a bundle import.meta.url is the bundle's own location.
const outdir = path.join(root, '.tmp', 'demo');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, 'demo.mjs');

await esbuild.build({
  entryPoints: [path.join(root, 'scripts/demo/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // playwright-core stays in node_modules, resolved from .tmp/demo upwards
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.setSourceMapsEnabled(true); // errors point at the .ts lines
await import(pathToFileURL(outfile).href);
