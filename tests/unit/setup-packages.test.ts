// One list of what the tests need from Debian (.ci/debian-packages): CI's script installs it and the
// README's Set-up line installs it, so a newcomer's machine and CI can't drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');
const packages = read('.ci/debian-packages')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);

describe('the Debian packages the tests need', () => {
  it('are listed one a line, as Debian names them', () => {
    expect(packages.length).toBeGreaterThan(5);
    for (const name of packages) expect(name).toMatch(/^[a-z0-9][a-z0-9+.-]+$/);
    expect(new Set(packages).size).toBe(packages.length);
  });

  it('are what .ci/run installs, read from the list and named nowhere else in it', () => {
    const run = read('.ci/run');
    expect(run).toContain('.ci/debian-packages');
    const code = run.replace(/#.*$/gm, '');
    expect(
      packages.filter((name) => new RegExp(`(^|[\\s"'(])${name.replace(/[.+]/g, '\\$&')}([\\s"')]|$)`, 'm').test(code)),
    ).toEqual([]);
  });

  it("are what the README's one Set-up line installs", () => {
    const lines = read('README.md')
      .split('\n')
      .filter((line) => line.includes('apt-get install'));
    expect(lines).toEqual([
      "sudo apt-get update && sudo apt-get install -y --no-install-recommends $(sed 's/#.*//' .ci/debian-packages)",
    ]);
  });
});
