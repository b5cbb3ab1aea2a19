// Cookie clearing through the messages: which store and which marketplace each route clears.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClearResult } from '../../../src/messages';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { JP_SIGNIN, startBackground, US_SIGNIN } from './helpers';

let fake: FakeBrowser;

async function start(options: Parameters<typeof createFakeBrowser>[0] = {}) {
  fake = createFakeBrowser(options);
  await startBackground(fake);
  fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
  fake.addCookie({ name: 'session-id', domain: '.amazon.com' });
  fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp', storeId: fake.privateStore });
}

const domains = () =>
  fake
    .cookieJar()
    .map((c) => `${c.storeId} ${c.domain}`)
    .sort();

describe('cs-bg-clear-cookies', () => {
  beforeEach(() => start());

  it("clears the sender tab's store (from its URL) in the sender tab's cookie store", async () => {
    const tab = fake.addTab({ url: US_SIGNIN });
    const result = (await fake.sendFromContentScript(tab.id, { type: 'cs-bg-clear-cookies' })) as ClearResult;
    expect(result).toEqual({ removed: 1, remaining: 0, remainingCookies: [], errors: [], siteData: 'off' });
    expect(domains()).toEqual(['0 .amazon.co.jp', '1 .amazon.co.jp']);
  });

  it('clears the private store from a private tab', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN, incognito: true });
    const result = (await fake.sendFromContentScript(tab.id, { type: 'cs-bg-clear-cookies' })) as ClearResult;
    expect(result.removed).toBe(1);
    expect(domains()).toEqual(['0 .amazon.co.jp', '0 .amazon.com']);
  });
});

describe('ui-bg-clear-cookies', () => {
  it('clears the named marketplace in the default store without a tab', async () => {
    await start();
    const result = (await fake.sendFromExtensionPage({
      type: 'ui-bg-clear-cookies',
      marketplace: 'jp',
      tabId: null,
    })) as ClearResult;
    expect(result.removed).toBe(1);
    expect(domains()).toEqual(['0 .amazon.com', '1 .amazon.co.jp']);
  });

  it('clears site data too when the options say so and the permission is granted (Firefox)', async () => {
    await start({ firefox: true, granted: ['browsingData'] });
    await fake.storage.sync.set({ settings: { clearScope: 'cookies-and-site-data' } });
    const tab = fake.addTab({ url: JP_SIGNIN });
    const result = (await fake.sendFromExtensionPage({
      type: 'ui-bg-clear-cookies',
      marketplace: 'jp',
      tabId: tab.id,
    })) as ClearResult;
    expect(result).toMatchObject({ removed: 1, siteData: 'cleared', errors: [] });
    expect(fake.calls.browsingData).toHaveLength(1);
  });

  it('reports not-permitted when the option is on but the permission is not granted', async () => {
    await start();
    await fake.storage.sync.set({ settings: { clearScope: 'cookies-and-site-data' } });
    const result = (await fake.sendFromExtensionPage({
      type: 'ui-bg-clear-cookies',
      marketplace: 'jp',
      tabId: null,
    })) as ClearResult;
    expect(result.siteData).toBe('not-permitted');
  });
});
