// The .com vs .co.jp trap told from this browser's own sessions: an amazon.com sign-in cookie, set
// from outside (CDP / BiDi), and amazon.co.jp's "account not found" page. The banner and the popup
// point to amazon.com first, in both languages; without the cookie, nothing of it is said.
import { afterEach, expect, it } from 'vitest';
import { translator } from '../../translations';
import { resetOptions } from '../banner-ui';
import { waitUntil, type BrowserDriver } from '../driver';
import { expectBanner, expectPopupCause } from '../expect-ext';
import type { Scenarios } from '../suite';
import { bannerView, clickInBanner, ownPageUrl } from './banner-actions';

export const AMAZON_COM_SIGN_IN = 'https://www.amazon.com/gp/sign-in.html';
/** Stores in the sentence: the page's, then the one this browser is signed in to. */
const SUBS = ['amazon.co.jp', 'amazon.com'];

/** amazon.com's signed-in cookie, as Amazon sets it after a sign-in. */
export async function signInToAmazonCom(driver: BrowserDriver, value = 'Atza|e2e'): Promise<void> {
  await driver.setCookie({ name: 'at-main', value, domain: '.amazon.com', path: '/' });
}

/** Takes the sign-in away again, with the extension's API (the suite's other scenarios expect none). */
export async function signOutOfAmazonCom(driver: BrowserDriver): Promise<void> {
  await driver.ext(async (api) => {
    for (const c of await api.cookies.getAll({ name: 'at-main' }))
      await api.cookies.remove({ url: 'https://www.amazon.com/', name: 'at-main', storeId: c.storeId });
  }, null);
}

const elsewhereAttr = (driver: BrowserDriver, popup: Parameters<BrowserDriver['evaluate']>[0]) =>
  driver.evaluate(popup, () => document.querySelector('[data-cause]')?.getAttribute('data-signed-in-elsewhere'), null);

export const signedIn: Scenarios = (ctx) => {
  afterEach(async () => {
    await signOutOfAmazonCom(ctx().driver);
    await resetOptions(ctx().driver);
  });

  for (const language of ['en', 'ja'] as const) {
    it(`with an amazon.com session, amazon.co.jp's account-not-found points to amazon.com first (${language})`, async () => {
      const { driver } = ctx();
      const t = translator(language);
      await driver.ext((api, lang: string) => api.storage.sync.set({ settings: { language: lang } }), language);
      await signInToAmazonCom(driver);
      const tab = await driver.open(ownPageUrl('account-not-found.ja.html'));
      await expectBanner(driver, tab, 'account-not-found');
      const view = await waitUntil(async () => {
        const v = await bannerView(driver, tab);
        return v?.text.includes(t('signedInElsewhereText', SUBS)) ? v : null;
      }, 'the banner to say where this browser is signed in');
      expect(view.buttons.find((b) => b.primary)?.label).toBe(t('signedInElsewhereButton', SUBS));

      const popup = await expectPopupCause(driver, tab.id, 'account-not-found');
      expect(await elsewhereAttr(driver, popup)).toBe('amazon.com');
      const first = await driver.evaluate(
        popup,
        () => {
          const a = document.querySelector('#app a.button, #app button[data-action]');
          return { href: a?.getAttribute('href') ?? null, text: (a?.textContent ?? '').trim() };
        },
        null,
      );
      expect(first).toEqual({ href: AMAZON_COM_SIGN_IN, text: t('signedInElsewhereButton', SUBS) });

      // The banner's button takes this tab to amazon.com's sign-in (the fake server answers 404 there).
      await clickInBanner(driver, tab, 'button.primary');
      let url = '';
      await waitUntil(
        async () =>
          (url = (await driver.ext((api, id: number) => api.tabs.get(id), tab.id)).url) === AMAZON_COM_SIGN_IN,
        "amazon.com's sign-in page",
        8000,
      ).catch(() => {
        throw new Error(`expected tab ${tab.id} at ${AMAZON_COM_SIGN_IN}, it is at ${url}`);
      });
    });
  }

  it('without a session elsewhere nothing of it is said: banner and popup as before', async () => {
    const { driver } = ctx();
    const t = translator('en');
    const tab = await driver.open(ownPageUrl('account-not-found.ja.html'));
    await expectBanner(driver, tab, 'account-not-found');
    const view = await waitUntil(() => bannerView(driver, tab), 'banner content');
    expect(view.text).not.toContain(t('signedInElsewhereText', SUBS));
    expect(view.buttons.find((b) => b.primary)?.label).toBe(t('actionSisterSignIn', SUBS));
    const popup = await expectPopupCause(driver, tab.id, 'account-not-found');
    expect(await elsewhereAttr(driver, popup)).toBeNull();
    expect(await driver.evaluate(popup, () => document.querySelector('[data-session]') === null, null)).toBe(true);
  });
};
