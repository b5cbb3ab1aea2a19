// One address for page reports everywhere: package.json "bugs", the popup (ISSUES_URL), README, PRIVACY.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { ISSUES_URL } from '../../../src/page-report';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

it('package.json bugs, the popup, README and PRIVACY name the same issue tracker, and no other', () => {
  expect(JSON.parse(read('package.json')).bugs.url).toBe(ISSUES_URL);
  for (const doc of ['README.md', 'PRIVACY.md']) {
    expect(read(doc), doc).toContain(ISSUES_URL);
    const trackers = read(doc).match(/https:\/\/github\.com\/[^\s)>\]]+\/issues/g) ?? [];
    expect(new Set(trackers), doc).toEqual(new Set([ISSUES_URL]));
  }
});
