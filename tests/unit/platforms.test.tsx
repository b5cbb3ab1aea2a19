// The same scenarios on every platform profile (chrome, firefox, firefox-android, safari, and Safari
// 17 for cookies): the popup from the toolbar, the banner's "more", one-click cookie clearing and the
// options. Each feature either works or steps aside with its clear word; nothing throws where an API
// is missing. The background is the real one, started on the fake, and the pages are the real ones.
import { afterEach, describe, expect, it } from 'vitest';
import { badgeTitle } from '../../src/background/badge';
import { setBrowserForTesting } from '../../src/browser';
import { translator } from '../translations';
import { Options } from '../../options/app';
import { Popup } from '../../popup/app';
import { isInPopup } from '../../popup/tab';
import { diagnosisMessage, JP_SIGNIN, settle, startBackground } from './background/helpers';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';
import { PROFILES, PROFILE_IDS, type ProfileId } from './platform-profiles';
import { click, flush, mount, text, waitFor, type Mounted } from './ui/helpers';

const en = translator('en');
const SETTINGS_PATH: Record<ProfileId, string> = {
  chrome: 'settingsPathChrome',
  firefox: 'settingsPathFirefox',
  'firefox-android': 'settingsPathFirefoxAndroid',
  safari: 'settingsPathSafari',
};

let fake: FakeBrowser;
let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** A browser of that profile with the real background, an amazon.co.jp sign-in tab showing a cause. */
async function start(profile: ProfileId, safariVersion?: number) {
  fake = createFakeBrowser({ profile, safariVersion, granted: ['browsingData'] });
  await startBackground(fake);
  // The pages below are this test's module instances: they get the same fake.
  setBrowserForTesting(fake.browser, fake.userAgent);
  fake.addCookie({ name: 'at-acbjp', domain: '.amazon.co.jp', httpOnly: true });
  fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
  fake.addCookie({ name: 'session-id', domain: '.amazon.com' });
  const tab = fake.addTab({ url: JP_SIGNIN, active: true });
  await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
  return tab;
}

async function openPopup(search = '') {
  view = mount(<Popup search={search} />);
  return waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'));
}
const jarDomains = () =>
  fake
    .cookieJar()
    .map((c) => `${c.domain} ${c.name}`)
    .sort();

describe.each(PROFILE_IDS)('on %s', (profile) => {
  const facts = PROFILES[profile];

  it('the toolbar button shows the tab’s cause, in the popup or as a page of its own', async () => {
    const tab = await start(profile);
    const pageTab = fake.pressToolbarButton();
    expect(pageTab !== null).toBe(facts.popupAsTab);
    expect(isInPopup()).toBe(!facts.popupAsTab);
    const app = await openPopup();
    expect(app.dataset.cause).toBe('wrong-password');
    expect(app.querySelector('.headline')).not.toBeNull();
    // The badge where the toolbar has one; elsewhere the title still names the cause.
    expect(fake.badge(tab.id).text).toBe(facts.badge ? '!' : '');
    expect(fake.badge(tab.id).title).toBe(badgeTitle('wrong-password', en, 'jp'));
  });

  it('the banner’s "more" opens the popup for that tab, as a popup or as a page told the tab', async () => {
    const tab = await start(profile);
    const opened = await fake.sendFromContentScript(tab.id, { type: 'cs-bg-open-popup' });
    expect(opened).toBe(facts.openPopup === 'ok' ? 'popup' : 'tab');
    if (opened === 'popup') return;
    const url = `${fake.extensionBase}popup/popup.html?tabId=${tab.id}`;
    expect(fake.calls.created).toEqual([{ url }]);
    const [pageTab] = await fake.browser.tabs.query({ active: true, currentWindow: true });
    fake.showPageInTab(pageTab!.id!);
    expect((await openPopup(new URL(url).search)).dataset.cause).toBe('wrong-password');
  });

  it('clears this store’s cookies, HttpOnly ones included, and says where site data is cleared by hand', async () => {
    await start(profile);
    await fake.storage.sync.set({ settings: { clearScope: 'cookies-and-site-data' } });
    fake.pressToolbarButton();
    const app = await openPopup();
    await click(app.querySelector('button[data-action="clear-cookies"]'));
    const status = await waitFor(() => app.querySelector('.clear .outcome'));
    expect(text(status)).toContain(en('popupClearDone', ['2', '0']));
    expect(jarDomains()).toEqual(['.amazon.com session-id']);
    if (facts.browsingData) {
      expect(text(status)).toContain(en('popupSiteDataCleared'));
    } else {
      expect(text(status)).toContain(en('popupSiteDataUnsupported'));
      expect(text(status)).toContain(en(SETTINGS_PATH[profile], 'amazon.co.jp'));
    }
  });

  it('offers site data in the options only where the browser can clear it, else says where', async () => {
    await start(profile);
    view = mount(<Options />);
    const page = await waitFor(() => view!.root.querySelector<HTMLElement>('#options:not([aria-busy])'));
    await flush();
    const siteData = page.querySelector<HTMLInputElement>('input[name="clearScope"][value="cookies-and-site-data"]')!;
    expect(siteData.disabled).toBe(!facts.browsingData);
    const note = page.querySelector('[data-note="site-data-unsupported"]');
    if (facts.browsingData) {
      expect(note).toBeNull();
    } else {
      expect(text(note)).toContain(en('optionsScopeUnsupported'));
      expect(text(note)).toContain(en(SETTINGS_PATH[profile], 'amazon'));
    }
  });
});

describe('Safari before 18 (its cookies API cannot see HttpOnly cookies)', () => {
  it('the popup steps aside from clearing and says where Safari’s settings do it', async () => {
    await start('safari', 17);
    fake.pressToolbarButton();
    const app = await openPopup();
    expect(app.dataset.cause).toBe('wrong-password');
    expect(app.querySelector('button[data-action="clear-cookies"]')).toBeNull();
    const section = app.querySelector('[data-clear="unavailable"]');
    expect(text(section)).toContain(en('clearUnavailable', 'amazon.co.jp'));
    expect(text(section)).toContain(en('settingsPathSafari', 'amazon.co.jp'));
  });

  it('the banner’s clear request is refused, not half-done: every cookie stays', async () => {
    const tab = await start('safari', 17);
    await expect(fake.sendFromContentScript(tab.id, { type: 'cs-bg-clear-cookies' })).rejects.toThrow();
    await settle();
    expect(jarDomains()).toEqual(['.amazon.co.jp at-acbjp', '.amazon.co.jp session-id', '.amazon.com session-id']);
  });
});
