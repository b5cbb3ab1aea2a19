// The banner's own behaviour and the options that steer it: hide, banner off, language.
import { afterEach, expect, it } from 'vitest';
import { clickBannerButton, bannerContent, JAPANESE, message, resetOptions } from '../banner-ui';
import { waitUntil, type BrowserDriver, type Tab } from '../driver';
import {
  bannerCause,
  expectBadge,
  expectBanner,
  expectNoBanner,
  expectPopupCause,
  openPopup,
  settle,
} from '../expect-ext';
import { PAGES } from '../routes';
import type { Scenarios } from '../suite';

/** Changes one option the way a person does: on the options page, with a real click. */
async function chooseOption(
  driver: BrowserDriver,
  selector: string,
  check: (settings: Record<string, unknown>) => boolean,
) {
  const options = await driver.openExtensionPage('options/options.html');
  await waitUntil(
    () => driver.evaluate(options, (sel: string) => !!document.querySelector(sel), selector),
    `options ${selector}`,
  );
  await driver.click(options, selector);
  await waitUntil(
    async () =>
      check(
        ((await driver.ext((api) => api.storage.sync.get('settings'), null)) as { settings?: Record<string, unknown> })
          .settings ?? {},
      ),
    `option ${selector} saved`,
  );
  await driver.closeTab(options);
}

const popupText = (driver: BrowserDriver, popup: Tab) =>
  driver.evaluate(
    popup,
    () => ({
      text: document.body.innerText,
      lang: document.querySelector('[data-cause]')?.getAttribute('lang') ?? '',
    }),
    null,
  );

export const banner: Scenarios = (ctx) => {
  afterEach(async () => resetOptions(ctx().driver));

  it('banner: "Hide" takes it away (host element gone), badge and popup keep the diagnosis', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, tab, 'wrong-password');
    await clickBannerButton(driver, tab, message('en', 'bannerDismiss'));
    await waitUntil(async () => (await bannerCause(driver, tab)) === null, 'banner hidden');
    await settle();
    await expectNoBanner(driver, tab);
    await expectBadge(driver, tab.id, true);
    await expectPopupCause(driver, tab.id, 'wrong-password');
  });

  it('options: banner switched off on the options page → no banner on the next load; popup still diagnoses', async () => {
    const { driver } = ctx();
    await chooseOption(driver, 'input[name="banner"]', (s) => s.banner === false);
    const tab = await driver.open(PAGES.wrongPassword);
    await expectBadge(driver, tab.id, true);
    await settle();
    await expectNoBanner(driver, tab);
    await expectPopupCause(driver, tab.id, 'wrong-password');
  });

  it('options: language 日本語 then English changes the banner and popup text', async () => {
    const { driver } = ctx();
    await chooseOption(driver, 'input[name="language"][value="ja"]', (s) => s.language === 'ja');
    let tab = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, tab, 'wrong-password');
    const ja = await bannerContent(driver, tab);
    expect(ja?.text).toMatch(JAPANESE);
    let popup = await openPopup(driver, tab.id);
    expect((await popupText(driver, popup)).text).toMatch(JAPANESE);
    expect((await popupText(driver, popup)).lang).toBe('ja');

    await chooseOption(driver, 'input[name="language"][value="en"]', (s) => s.language === 'en');
    tab = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, tab, 'wrong-password');
    const en = await bannerContent(driver, tab);
    expect(en?.text).toContain(message('en', 'bannerDismiss'));
    expect(en?.text).not.toMatch(JAPANESE);
    popup = await openPopup(driver, tab.id);
    expect((await popupText(driver, popup)).lang).toBe('en');
    expect((await popupText(driver, popup)).text).toContain(message('en', 'popupOpenOptions'));
  });
};
