// The four store packages, deterministic: the Chrome Web Store / Edge Add-ons zip, the Firefox Add-ons
// zip, the Safari zip (the web-extension part of the Safari app: unzip it and give the folder to
// Apple's converter on a Mac, docs/SAFARI.md) and the sources zip AMO review asks for: every tracked
// file as it is in the work tree, plus README-REVIEWERS.md (store/sources-readme.md, filled in).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeZip } from './zip.mjs';

/** Package file names for a version; `chrome` is uploaded to Edge Add-ons too. */
export const packageNames = (version) => ({
  chrome: `signin-helper-${version}-chrome.zip`,
  firefox: `signin-helper-${version}-firefox.zip`,
  safari: `signin-helper-${version}-safari.zip`,
  sources: `signin-helper-${version}-sources.zip`,
});
export const REVIEWER_README = 'README-REVIEWERS.md';

/** Every file under dir, relative paths with forward slashes. */
export function folderFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { path: path.relative(dir, full).split(path.sep).join('/'), data: readFileSync(full) };
    });
}

/** Tracked files (git ls-files) with their executable bit; a tracked file deleted in the work tree is left out. */
export function trackedFiles(root) {
  const listing = execFileSync('git', ['ls-files', '--stage', '-z'], { cwd: root, encoding: 'utf8' });
  return listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t');
      return { path: file, executable: meta.startsWith('100755') };
    })
    .filter((f) => existsSync(path.join(root, f.path)))
    .map((f) => ({ ...f, data: readFileSync(path.join(root, f.path)) }));
}

/** The reviewers' build notes with this version and the Node and npm the package was made with. */
export function reviewerReadme(root, version) {
  const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  const text = readFileSync(path.join(root, 'store/sources-readme.md'), 'utf8')
    .replaceAll('{version}', version)
    .replaceAll('{node}', process.versions.node)
    .replaceAll('{npm}', npmVersion);
  return Buffer.from(text);
}

/** Zips dist/<target> for each browser and the sources; returns { target: Buffer }. Run the build first. */
export function makePackages(root, version) {
  const dist = (target) => writeZip(folderFiles(path.join(root, 'dist', target)));
  const sources = [...trackedFiles(root), { path: REVIEWER_README, data: reviewerReadme(root, version) }];
  return { chrome: dist('chrome'), firefox: dist('firefox'), safari: dist('safari'), sources: writeZip(sources) };
}
