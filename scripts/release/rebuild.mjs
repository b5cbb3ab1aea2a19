// The reviewer's rebuild: the sources zip unpacked into an empty folder, `npm ci && npm run build` there
// (the commands its README-REVIEWERS.md gives), and the result compared file by file with the packages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { folderFiles } from './packages.mjs';
import { readZip } from './zip.mjs';

/** Unpacks the sources zip into a new temporary folder and builds there; returns the folder. */
export function rebuildFromSources(sourcesZip) {
  const dir = mkdtempSync(path.join(tmpdir(), 'signin-helper-rebuild-'));
  for (const file of readZip(sourcesZip)) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.data, { mode: file.executable ? 0o755 : 0o644 });
  }
  const run = (args) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  run(['run', 'build']);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** How a built folder differs from a package's files: missing, extra and changed paths; [] when identical. */
export function differences(packaged, builtDir) {
  const built = new Map(folderFiles(builtDir).map((f) => [f.path, f.data]));
  const problems = [];
  for (const file of packaged) {
    const mine = built.get(file.path);
    if (!mine) problems.push(`${file.path}: in the package, not in the rebuild`);
    else if (!mine.equals(file.data)) problems.push(`${file.path}: differs`);
    built.delete(file.path);
  }
  for (const extra of built.keys()) problems.push(`${extra}: in the rebuild, not in the package`);
  return problems;
}
