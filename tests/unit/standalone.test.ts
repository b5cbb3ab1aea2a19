// The repository stands alone: a clone with nothing beside it builds, tests and explains itself. So no
// tracked file may read or link the team's workbench folder next to the clone, and the real captures
// the tests read (tests/fixtures/captures) never end up in the built extension.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAPTURES } from '../fixtures/captures/index';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Spelt in pieces so this file does not match itself.
const WORKBENCH = ['..', 'shared'].join('/');
const WORKBENCH_PATHS = new RegExp(`${WORKBENCH.replace(/\./g, '\\.')}\\b|\\bshared/(fixtures|research|seed|PRODUCT)`);

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' });
  return out.split('\0').filter((file) => file && existsSync(path.join(repo, file)));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the repository stands alone', () => {
  it('no tracked file reads or links the workbench folder beside the clone', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => {
      const bytes = readFileSync(path.join(repo, file));
      if (bytes.includes(0)) return false; // binary: images
      return WORKBENCH_PATHS.test(bytes.toString('utf8'));
    });
    expect(offenders).toEqual([]);
  });

  it('the pattern finds a workbench path when one is there', () => {
    expect(WORKBENCH_PATHS.test(`see ${WORKBENCH}/research/notes.md`)).toBe(true);
    expect(WORKBENCH_PATHS.test(`path.resolve(repo, "${WORKBENCH}/fixtures")`)).toBe(true);
    expect(WORKBENCH_PATHS.test('tests/fixtures/captures/signin.html')).toBe(false);
  });

  it('every capture in the index is in the repository, and every capture file is in the index', () => {
    const dir = path.join(repo, 'tests/fixtures/captures');
    const onDisk = readdirSync(dir).filter((name) => name.endsWith('.html'));
    expect(onDisk.sort()).toEqual(CAPTURES.map((c) => c.file).sort());
  });

  it.each(['chrome', 'firefox', 'safari'])('dist/%s holds no capture and nothing from tests/', (target) => {
    const dist = path.join(repo, 'dist', target);
    expect(existsSync(dist), 'dist/ is missing: npm test builds before the unit tests; run npm run build').toBe(true);
    const names = filesUnder(dist).map((file) => path.relative(dist, file));
    const captureNames = new Set(CAPTURES.map((c) => c.file));
    expect(names.filter((name) => captureNames.has(path.basename(name)) || name.startsWith('tests'))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.html')).sort()).toEqual(['options/options.html', 'popup/popup.html']);
  });
});
