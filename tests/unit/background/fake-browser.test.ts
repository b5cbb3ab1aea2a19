// The fake must behave like the browsers where tests rely on it, or tests of the clearing mean nothing.
import { describe, expect, it } from 'vitest';
import { createFakeBrowser } from '../fake-browser';

describe('fake cookies.getAll', () => {
  const fake = createFakeBrowser({ allHosts: true });
  fake.addCookie({ name: 'a', domain: '.amazon.com' });
  fake.addCookie({ name: 'b', domain: 'www.amazon.com' });
  fake.addCookie({ name: 'c', domain: '.amazon.com.au' });
  fake.addCookie({ name: 'p', domain: 'www.amazon.com', partitionKey: { topLevelSite: 'https://amazon.com' } });
  fake.addCookie({ name: 'q', domain: 'www.amazon.com', partitionKey: { topLevelSite: 'https://example.com' } });
  const names = async (details: Parameters<typeof fake.browser.cookies.getAll>[0]) =>
    (await fake.browser.cookies.getAll(details)).map((c) => c.name).sort();

  it('matches the domain and its subdomains, never a longer suffix', async () => {
    expect(await names({ domain: 'amazon.com' })).toEqual(['a', 'b']);
    expect(await names({ domain: 'amazon.com.au' })).toEqual(['c']);
  });

  it('returns only unpartitioned cookies without partitionKey, all with {}, one partition with a site', async () => {
    expect(await names({ domain: 'amazon.com', partitionKey: {} })).toEqual(['a', 'b', 'p', 'q']);
    expect(await names({ domain: 'amazon.com', partitionKey: { topLevelSite: 'https://amazon.com' } })).toEqual(['p']);
  });

  it('rejects the Firefox-only firstPartyDomain in Chromium', async () => {
    await expect(fake.browser.cookies.getAll({ domain: 'amazon.com', firstPartyDomain: null })).rejects.toThrow(
      /firstPartyDomain/,
    );
  });

  it('hides cookies of hosts without permission by default', async () => {
    const strict = createFakeBrowser();
    strict.addCookie({ name: 'sid', domain: '.example.com' });
    expect(await strict.browser.cookies.getAll({ domain: 'example.com' })).toEqual([]);
  });
});

describe('fake cookies.remove', () => {
  it('removes a partitioned cookie in Firefox with the top-level site alone, but not without a key', async () => {
    const fake = createFakeBrowser({ firefox: true });
    fake.addCookie({ name: 'p', domain: 'www.amazon.com', partitionKey: { topLevelSite: 'https://amazon.com' } });
    expect(await fake.browser.cookies.remove({ url: 'https://www.amazon.com/', name: 'p' })).toBeNull();
    expect(fake.cookieJar()).toHaveLength(1);
    await fake.browser.cookies.remove({
      url: 'https://www.amazon.com/',
      name: 'p',
      partitionKey: { topLevelSite: 'https://amazon.com' },
    });
    expect(fake.cookieJar()).toHaveLength(0);
  });

  it('needs first-party domain under first-party isolation', async () => {
    const fake = createFakeBrowser({ firefox: true, firstPartyIsolation: true });
    await expect(fake.browser.cookies.getAll({ domain: 'amazon.com' })).rejects.toThrow(/First-Party/);
  });

  it('matches secure cookies only over https and path-scoped cookies only under their path', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 's', domain: '.amazon.com', secure: true });
    fake.addCookie({ name: 'ap', domain: 'www.amazon.com', path: '/ap' });
    await fake.browser.cookies.remove({ url: 'http://amazon.com/', name: 's' });
    await fake.browser.cookies.remove({ url: 'https://www.amazon.com/apx', name: 'ap' });
    expect(fake.cookieJar()).toHaveLength(2);
    await fake.browser.cookies.remove({ url: 'https://amazon.com/', name: 's' });
    await fake.browser.cookies.remove({ url: 'https://www.amazon.com/ap', name: 'ap' });
    expect(fake.cookieJar()).toHaveLength(0);
  });
});

describe('fake storage, runtime, permissions', () => {
  it('fires storage.onChanged with the area name', async () => {
    const fake = createFakeBrowser();
    const seen: string[] = [];
    fake.browser.storage.onChanged.addListener((changes, area) => seen.push(`${area}:${Object.keys(changes).join()}`));
    await fake.browser.storage.sync.set({ settings: { banner: false } });
    await fake.browser.storage.session.remove('nothing-there');
    expect(seen).toEqual(['sync:settings']);
    expect(await fake.browser.storage.sync.get({ settings: null, other: 7 })).toEqual({
      settings: { banner: false },
      other: 7,
    });
  });

  it('answers sendMessage with the first listener that returns a promise', async () => {
    const fake = createFakeBrowser();
    fake.browser.runtime.onMessage.addListener(() => undefined);
    fake.browser.runtime.onMessage.addListener(async (message: unknown) => ({ echo: message }));
    expect(await fake.browser.runtime.sendMessage({ type: 'x' })).toEqual({ echo: { type: 'x' } });
  });

  it('has getBrowserInfo only in the Firefox variant', () => {
    expect('getBrowserInfo' in createFakeBrowser().browser.runtime).toBe(false);
    expect(typeof createFakeBrowser({ firefox: true }).browser.runtime.getBrowserInfo).toBe('function');
  });

  it('exposes browsingData only once the optional permission is granted', async () => {
    const fake = createFakeBrowser();
    expect(fake.browser.browsingData).toBeUndefined();
    expect(await fake.browser.permissions.contains({ permissions: ['browsingData'] })).toBe(false);
    expect(await fake.browser.permissions.request({ permissions: ['browsingData'] })).toBe(true);
    expect(fake.browser.browsingData).toBeDefined();
  });
});
