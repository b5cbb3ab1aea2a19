// CHANGELOG.md: one "## <version> — <date>" section per release, newest first.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The body of the version's section, trimmed; null when the changelog has none. */
export function changelogSection(text, version) {
  const sections = text.split(/^## /m).slice(1);
  const mine = sections.find((s) => s.split(/[\s—]/)[0] === version);
  return mine ? mine.slice(mine.indexOf('\n') + 1).trim() || null : null;
}

export function readVersion(root) {
  return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
}

export function releaseNotes(root, version = readVersion(root)) {
  return changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
}
