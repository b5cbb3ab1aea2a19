// npm run release [-- --dry-run] [--tag vX.Y.Z]: everything a release needs, checked in order, then
// the store uploads (scripts/release/upload.ts; none with --dry-run). Runs in CI on every push with
// --dry-run (.github/workflows/ci.yml) and on a v* tag for real (.github/workflows/release.yml).
// Writes artifacts/packages/, artifacts/store-images/ and artifacts/release-notes.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MARKETPLACES } from '../../src/marketplaces';
import { REPO } from '../../tests/e2e/env';
import { STORE_IMAGES } from '../demo/store-images';
import { changelogSection, readVersion } from './changelog.mjs';
import { readJustifications, unjustified } from './justifications.mjs';
import { LISTING_LANGUAGES, listingProblems } from './listings.mjs';
import { folderFiles, makePackages, packageNames, REVIEWER_README, trackedFiles } from './packages.mjs';
import { differences, rebuildFromSources } from './rebuild.mjs';
import { missingSecrets, UPLOADS } from './upload';
import { readZip, writeZip } from './zip.mjs';

const dryRun = process.argv.includes('--dry-run');
const tagArg = process.argv[process.argv.indexOf('--tag') + 1];
const tag = process.argv.includes('--tag')
  ? tagArg
  : process.env.GITHUB_REF_TYPE === 'tag'
    ? process.env.GITHUB_REF_NAME
    : undefined;
const version = readVersion(REPO);
const artifacts = path.join(REPO, 'artifacts');
const names = packageNames(version);
const packagePath = (target: keyof typeof names) => path.join(artifacts, 'packages', names[target]);
const TARGETS = ['chrome', 'firefox', 'safari'] as const;

/** Runs a step, prints its time; a step returns its problems (or throws). */
async function step(name: string, fn: () => string[] | Promise<string[]>): Promise<void> {
  const start = Date.now();
  console.log(`\n▶ ${name}`);
  const problems = await fn();
  const took = `${((Date.now() - start) / 1000).toFixed(1)} s`;
  if (problems.length) throw new Error(`✗ ${name} (${took}):\n  ${problems.join('\n  ')}`);
  console.log(`✓ ${name} (${took})`);
}

const checkVersion = (): string[] => {
  const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8'));
  return [
    ...(/^\d+\.\d+\.\d+$/.test(version)
      ? []
      : [`package.json version ${version} is not x.y.z (what all stores accept)`]),
    ...(lock.version === version ? [] : [`package-lock.json says ${lock.version}: run npm install`]),
    ...(tag && tag !== `v${version}` ? [`tag ${tag} is not v${version}`] : []),
  ];
};

const checkChangelog = (): string[] => {
  const notes = changelogSection(readFileSync(path.join(REPO, 'CHANGELOG.md'), 'utf8'), version);
  if (!notes) return [`CHANGELOG.md has no "## ${version}" section`];
  writeFileSync(path.join(artifacts, 'release-notes.md'), `${notes}\n`);
  return [];
};

const checkTexts = (): string[] => {
  const justifications = readJustifications(REPO);
  return [
    ...listingProblems(REPO),
    ...TARGETS.flatMap((t) => {
      const manifest = JSON.parse(readFileSync(path.join(REPO, 'dist', t, 'manifest.json'), 'utf8'));
      return unjustified(manifest, justifications, MARKETPLACES).map(
        (p) => `${t}: ${p} has no reason in store/permissions.json`,
      );
    }),
  ];
};

const checkPackages = (): string[] => {
  execFileSync('node', ['scripts/package.mjs'], { cwd: REPO, stdio: 'inherit' });
  const problems: string[] = [];
  for (const t of TARGETS) {
    const files = readZip(readFileSync(packagePath(t)));
    const manifest = JSON.parse(files.find((f) => f.path === 'manifest.json')?.data.toString() ?? '{}');
    if (manifest.version !== version) problems.push(`${names[t]}: manifest version ${manifest.version}`);
    problems.push(...differences(files, path.join(REPO, 'dist', t)).map((d) => `${names[t]} vs dist/${t}: ${d}`));
  }
  const sources = readZip(readFileSync(packagePath('sources'))).map((f) => f.path);
  const expected = [...trackedFiles(REPO).map((f) => f.path), REVIEWER_README].sort();
  if (JSON.stringify(sources) !== JSON.stringify(expected))
    problems.push(`${names.sources}: not exactly the tracked files`);
  // Deterministic: the same files give the same bytes.
  const again = makePackages(REPO, version);
  for (const t of [...TARGETS, 'sources'] as const) {
    if (!again[t].equals(readFileSync(packagePath(t)))) problems.push(`${names[t]}: a second packaging differs`);
  }
  return problems;
};

const checkRebuild = (): string[] => {
  const rebuilt = rebuildFromSources(readFileSync(packagePath('sources')));
  try {
    return TARGETS.flatMap((t) =>
      differences(readZip(readFileSync(packagePath(t))), path.join(rebuilt.dir, 'dist', t)).map(
        (d) => `dist/${t}: ${d}`,
      ),
    );
  } finally {
    rebuilt.dispose();
  }
};

/** Width, height and whether a PNG has an alpha channel (color types 4 and 6), from its IHDR chunk. */
function pngInfo(file: string) {
  const head = readFileSync(file).subarray(0, 26);
  if (head.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20), alpha: head[25] === 4 || head[25] === 6 };
}

const checkImages = (): string[] => {
  const out = path.join(artifacts, 'store-images');
  execFileSync('node', ['scripts/run-ts.mjs', 'scripts/demo/main.ts', '--store', '--out', out], {
    cwd: REPO,
    stdio: 'inherit',
  });
  // One zip for the GitHub release, <lang>/<store>/<file> inside: what the maintainer uploads by hand.
  const images = `signin-helper-${version}-store-images.zip`;
  writeFileSync(path.join(artifacts, 'packages', images), writeZip(folderFiles(out)));
  return LISTING_LANGUAGES.flatMap((lang) =>
    STORE_IMAGES.flatMap((image) => {
      const file = path.join(out, lang, image.file);
      const info = existsSync(file) ? pngInfo(file) : null;
      if (!info) return [`${lang}/${image.file}: missing`];
      if (info.width !== image.width || info.height !== image.height)
        return [`${lang}/${image.file}: ${info.width}×${info.height}, not ${image.width}×${image.height}`];
      return info.alpha ? [`${lang}/${image.file}: has an alpha channel (stores want opaque images)`] : [];
    }),
  );
};

async function upload(): Promise<string[]> {
  const notes = readFileSync(path.join(artifacts, 'release-notes.md'), 'utf8').trim();
  const packages = { chrome: packagePath('chrome'), firefox: packagePath('firefox'), sources: packagePath('sources') };
  for (const u of UPLOADS) {
    const missing = missingSecrets(u);
    if (dryRun) console.log(`  ${u.store}: skipped (dry run)`);
    else if (missing.length) console.log(`  ${u.store}: skipped, no ${missing.join(', ')} in the environment`);
    else await u.run({ root: REPO, version, notes, packages });
  }
  console.log('  Safari / App Store: by hand on a Mac (docs/RELEASING.md, "Safari")');
  return [];
}

async function main(): Promise<void> {
  const start = Date.now();
  mkdirSync(artifacts, { recursive: true });
  console.log(`release ${version}${dryRun ? ' (dry run: no uploads)' : ''}`);
  await step('version', checkVersion);
  await step('changelog', checkChangelog);
  await step('packages: build, zip, compare with dist/, deterministic', checkPackages);
  await step('texts: listing limits, a reason for every permission and host', checkTexts);
  await step('sources zip rebuilds byte for byte (npm ci && npm run build in an empty folder)', checkRebuild);
  await step(`store images: ${STORE_IMAGES.length} per language × ${LISTING_LANGUAGES.length} languages`, checkImages);
  await step('uploads', upload);
  console.log(`\nrelease ${version}: all checks passed in ${Math.round((Date.now() - start) / 1000)} s`);
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
