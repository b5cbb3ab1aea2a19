// Where this browser is signed in, read from cookie names in the tab's cookie store: which names
// count, partitioned and container cookies, and every way the cookies API can fail (then: nothing).
import { describe, expect, it } from 'vitest';
import { type Browser, PLATFORMS } from '../../../src/browser';
import { sessionCookieNames, signedInStores, storeOfSessionCookie } from '../../../src/background/signed-in-stores';
import { MARKETPLACES } from '../../../src/marketplaces';
import { createFakeBrowser, type FakeBrowserOptions } from '../fake-browser';
import { JP_SIGNIN, predatingPartitionKey } from './helpers';

function browserWith(
  cookies: Array<Parameters<ReturnType<typeof createFakeBrowser>['addCookie']>[0]>,
  options: FakeBrowserOptions = {},
) {
  const fake = createFakeBrowser(options);
  for (const cookie of cookies) fake.addCookie(cookie);
  return fake;
}

describe('the names that prove a sign-in', () => {
  it('gives every store three names of its own: at-, sess-at-, x- with the store suffix', () => {
    const all = MARKETPLACES.flatMap((m) => sessionCookieNames(m.id));
    expect(new Set(all).size).toBe(MARKETPLACES.length * 3);
    expect(sessionCookieNames('us')).toEqual(['at-main', 'sess-at-main', 'x-main']);
    expect(sessionCookieNames('jp')).toEqual(['at-acbjp', 'sess-at-acbjp', 'x-acbjp']);
    expect(sessionCookieNames('uk')).toEqual(['at-acbuk', 'sess-at-acbuk', 'x-acbuk']);
  });

  it("counts a name only on its own store's domain; ubid-* and session-id never", () => {
    expect(storeOfSessionCookie('at-main', '.amazon.com')).toBe('us');
    expect(storeOfSessionCookie('x-main', 'www.amazon.com')).toBe('us');
    expect(storeOfSessionCookie('at-main', '.amazon.com.au')).toBeUndefined();
    expect(storeOfSessionCookie('at-acbau', '.amazon.com.au')).toBe('au');
    expect(storeOfSessionCookie('at-acbjp', '.amazon.com')).toBeUndefined();
    expect(storeOfSessionCookie('ubid-main', '.amazon.com')).toBeUndefined();
    expect(storeOfSessionCookie('ubid-acbjp', '.amazon.co.jp')).toBeUndefined();
    expect(storeOfSessionCookie('session-id', '.amazon.co.jp')).toBeUndefined();
  });
});

describe('signedInStores', () => {
  it('lists every store with a session, in the table order, once each', async () => {
    const fake = browserWith([
      { name: 'x-acbuk', domain: '.amazon.co.uk' },
      { name: 'at-main', domain: '.amazon.com' },
      { name: 'sess-at-main', domain: '.amazon.com' },
      { name: 'sess-at-acbde', domain: '.amazon.de' },
      { name: 'session-id', domain: '.amazon.co.jp' },
      { name: 'ubid-acbjp', domain: '.amazon.co.jp' },
    ]);
    const tab = fake.addTab({ url: JP_SIGNIN });
    expect(await signedInStores(fake.browser, tab.id, PLATFORMS.chrome)).toEqual(['us', 'uk', 'de']);
  });

  it('finds nothing without a signed-in cookie: no cookies at all, or only ubid-* and session-id', async () => {
    const empty = browserWith([]);
    expect(await signedInStores(empty.browser, empty.addTab({ url: JP_SIGNIN }).id, PLATFORMS.chrome)).toEqual([]);
    const anonymous = browserWith([
      { name: 'ubid-main', domain: '.amazon.com' },
      { name: 'ubid-acbjp', domain: '.amazon.co.jp' },
      { name: 'session-id', domain: '.amazon.com' },
      { name: 'session-token', domain: '.amazon.com' },
    ]);
    expect(await signedInStores(anonymous.browser, anonymous.addTab({ url: JP_SIGNIN }).id, PLATFORMS.chrome)).toEqual(
      [],
    );
  });

  it('counts partitioned cookies (asked with partitionKey {})', async () => {
    const fake = browserWith([
      { name: 'at-acbjp', domain: '.amazon.co.jp', partitionKey: { topLevelSite: 'https://amazon.co.jp' } },
    ]);
    expect(await signedInStores(fake.browser, fake.addTab({ url: JP_SIGNIN }).id, PLATFORMS.chrome)).toEqual(['jp']);
  });

  it("reads the tab's own cookie store: a Firefox container, a private window", async () => {
    const firefox = browserWith(
      [
        { name: 'at-main', domain: '.amazon.com', storeId: 'firefox-container-1' },
        { name: 'at-acbjp', domain: '.amazon.co.jp' },
      ],
      { firefox: true, firstPartyIsolation: true },
    );
    const inContainer = firefox.addTab({ url: JP_SIGNIN, cookieStoreId: 'firefox-container-1' });
    const plain = firefox.addTab({ url: JP_SIGNIN });
    expect(await signedInStores(firefox.browser, inContainer.id, PLATFORMS.firefox)).toEqual(['us']);
    expect(await signedInStores(firefox.browser, plain.id, PLATFORMS.firefox)).toEqual(['jp']);

    const chrome = browserWith([{ name: 'at-main', domain: '.amazon.com', storeId: '1' }]);
    const privateTab = chrome.addTab({ url: JP_SIGNIN, incognito: true });
    expect(await signedInStores(chrome.browser, privateTab.id, PLATFORMS.chrome)).toEqual(['us']);
    expect(await signedInStores(chrome.browser, chrome.addTab({ url: JP_SIGNIN }).id, PLATFORMS.chrome)).toEqual([]);
  });

  it('says nothing (empty) when the cookies API is missing, refuses, or the tab is gone', async () => {
    const fake = browserWith([{ name: 'at-main', domain: '.amazon.com' }]);
    const tab = fake.addTab({ url: JP_SIGNIN });
    const without = { ...fake.browser, cookies: undefined } as unknown as Browser;
    expect(await signedInStores(without, tab.id, PLATFORMS.chrome)).toEqual([]);
    const refusing = {
      ...fake.browser,
      cookies: { ...fake.browser.cookies, getAll: () => Promise.reject(new Error('Permission denied')) },
    } as unknown as Browser;
    expect(await signedInStores(refusing, tab.id, PLATFORMS.chrome)).toEqual([]);
    expect(await signedInStores(fake.browser, 999, PLATFORMS.chrome)).toEqual([]);
  });

  it('asks again without partitionKey where the browser predates it', async () => {
    const fake = browserWith([{ name: 'at-main', domain: '.amazon.com' }]);
    const older = predatingPartitionKey(fake);
    expect(await signedInStores(older, fake.addTab({ url: JP_SIGNIN }).id, PLATFORMS.chrome)).toEqual(['us']);
  });

  it("never reads a cookie's value (its getter throws)", async () => {
    const fake = browserWith([]);
    const tab = fake.addTab({ url: JP_SIGNIN });
    let valueReads = 0;
    const guarded = (name: string, domain: string) =>
      Object.defineProperties(
        { name, domain, path: '/', storeId: '0', secure: true, httpOnly: true, hostOnly: false, session: true },
        {
          value: {
            enumerable: true,
            get() {
              valueReads++;
              throw new Error('the value of a cookie was read');
            },
          },
        },
      );
    const api = {
      ...fake.browser,
      cookies: {
        ...fake.browser.cookies,
        getAll: async () => [guarded('at-main', '.amazon.com'), guarded('ubid-acbjp', '.amazon.co.jp')],
      },
    } as unknown as Browser;
    expect(await signedInStores(api, tab.id, PLATFORMS.chrome)).toEqual(['us']);
    expect(valueReads).toBe(0);
  });
});
