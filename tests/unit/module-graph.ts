// The source files a bundle is built from, as esbuild's metafile lists them (repository-relative).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module the bundle of `entry` (a path from the repository root) takes in. */
export async function moduleGraph(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(repo, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    outfile: 'out.js',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}
