// @vitest-environment node
// Docs that can drift from the code are held to it here: the cause priority table of
// docs/AMAZON-SIGNIN.md follows the registry, and no file cites a document the repository lacks.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/detect/causes/index';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The causes of a "| order | cause |" table, in its order. */
function priorityTable(markdown: string): string[] {
  const header = markdown.indexOf('| order | cause |');
  expect(header).toBeGreaterThan(-1);
  const rows = markdown.slice(header).split('\n\n')[0]!.split('\n').slice(2);
  return rows.map((row) => /^\| *\d+ *\| *`([a-z-]+)`/.exec(row)?.[1] ?? `unreadable row: ${row}`);
}

describe('docs that follow the code', () => {
  it('AMAZON-SIGNIN lists every cause in the order the rules run', () => {
    const doc = readFileSync(path.join(repo, 'docs/AMAZON-SIGNIN.md'), 'utf8');
    expect(priorityTable(doc)).toEqual(CAUSES.map((rule) => rule.id));
  });

  it('the table reader sees a missing or misplaced row', () => {
    const table = '| order | cause |\n|---|---|\n| 1 | `captcha` |\n| 2 | `wrong-password` |\n\nafter';
    expect(priorityTable(table)).toEqual(['captcha', 'wrong-password']);
  });

  it('no tracked file cites the product brief, which is not in the repository', () => {
    const name = ['PRODUCT', 'md'].join('.'); // spelt in pieces so this file does not cite it
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0');
    const citing = files.filter((file) => {
      const full = path.join(repo, file);
      return file && existsSync(full) && readFileSync(full).includes(name);
    });
    // Once the repository has its own, citing it is fine.
    expect(existsSync(path.join(repo, name)) ? [] : citing).toEqual([]);
  });
});
