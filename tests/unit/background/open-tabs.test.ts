// Tabs open before the extension started (install, update, enable) get the content script, only on
// sign-in pages and once per start; the popup on a sign-in tab the background knows nothing of
// diagnoses it on demand; a store's access granted brings its open tabs in.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../fake-browser';
import { diagnosisMessage, JP_SIGNIN, settle, startBackground } from './helpers';

let fake: FakeBrowser;
const injectedTabs = () => fake.calls.injected.map((c) => c.tabId);
const getTab = (tabId: number) => fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId });

function browserWith(options: FakeBrowserOptions = {}) {
  fake = createFakeBrowser(options);
  return fake;
}

/** What content.js does once injected: reads the page and reports (here: the diagnosis given). */
function contentScriptReports(cause: 'wrong-password' | null) {
  fake.onInject = (tabId) => {
    setTimeout(() => void fake.sendFromContentScript(tabId, diagnosisMessage(cause)), 0);
  };
}

describe('on start: the content script into sign-in tabs that were already open', () => {
  beforeEach(() => browserWith());

  it('injects content.js into every open sign-in tab, private windows included, and nowhere else', async () => {
    const jp = fake.addTab({ url: JP_SIGNIN });
    const claim = fake.addTab({ url: 'https://www.amazon.com/ax/claim/intent?x=1' });
    const privateTab = fake.addTab({ url: 'https://www.amazon.de/-/en/ap/signin', incognito: true });
    fake.addTab({ url: 'https://www.amazon.co.jp/dp/B000000000' });
    fake.addTab({ url: 'https://www.amazon.co.jp.evil.example/ap/signin' });
    fake.addTab({ url: 'http://www.amazon.co.jp/ap/signin' });
    fake.addTab({ url: 'https://example.com/ap/signin' });
    await startBackground(fake);
    await settle();
    expect(injectedTabs().sort()).toEqual([jp.id, claim.id, privateTab.id].sort());
    expect(fake.calls.injected[0]?.files).toEqual(['content.js']);
  });

  it('once per extension start: a worker restart does not inject again, an update (session emptied) does', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await startBackground(fake);
    await settle();
    fake.restartWorker();
    await startBackground(fake);
    await settle();
    expect(injectedTabs()).toEqual([tab.id]);
    // Install, update, enable and a browser restart all start with an empty storage.session.
    fake.restartWorker();
    fake.storage.session.data.clear();
    await startBackground(fake);
    await settle();
    expect(injectedTabs()).toEqual([tab.id, tab.id]);
  });

  it('skips a store whose access is withheld, and injects there once the person grants it', async () => {
    browserWith({ withheld: ['amazon.co.jp'] });
    const jp = fake.addTab({ url: JP_SIGNIN });
    const us = fake.addTab({ url: 'https://www.amazon.com/ap/signin' });
    await startBackground(fake);
    await settle();
    expect(injectedTabs()).toEqual([us.id]);
    await fake.browser.permissions.request({ origins: ['*://*.amazon.co.jp/*'] });
    await settle();
    expect(injectedTabs()).toContain(jp.id);
  });

  it('a browsingData grant (no origins) injects nothing', async () => {
    fake.addTab({ url: JP_SIGNIN });
    await startBackground(fake);
    await settle();
    const before = fake.calls.injected.length;
    await fake.browser.permissions.request({ permissions: ['browsingData'] });
    await settle();
    expect(fake.calls.injected).toHaveLength(before);
  });
});

describe('popup on a tab without a diagnosis: diagnosed on demand', () => {
  beforeEach(async () => {
    browserWith();
    await startBackground(fake);
    await settle();
  });

  it('a sign-in tab with no stored state is injected and its report is the answer; the badge follows', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    contentScriptReports('wrong-password');
    const state = await getTab(tab.id);
    expect(injectedTabs()).toContain(tab.id);
    expect(state).toMatchObject({ tabId: tab.id, marketplace: 'jp', diagnosis: { cause: 'wrong-password' } });
    expect(fake.badge(tab.id).text).toBe('!');
  });

  it('a tab with a stored diagnosis is answered from it, without injecting', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage(null));
    const before = fake.calls.injected.length;
    expect(await getTab(tab.id)).toMatchObject({ diagnosis: { cause: null } });
    expect(fake.calls.injected).toHaveLength(before);
  });

  it('a page that is no sign-in page gets nothing injected and an empty state', async () => {
    const product = fake.addTab({ url: 'https://www.amazon.co.jp/dp/B000000000' });
    const other = fake.addTab({ url: 'https://example.com/ap/signin' });
    contentScriptReports('wrong-password');
    expect(await getTab(product.id)).toMatchObject({ diagnosis: null, marketplace: null });
    expect(await getTab(other.id)).toMatchObject({ diagnosis: null });
    expect(await getTab(999)).toMatchObject({ diagnosis: null });
    expect(injectedTabs()).not.toContain(product.id);
    expect(injectedTabs()).not.toContain(other.id);
  });

  it('withheld access: nothing without the toolbar click; with activeTab the tab is diagnosed', async () => {
    browserWith({ withheld: ['amazon.co.jp'] });
    await startBackground(fake);
    const tab = fake.addTab({ url: JP_SIGNIN });
    contentScriptReports('wrong-password');
    expect(await getTab(tab.id)).toMatchObject({ diagnosis: null });
    fake.grantActiveTab(tab.id);
    expect(await getTab(tab.id)).toMatchObject({ diagnosis: { cause: 'wrong-password' } });
  });

  it('a background restart loses nothing the popup needs: the tab is asked again', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    fake.restartWorker();
    fake.storage.session.data.clear();
    await startBackground(fake);
    contentScriptReports('wrong-password');
    expect(await getTab(tab.id)).toMatchObject({ diagnosis: { cause: 'wrong-password' } });
  });
});
