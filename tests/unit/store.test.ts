// What the stores are told (store/): a reason for every permission and host of every built manifest,
// data-use answers that agree with PRIVACY.md and Firefox's manifest, listings in all twelve languages
// within each store's limits, one version with its changelog section, and no page opened on install.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestFor, TARGETS } from '../../scripts/manifest.mjs';
import { changelogSection, releaseNotes, readVersion } from '../../scripts/release/changelog.mjs';
import { readJustifications, unjustified } from '../../scripts/release/justifications.mjs';
import { fieldProblems, LISTING_LANGUAGES, listingFields, listingProblems } from '../../scripts/release/listings.mjs';
import { MARKETPLACES } from '../../src/marketplaces';
import { signInSites } from '../../src/signin-pages';
import { createFakeBrowser } from './fake-browser';
import { settle, startBackground } from './background/helpers';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');
const source = JSON.parse(read('manifest.json'));
const version = readVersion(repo);
const manifests = TARGETS.map((t) => [t, manifestFor(t, source, signInSites(), version)] as const);
const justifications = readJustifications(repo);
const dataUse = JSON.parse(read('store/data-use.json'));

describe('permission and host justifications (store/permissions.json)', () => {
  it.each(manifests)('covers every permission and host of the %s manifest', (_target, manifest) => {
    expect(unjustified(manifest, justifications, MARKETPLACES)).toEqual([]);
  });

  it('names what a permission or host without a reason would be', () => {
    const [, chrome] = manifests[0]!;
    const added = {
      ...chrome,
      permissions: [...chrome.permissions, 'tabs'],
      host_permissions: [...chrome.host_permissions, '*://*.example.com/*'],
      content_scripts: [{ matches: ['https://smile.amazon.com.xx/ap/*'], js: ['content.js'] }],
    };
    expect(unjustified(added, justifications, MARKETPLACES)).toEqual([
      'permission tabs',
      'host *.example.com',
      'host smile.amazon.com.xx',
    ]);
  });
});

describe('data use: nothing collected, said the same way everywhere', () => {
  it('gives Firefox the data_collection_permissions of store/data-use.json, and it is "none"', () => {
    const firefox = manifests.find(([t]) => t === 'firefox')![1];
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual(
      dataUse.firefox.data_collection_permissions,
    );
    expect(dataUse.firefox.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('answers "no data collected" to every store', () => {
    expect(dataUse.collected).toEqual([]);
    expect(dataUse.remoteCode).toBe(false);
    expect(Object.values(dataUse.chromeWebStore.dataTypes).every((v) => v === false)).toBe(true);
    expect(Object.values(dataUse.chromeWebStore.certifications).every((v) => v === true)).toBe(true);
    expect(dataUse.edgeAddOns.collectsPersonalInformation).toBe(false);
    expect(dataUse.appStorePrivacyLabel).toEqual({ dataCollected: false, tracking: false, dataTypes: [] });
  });

  it('matches PRIVACY.md: it sends nothing, has no analytics and no remote code', () => {
    const privacy = read('PRIVACY.md');
    expect(privacy.split('## What it sends')[1]?.trim()).toMatch(/^Nothing\./);
    expect(privacy).toMatch(/sends nothing anywhere and\s+contains no analytics or remote code/);
  });

  it('is what each store document tells the maintainer to answer', () => {
    for (const file of ['chrome-web-store.md', 'firefox-add-ons.md', 'edge-add-ons.md', 'app-store.md']) {
      expect(read(`store/${file}`), file).toMatch(/no data collected|Data Not Collected/i);
    }
  });
});

describe('listings (store/listing.<lang>.md)', () => {
  it('exist in all twelve languages, the ones _locales has', () => {
    expect(LISTING_LANGUAGES).toHaveLength(12);
    for (const lang of LISTING_LANGUAGES) expect(listingFields(repo, lang).description, lang).toBeTruthy();
  });

  it("fit every store's length limits, in every language", () => {
    expect(listingProblems(repo)).toEqual([]);
  });

  it('are refused when a field is too long, missing, or keywords are too short or too many bytes', () => {
    const good = listingFields(repo, 'ja');
    expect(fieldProblems('ja', good)).toEqual([]);
    const bad = { ...good, subtitle: 'あ'.repeat(31), summary: '', keywords: `${'認証'.repeat(20)},ab` };
    expect(fieldProblems('ja', bad)).toEqual([
      'ja: no summary',
      'ja subtitle (App Store): 31 characters, max 30',
      'ja keywords (App Store): 123 bytes, max 100',
      'ja keywords: "ab" is two characters or fewer',
    ]);
  });
});

describe('one version, one changelog', () => {
  it('stamps package.json’s version into every manifest', () => {
    for (const [target, manifest] of manifests) expect(manifest.version, target).toBe(version);
  });

  it('has a CHANGELOG.md section for this version', () => {
    expect(releaseNotes(repo)).toMatch(/\S/);
    expect(changelogSection('## 1.2.0 — 2027-01-05\n\n- Fixed a thing\n\n## 1.1.0\n\n- Older', '1.2.0')).toBe(
      '- Fixed a thing',
    );
    expect(changelogSection('## 1.2.0\n- x', '1.2')).toBeNull();
  });

  it.each(['install', 'update'])('opens no page on %s (release notes live in the store listings)', async (reason) => {
    const fake = createFakeBrowser();
    await startBackground(fake);
    const installed = fake.browser.runtime.onInstalled as unknown as { dispatch(d: unknown): unknown[] };
    // Whatever an install listener does (injecting into open tabs), it opens no tab of its own.
    await Promise.allSettled(installed.dispatch({ reason, previousVersion: '0.0.1', temporary: false }));
    await settle();
    expect(fake.calls.created).toEqual([]);
    expect(fake.calls.optionsOpened).toBe(0);
  });
});
