// The packages' zip writer: the same files give the same bytes whatever their order or the clock, and
// what it writes reads back (here and with any unzip: standard headers, deflate or stored).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { trackedFiles } from '../../scripts/release/packages.mjs';
import { differences } from '../../scripts/release/rebuild.mjs';
import { readZip, writeZip } from '../../scripts/release/zip.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = [
  { path: 'manifest.json', data: Buffer.from('{"version":"1.2.3"}\n') },
  { path: 'popup/popup.js', data: Buffer.from('console.log(1);\n'.repeat(200)) },
  { path: '_locales/ja/messages.json', data: Buffer.from('{"extName":{"message":"サインインヘルパー"}}') },
  { path: '.ci/run', data: Buffer.from('#!/usr/bin/env bash\n'), executable: true },
];

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('writeZip', () => {
  it('gives the same bytes for the same files in any order, at any time', () => {
    const first = writeZip(files);
    vi.useFakeTimers({ now: new Date('2031-07-04T12:00:00Z') });
    try {
      expect(writeZip([...files].reverse()).equals(first)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads back every file, its bytes and its executable bit, sorted by path', () => {
    const back = readZip(writeZip(files));
    expect(back.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
    for (const f of files) {
      const read = back.find((b) => b.path === f.path)!;
      expect(read.data.equals(f.data), f.path).toBe(true);
      expect(read.executable, f.path).toBe(!!f.executable);
    }
  });

  it('refuses the same path twice', () => {
    expect(() => writeZip([files[0]!, files[0]!])).toThrow(/twice/);
  });

  it.runIf(hasUnzip)('writes a zip unzip accepts, with the 1980 timestamp and 755 for executables', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
    try {
      writeFileSync(path.join(dir, 'a.zip'), writeZip(files));
      expect(execFileSync('unzip', ['-t', 'a.zip'], { cwd: dir, encoding: 'utf8' })).toMatch(/No errors detected/);
      const listing = execFileSync('unzip', ['-Z', 'a.zip'], { cwd: dir, encoding: 'utf8' });
      expect(listing).toMatch(/-rwxr-xr-x .* 80-Jan-01 00:00 \.ci\/run/);
      expect(listing).toMatch(/-rw-r--r-- .* manifest\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the sources zip', () => {
  it('holds the tracked files only, with their executable bits', () => {
    const tracked = trackedFiles(repo);
    const paths = tracked.map((f) => f.path);
    expect(paths).toContain('package-lock.json');
    expect(paths.some((p) => p.startsWith('node_modules/') || p.startsWith('dist/'))).toBe(false);
    expect(tracked.find((f) => f.path === '.ci/run')?.executable).toBe(true);
    expect(tracked.find((f) => f.path === 'package.json')?.executable).toBe(false);
  });
});

describe('the rebuild comparison', () => {
  it('names every file missing, extra or changed in a rebuilt folder, and nothing when identical', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rebuild-test-'));
    try {
      for (const f of files) {
        mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
        writeFileSync(path.join(dir, f.path), f.data);
      }
      expect(differences(files, dir)).toEqual([]);
      writeFileSync(path.join(dir, 'manifest.json'), '{"version":"1.2.4"}\n');
      writeFileSync(path.join(dir, 'stray.js'), '');
      rmSync(path.join(dir, 'popup/popup.js'));
      expect(differences(files, dir).sort()).toEqual([
        'manifest.json: differs',
        'popup/popup.js: in the package, not in the rebuild',
        'stray.js: in the rebuild, not in the package',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
