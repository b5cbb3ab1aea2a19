// The per-browser manifests generated from the one source manifest: least privilege, every store's
// sign-in paths, and each browser's background and settings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestFor, SAFARI_MIN_VERSION } from '../../scripts/manifest.mjs';
import { MARKETPLACES } from '../../src/marketplaces';
import { signInSites } from '../../src/signin-pages';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = JSON.parse(readFileSync(path.join(repo, 'manifest.json'), 'utf8'));
const chrome = manifestFor('chrome', source, signInSites(), '1.2.3');
const firefox = manifestFor('firefox', source, signInSites(), '1.2.3');
const safari = manifestFor('safari', source, signInSites(), '1.2.3');
const matches: string[] = chrome.content_scripts[0].matches;

describe('generated manifests', () => {
  it('gives Chrome a service worker and Firefox an event page with gecko settings', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.minimum_chrome_version).toBeDefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('gives Safari a non-persistent background page and its minimum version, and nothing of the others', () => {
    expect(safari.manifest_version).toBe(3);
    // iOS refuses a persistent background; a service worker key would be chosen over the scripts.
    expect(safari.background).toEqual({ scripts: ['background.js'], persistent: false });
    expect(safari.browser_specific_settings).toEqual({ safari: { strict_min_version: SAFARI_MIN_VERSION } });
    // storage.session, where each tab's diagnosis lives, arrived in Safari 16.4.
    expect(Number(SAFARI_MIN_VERSION)).toBeGreaterThanOrEqual(16.4);
    expect(safari.minimum_chrome_version).toBeUndefined();
  });

  it('gives Safari the same pages, scripts and stores as Chrome, and no browsingData (Safari has none)', () => {
    for (const key of ['action', 'options_ui', 'content_scripts', 'host_permissions', 'icons', 'default_locale']) {
      expect(safari[key], key).toEqual(chrome[key]);
    }
    expect(safari.permissions.sort()).toEqual(['activeTab', 'cookies', 'scripting', 'storage']);
    expect(safari.optional_permissions).toBeUndefined();
    expect(chrome.optional_permissions).toEqual(['browsingData']);
  });

  it('rejects a target it does not know', () => {
    expect(() => manifestFor('edge' as 'chrome', source, signInSites(), '1')).toThrow(/unknown target/);
  });

  it('stamps the version and takes name and description from _locales', () => {
    expect(chrome.version).toBe('1.2.3');
    expect(chrome.name).toMatch(/^__MSG_\w+__$/);
    expect(chrome.description).toMatch(/^__MSG_\w+__$/);
    expect(chrome.default_locale).toBe('en');
  });

  it('asks only for what features use, on Amazon stores and Prime Video only', () => {
    // scripting + activeTab: the content script into sign-in tabs open before install or update, and on
    // demand from the popup where site access is withheld (src/background/inject.ts, on-demand.ts).
    expect(chrome.permissions.sort()).toEqual(['activeTab', 'cookies', 'scripting', 'storage']);
    expect(chrome.optional_permissions).toEqual(['browsingData']);
    // Every door but Prime Video lives under a store's domain: no extra permission for them.
    expect(chrome.host_permissions).toHaveLength(MARKETPLACES.length + 1);
    for (const host of chrome.host_permissions)
      expect(host).toMatch(/^\*:\/\/\*\.(amazon\.[a-z.]+|primevideo\.com)\/\*$/);
    expect(JSON.stringify(chrome)).not.toMatch(/<all_urls>|"tabs"|optional_host_permissions/);
  });

  it('exposes only the lazily loaded content UI, only to https pages of sign-in hosts (Safari: nothing)', () => {
    const signInPages = signInSites().hosts.map((h) => `https://${h}/*`);
    expect(signInPages).toContain('https://www.amazon.co.jp/*');
    expect(signInPages).toContain('https://apac.account.amazon.com/*');
    expect(signInPages.every((p) => /^https:\/\/[a-z.-]+\.(amazon\.[a-z.]+|primevideo\.com)\/\*$/.test(p))).toBe(true);
    // Chrome: fetched only through the per-session dynamic URL, so pages can't probe for the fixed id.
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['rules-and-ui.js'], matches: signInPages, use_dynamic_url: true },
    ]);
    // Firefox has no use_dynamic_url (its extension host is random per install already).
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['rules-and-ui.js'], matches: signInPages }]);
    // Safari's rules-and-ui.js is injected by the background, never loaded by the page: nothing to expose.
    expect(safari.web_accessible_resources).toBeUndefined();
  });

  it('runs the content script on every store’s sign-in paths, language prefix and robot check included', () => {
    for (const m of MARKETPLACES) {
      expect(matches).toContain(`https://${m.host}/ap/signin*`);
      expect(matches).toContain(`https://${m.host}/ax/claim*`);
      expect(matches).toContain(`https://${m.host}/-/*/ap/signin*`);
      expect(matches).toContain(`https://${m.host}/errors/validateCaptcha*`);
    }
    expect(matches.every((p) => !p.includes('{'))).toBe(true);
    // Never a whole site or a whole /ap/ tree: every pattern ends in a named page.
    expect(matches.some((p) => p.endsWith('/*'))).toBe(false);
  });
});
