// Runs one of the project's TypeScript programs (demo, bench, diagnose): `node scripts/run-ts.mjs
// ENTRY.ts [args…]`. No TypeScript runner is installed; esbuild is, and it is what the build uses.
// The bundle goes to .tmp/<name>/, two levels below the repo, because tests/e2e/env.ts finds the repo
// from its own location (import.meta.url), which in a bundle is the bundle's.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles entry (a path from the repo) into .tmp/<its folder's name>/; returns the bundle's path.
 *  The file name carries the process id, so programs run side by side never share a bundle. */
export async function bundleTs(entry) {
  const name = path.basename(path.dirname(path.resolve(repo, entry)));
  const outfile = path.join(repo, '.tmp', name, `${name}-${process.pid}.mjs`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.resolve(repo, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external', // playwright-core, jsdom, esbuild stay in node_modules, found from .tmp/<name> upwards
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs ENTRY.ts [args…]');
    process.exit(1);
  }
  const outfile = await bundleTs(entry);
  process.setSourceMapsEnabled(true); // errors point at the .ts lines
  process.argv = [process.argv[0], outfile, ...rest];
  try {
    await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true }); // loaded by now: one bundle per run would pile up in .tmp/
  }
}
