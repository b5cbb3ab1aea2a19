// The person is already stuck when they install the extension: the error page is open first, then the
// extension arrives (Chromium: CDP Extensions.loadUnpacked; Firefox: BiDi webExtension.install). An
// update (the same folder loaded again) leaves one live banner per tab. The popup rebuilds a tab's
// diagnosis the background lost. Where the store's access is withheld (Firefox: the host permission
// removed), the popup says so and one click grants it. A browser of its own, observed: any error from
// the extension in a page's console fails the test.
import { expect, it } from 'vitest';
import type { BrowserDriver, Tab } from '../driver';
import { waitUntil } from '../driver';
import {
  BANNER,
  expectBadge,
  expectBanner,
  expectDiagnosis,
  expectNoBanner,
  expectPopupCause,
  hasContentScript,
  openPopup,
  popupCause,
  settled,
} from '../expect-ext';
import { PAGES } from '../routes';
import type { Scenarios } from '../suite';
import { clickInBanner, ownPageUrl } from './banner-actions';
import { useObservedBrowser } from './observed-browser';

const ERROR_PAGES = [ownPageUrl('wrong-password.ja.html'), ownPageUrl('wrong-password.en.html'), PAGES.wrongPassword];

/** Set in the page's own world: still there afterwards means the page was not reloaded. */
const markDocument = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(tab, () => void ((window as unknown as { e2eDocument: string }).e2eDocument = 'before'), null);
const sameDocument = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(tab, () => (window as unknown as { e2eDocument?: string }).e2eDocument === 'before', null);
const bannerCount = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(tab, (sel: string) => document.querySelectorAll(sel).length, BANNER);

export const openTabs: Scenarios = (ctx) => {
  const observed = useObservedBrowser(ctx, () => [], { extensionLater: true });
  let installed = false;
  const install = async () => {
    await observed().driver.installExtension();
    installed = true;
  };

  it('installed while error pages are open (ja, en, a capture): banner, badge and popup, no reload; a product page gets nothing', async () => {
    const { driver } = observed();
    const before = await Promise.all(ERROR_PAGES.map((url) => driver.open(url)));
    // A store page that is not a sign-in page, open at install too: it must get nothing.
    const product = await driver.open(ownPageUrl('product.ja.html'));
    for (const tab of before) await markDocument(driver, tab);
    if (!installed) await install();
    for (const tab of await Promise.all(before.map((t) => driver.identify(t)))) {
      await expectDiagnosis(driver, tab, 'wrong-password');
      expect(await sameDocument(driver, tab)).toBe(true);
      expect(await bannerCount(driver, tab)).toBe(1);
      expect(await hasContentScript(driver, tab)).toBe(true);
    }
    const notSignIn = await driver.identify(product);
    await expectBadge(driver, notSignIn.id, false);
    expect(await hasContentScript(driver, notSignIn)).toBe(false);
  });

  it('update while tabs are diagnosed (a private window’s too): one live banner per tab, its fix opens the right page', async () => {
    if (!installed) await install();
    const { driver } = observed();
    const [ja, en] = await Promise.all(ERROR_PAGES.slice(0, 2).map((url) => driver.open(url)));
    const place = await driver.isolated('private');
    const inPrivate = await place!.open(ERROR_PAGES[2]!);
    for (const tab of [ja!, en!, inPrivate]) await expectBanner(driver, tab, 'wrong-password');
    await install(); // the same folder again: an update
    for (const tab of [ja!, en!, inPrivate]) {
      await expectBadge(driver, tab.id, true);
      await settled({ ...tab, loadedAt: Date.now() });
      expect(await bannerCount(driver, tab)).toBe(1);
      await expectPopupCause(driver, tab.id, 'wrong-password');
    }
    // The banner left is the live one: its fix takes the tab to this store's password reset.
    await clickInBanner(driver, ja!, 'button.primary');
    const expected = 'https://www.amazon.co.jp/ap/forgotpassword?openid.assoc_handle=jpflex';
    await waitUntil(
      async () => (await driver.ext((api, id: number) => api.tabs.get(id), ja!.id)).url === expected,
      'the forgot-password page',
      8000,
    );
  });

  it('the popup on a sign-in tab whose state the background lost shows its cause', async () => {
    if (!installed) await install();
    const { driver } = observed();
    const tab = await driver.open(ownPageUrl('wrong-password.ja.html'));
    await expectBanner(driver, tab, 'wrong-password');
    await expectBadge(driver, tab.id, true);
    await driver.ext((api, id: number) => api.storage.session.remove(`tab:${id}`), tab.id);
    expect(await driver.ext((api) => api.storage.session.get(null), null)).not.toHaveProperty(`tab:${tab.id}`);
    await expectPopupCause(driver, tab.id, 'wrong-password');
  });

  it('access withheld (the store’s host permission removed): the popup names it, one click grants it', async ({
    skip,
  }) => {
    if (!installed) await install();
    const { driver } = observed();
    if (!driver.grantActiveTab) return skip('this browser’s automation cannot withhold site access');
    const jp = ['*://*.amazon.co.jp/*'];
    // Every origin of the store, the content script's matches included (Firefox grants those too).
    await driver.ext(async (api) => {
      const { origins } = await api.permissions.getAll();
      await api.permissions.remove({ origins: origins.filter((o: string) => /[./]amazon\.co\.jp\//.test(o)) });
    }, null);
    expect(await driver.ext((api, origins: string[]) => api.permissions.contains({ origins }), jp)).toBe(false);
    const clicked = await driver.open(ownPageUrl('wrong-password.ja.html'), undefined, { unseen: true });
    const other = await driver.open(PAGES.jpWrongPassword, undefined, { unseen: true });
    await settled(other);
    await expectNoBanner(driver, other);
    // The person clicks the toolbar button on one of them: the popup diagnoses it (activeTab) and says why
    // the banner can't come by itself.
    await driver.grantActiveTab(clicked);
    const popup = await openPopup(driver, (await driver.identify(clicked)).id);
    await waitUntil(
      () => driver.evaluate(popup, () => !!document.querySelector('[data-action="grant-site-access"]'), null),
      'the grant button',
    );
    expect(await popupCause(driver, popup)).toBe('wrong-password');
    if (process.env.E2E_SHOTS)
      await driver.screenshot(popup, `${process.env.E2E_SHOTS}/popup-withheld-${driver.name}.png`);
    // The options page names the store too, with the same grant.
    const options = await driver.openExtensionPage('options/options.html');
    const listed = await waitUntil(async () => {
      const stores = await driver.evaluate(
        options,
        () =>
          [...document.querySelectorAll<HTMLElement>('[data-action="grant-site-access"]')].map((b) => b.dataset.store),
        null,
      );
      return stores.length ? stores : null;
    }, 'the options page’s withheld stores');
    expect(listed).toEqual(['jp']);
    if (process.env.E2E_SHOTS) {
      await driver.evaluate(options, () => document.querySelector('.access')?.scrollIntoView(), null);
      await driver.screenshot(options, `${process.env.E2E_SHOTS}/options-withheld-${driver.name}.png`);
    }
    await driver.click(popup, '[data-action="grant-site-access"]');
    await waitUntil(
      () => driver.ext((api, origins: string[]) => api.permissions.contains({ origins }), jp),
      'amazon.co.jp granted',
    );
    // Granting brings the content script into the other open tab, without a reload.
    await expectDiagnosis(driver, await driver.identify(other), 'wrong-password');
  });
};
