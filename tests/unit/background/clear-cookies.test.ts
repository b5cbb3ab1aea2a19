// The clearing algorithm against the fake cookie store: what goes, what stays, and what is reported.
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Browser } from '../../../src/browser';
import { clearCookies, clearTarget, cookieBelongsTo, cookieUrl } from '../../../src/background/clear-cookies';
import { REASON_KEPT, REASON_SET_AGAIN } from '../../../src/clear-reasons';
import { marketplaceById } from '../../../src/marketplaces';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { JP_SIGNIN, predatingPartitionKey } from './helpers';

const SECRET = 'SECRET-COOKIE-VALUE';
const jp = marketplaceById('jp');
const us = marketplaceById('us');
const chromeOpts = { platform: PLATFORMS.chrome, siteData: false };
const firefoxOpts = { platform: PLATFORMS.firefox, siteData: false };
const names = (fake: FakeBrowser, storeId?: string) =>
  fake
    .cookieJar()
    .filter((c) => storeId === undefined || c.storeId === storeId)
    .map((c) => `${c.name}@${c.domain}`)
    .sort();

/** A realistic jar: amazon.co.jp in every shape, plus neighbours that must survive. */
function seed(fake: FakeBrowser) {
  const v = { value: SECRET };
  fake.addCookie({ ...v, name: 'session-id', domain: '.amazon.co.jp' }); // domain cookie
  fake.addCookie({ ...v, name: 'x-acbjp', domain: '.amazon.co.jp', httpOnly: true });
  fake.addCookie({ ...v, name: 'csm-hit', domain: 'www.amazon.co.jp', secure: false }); // host-only, not Secure
  fake.addCookie({ ...v, name: 'ap-fid', domain: 'www.amazon.co.jp', path: '/ap/' }); // path-scoped
  fake.addCookie({ ...v, name: 'sst-acbjp', domain: '.amazon.co.jp', path: '/ap' });
  fake.addCookie({ ...v, name: 'i18n-prefs', domain: '.amazon.co.jp', secure: false });
  fake.addCookie({ ...v, name: 'fls', domain: '.fls-fe.amazon.co.jp' }); // subdomain
  fake.addCookie({
    ...v,
    name: 'part-ck',
    domain: 'www.amazon.co.jp',
    partitionKey: { topLevelSite: 'https://amazon.co.jp' },
  });
  fake.addCookie({ ...v, name: 'session-id', domain: '.amazon.com' });
  fake.addCookie({ ...v, name: 'ubid-main', domain: 'www.amazon.com' });
  fake.addCookie({ ...v, name: 'session-id', domain: '.amazon.com.au' });
  fake.addCookie({ ...v, name: 'session-id', domain: '.amazon.co.jp.example.net' });
  fake.addCookie({ ...v, name: 'sid', domain: '.example.com' });
}
const JP_COUNT = 8;

describe('cookieBelongsTo', () => {
  it('matches the domain and its subdomains only', () => {
    expect(cookieBelongsTo('.amazon.co.jp', 'amazon.co.jp')).toBe(true);
    expect(cookieBelongsTo('www.amazon.co.jp', 'amazon.co.jp')).toBe(true);
    expect(cookieBelongsTo('.WWW.Amazon.co.jp', 'amazon.co.jp')).toBe(true);
    expect(cookieBelongsTo('.amazon.com.au', 'amazon.com')).toBe(false);
    expect(cookieBelongsTo('www.amazon.com', 'amazon.com.au')).toBe(false);
    expect(cookieBelongsTo('.xamazon.com', 'amazon.com')).toBe(false);
    expect(cookieBelongsTo('amazon.co.jp.example.net', 'amazon.co.jp')).toBe(false);
    expect(cookieBelongsTo('.amazon.co.jp', 'amazon.com')).toBe(false);
  });

  it('builds the removal URL from Secure, host and path', () => {
    expect(cookieUrl({ secure: true, domain: '.amazon.co.jp', path: '/' })).toBe('https://amazon.co.jp/');
    expect(cookieUrl({ secure: false, domain: 'www.amazon.co.jp', path: '/ap/' })).toBe('http://www.amazon.co.jp/ap/');
  });
});

describe('clearing amazon.co.jp (Chromium)', () => {
  it('removes every cookie of the domain and its subdomains, partitioned included, and nothing else', async () => {
    const fake = createFakeBrowser({ allHosts: true });
    seed(fake);
    const tab = fake.addTab({ url: JP_SIGNIN });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), tab.id, chromeOpts);
    expect(result).toEqual({ removed: JP_COUNT, remaining: 0, remainingCookies: [], errors: [], siteData: 'off' });
    expect(names(fake)).toEqual([
      'session-id@.amazon.co.jp.example.net',
      'session-id@.amazon.com',
      'session-id@.amazon.com.au',
      'sid@.example.com',
      'ubid-main@www.amazon.com',
    ]);
  });

  it("passes the partitioned cookie's own key back (a bare topLevelSite would leave it in Chromium)", async () => {
    const fake = createFakeBrowser();
    fake.addCookie({
      name: 'part-ck',
      domain: 'www.amazon.co.jp',
      partitionKey: { topLevelSite: 'https://amazon.co.jp' },
    });
    // The fake is strict like Chromium: this is what a naive removal does.
    await fake.browser.cookies.remove({
      url: 'https://www.amazon.co.jp/',
      name: 'part-ck',
      partitionKey: { topLevelSite: 'https://amazon.co.jp' },
    });
    expect(fake.cookieJar()).toHaveLength(1);
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, chromeOpts);
    expect(result.removed).toBe(1);
    expect(fake.cookieJar()).toHaveLength(0);
  });

  it('leaves amazon.com.au alone when clearing amazon.com, and amazon.com alone when clearing amazon.com.au', async () => {
    const fake = createFakeBrowser({ allHosts: true });
    seed(fake);
    const result = await clearCookies(fake.browser, clearTarget(us, null), null, chromeOpts);
    expect(result.removed).toBe(2);
    expect(names(fake)).toContain('session-id@.amazon.com.au');
    expect(names(fake).filter((n) => n.endsWith('amazon.co.jp'))).toHaveLength(JP_COUNT);
    await clearCookies(fake.browser, clearTarget(marketplaceById('au'), null), null, chromeOpts);
    expect(names(fake)).not.toContain('session-id@.amazon.com.au');
    expect(names(fake).filter((n) => n.endsWith('amazon.co.jp'))).toHaveLength(JP_COUNT);
  });

  it('touches nothing outside the domain even if the browser returns more than asked', async () => {
    const fake = createFakeBrowser({ allHosts: true });
    seed(fake);
    // A browser with sloppy suffix matching ("amazon.com" ⊂ "amazon.com.au").
    const real = fake.browser.cookies;
    const sloppy = { ...real, getAll: async () => fake.cookieJar() } as unknown as typeof real;
    const api = { ...fake.browser, cookies: sloppy } as unknown as Browser;
    await clearCookies(api, clearTarget(us, null), null, chromeOpts);
    expect(names(fake)).toContain('session-id@.amazon.com.au');
    expect(names(fake)).toContain('sid@.example.com');
    expect(names(fake).filter((n) => n.endsWith('amazon.co.jp'))).toHaveLength(JP_COUNT);
  });

  it('clears the incognito store for an incognito tab, and only it', async () => {
    const fake = createFakeBrowser();
    const normal = fake.addTab({ url: JP_SIGNIN });
    const incognito = fake.addTab({ url: JP_SIGNIN, incognito: true });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp', storeId: fake.privateStore });
    fake.addCookie({ name: 'at-acbjp', domain: '.amazon.co.jp', storeId: fake.privateStore });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), incognito.id, {
      platform: PLATFORMS.chrome,
      siteData: true,
    });
    expect(result.removed).toBe(2);
    expect(result.siteData).toBe('skipped-private');
    expect(fake.cookieJar().map((c) => c.storeId)).toEqual([fake.defaultStore]);
    expect((await clearCookies(fake.browser, clearTarget(jp, null), normal.id, chromeOpts)).removed).toBe(1);
  });

  it('uses the default store when no tab is given', async () => {
    const fake = createFakeBrowser();
    fake.addTab({ url: JP_SIGNIN, incognito: true });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp', storeId: fake.privateStore });
    expect((await clearCookies(fake.browser, clearTarget(jp, null), null, chromeOpts)).removed).toBe(1);
    expect(fake.cookieJar().map((c) => c.storeId)).toEqual([fake.privateStore]);
  });

  it('refuses to guess a store for a tab that is gone', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    await expect(clearCookies(fake.browser, clearTarget(jp, null), 42, chromeOpts)).rejects.toThrow();
    expect(fake.cookieJar()).toHaveLength(1);
  });

  it('lists again without partitionKey where the browser predates it (the same listing as the signed-in check)', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    fake.addCookie({ name: 'session-id', domain: '.amazon.com' });
    const older = predatingPartitionKey(fake);
    expect(await clearCookies(older, clearTarget(jp, null), null, chromeOpts)).toMatchObject({
      removed: 1,
      remaining: 0,
    });
    expect(names(fake)).toEqual(['session-id@.amazon.com']);
  });
});

describe('reporting what remains', () => {
  it("reports a cookie whose removal failed, with the browser's message and never a value", async () => {
    const fake = createFakeBrowser();
    seed(fake);
    fake.failRemoval('x-acbjp', 'Failed to remove cookie');
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, chromeOpts);
    expect(result.removed).toBe(JP_COUNT - 1);
    expect(result.remaining).toBe(1);
    expect(result.remainingCookies).toEqual([
      { name: 'x-acbjp', domain: '.amazon.co.jp', reason: 'removal failed: Failed to remove cookie' },
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('x-acbjp');
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('reports a cookie the browser kept although removal "succeeded"', async () => {
    const fake = createFakeBrowser();
    seed(fake);
    fake.keepOnRemoval('session-id');
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, chromeOpts);
    expect(result).toMatchObject({ removed: JP_COUNT - 1, remaining: 1, errors: [] });
    expect(result.remainingCookies).toEqual([{ name: 'session-id', domain: '.amazon.co.jp', reason: REASON_KEPT }]);
  });

  it('reports a cookie written again while clearing as new', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    fake.browser.cookies.onChanged.addListener(({ cookie }) => {
      if (cookie.name === 'session-id') fake.addCookie({ name: 'session-id-time', domain: '.amazon.co.jp' });
    });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, chromeOpts);
    expect(result.removed).toBe(1);
    expect(result.remainingCookies).toEqual([
      { name: 'session-id-time', domain: '.amazon.co.jp', reason: REASON_SET_AGAIN },
    ]);
  });
});

describe('Firefox', () => {
  it("clears the tab's container store with firstPartyDomain, partitioned cookies included", async () => {
    const fake = createFakeBrowser({ firefox: true, firstPartyIsolation: true });
    const tab = fake.addTab({ url: JP_SIGNIN, cookieStoreId: 'firefox-container-2' });
    const store = 'firefox-container-2';
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp', storeId: store, firstPartyDomain: 'amazon.co.jp' });
    fake.addCookie({ name: 'csm-hit', domain: 'www.amazon.co.jp', storeId: store, secure: false });
    fake.addCookie({
      name: 'part-ck',
      domain: 'www.amazon.co.jp',
      storeId: store,
      partitionKey: { topLevelSite: 'https://amazon.co.jp' },
    });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' }); // default container
    const result = await clearCookies(fake.browser, clearTarget(jp, null), tab.id, firefoxOpts);
    expect(result).toMatchObject({ removed: 3, remaining: 0, errors: [] });
    expect(fake.cookieJar().map((c) => c.storeId)).toEqual(['firefox-default']);
  });

  it('clears the private store of a private window', async () => {
    const fake = createFakeBrowser({ firefox: true, granted: ['browsingData'] });
    const tab = fake.addTab({ url: JP_SIGNIN, incognito: true });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp', storeId: 'firefox-private' });
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), tab.id, {
      platform: PLATFORMS.firefox,
      siteData: true,
    });
    expect(result).toMatchObject({ removed: 1, siteData: 'skipped-private' });
    expect(fake.calls.browsingData).toEqual([]);
    expect(fake.cookieJar().map((c) => c.storeId)).toEqual(['firefox-default']);
  });
});

describe('site data', () => {
  it('is off unless the option asks for it', async () => {
    const fake = createFakeBrowser({ granted: ['browsingData'] });
    expect((await clearCookies(fake.browser, clearTarget(jp, null), null, chromeOpts)).siteData).toBe('off');
    expect(fake.calls.browsingData).toEqual([]);
  });

  it('is not permitted without the optional permission', async () => {
    const fake = createFakeBrowser();
    expect(
      (await clearCookies(fake.browser, clearTarget(jp, null), null, { platform: PLATFORMS.chrome, siteData: true }))
        .siteData,
    ).toBe('not-permitted');
  });

  it('uses origins and storage types on Chromium', async () => {
    const fake = createFakeBrowser({ granted: ['browsingData'] });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, {
      platform: PLATFORMS.chrome,
      siteData: true,
    });
    expect(result.siteData).toBe('cleared');
    expect(fake.calls.browsingData).toHaveLength(1);
    const [call] = fake.calls.browsingData;
    expect(call!.options).toEqual({ origins: ['https://amazon.co.jp', 'https://www.amazon.co.jp'] });
    expect(call!.dataToRemove).toMatchObject({
      localStorage: true,
      indexedDB: true,
      serviceWorkers: true,
      cacheStorage: true,
    });
    expect(call!.dataToRemove.cookies).toBeUndefined();
  });

  it('uses hostnames, the default store and the types Firefox clears per store', async () => {
    const fake = createFakeBrowser({ firefox: true, granted: ['browsingData'] });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, {
      platform: PLATFORMS.firefox,
      siteData: true,
    });
    expect(result).toMatchObject({ siteData: 'cleared', errors: [] });
    expect(fake.calls.browsingData).toEqual([
      {
        options: { hostnames: ['amazon.co.jp', 'www.amazon.co.jp'], cookieStoreId: 'firefox-default' },
        dataToRemove: { localStorage: true, indexedDB: true },
      },
    ]);
  });

  it("clears a Firefox container tab's site data in that container only", async () => {
    const fake = createFakeBrowser({ firefox: true, granted: ['browsingData'] });
    const tab = fake.addTab({ url: JP_SIGNIN, cookieStoreId: 'firefox-container-2' });
    const result = await clearCookies(fake.browser, clearTarget(jp, null), tab.id, {
      platform: PLATFORMS.firefox,
      siteData: true,
    });
    expect(result.siteData).toBe('cleared');
    expect(fake.calls.browsingData.map((c) => c.options.cookieStoreId)).toEqual(['firefox-container-2']);
  });

  it('reports a failure with the error', async () => {
    const fake = createFakeBrowser({ granted: ['browsingData'] });
    fake.failBrowsingData('quota exploded');
    const result = await clearCookies(fake.browser, clearTarget(jp, null), null, {
      platform: PLATFORMS.chrome,
      siteData: true,
    });
    expect(result.siteData).toBe('failed');
    expect(result.errors).toEqual(['site data: quota exploded']);
  });
});
