// What the banner's buttons do when a person clicks them (real, trusted clicks inside its closed
// shadow root): the fix button (a store page in this tab, or clearing the store's cookies in place),
// and "More" / "See how to fix it", which open the popup about this tab. Hide is in banner.ts.
import { afterEach, expect, it } from 'vitest';
import { GUIDANCE } from '../../../src/guidance';
import type { CauseId } from '../../../src/detect/types';
import { message, resetOptions } from '../banner-ui';
import { waitUntil, type BrowserDriver, type CookieInfo, type Tab } from '../driver';
import { BANNER, expectBanner, popupCause } from '../expect-ext';
import { ownPages, PAGES } from '../routes';
import type { Scenarios } from '../suite';

/** The URL an own page (tests/pages/<label>) is served at. */
export function ownPageUrl(label: string): string {
  const page = ownPages().find((p) => p.expected.label === label);
  if (!page) throw new Error(`tests/pages/${label} is not served (missing, or no expected-cause / served-at)`);
  return page.expected.url;
}

type Lang = 'en' | 'ja';

/** The banner as a person sees it: its language, text, and its buttons' labels and classes. */
export function bannerView(driver: BrowserDriver, tab: Tab) {
  return driver.inShadowRoot(
    tab,
    BANNER,
    (root) => ({
      lang: (root.querySelector('[lang]')?.getAttribute('lang') ?? 'en') as Lang,
      text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
      buttons: [...root.querySelectorAll('button')].map((b) => ({
        label: (b.textContent ?? '').trim(),
        primary: b.classList.contains('primary'),
      })),
    }),
    null,
  );
}

/** Real click on the banner button matching `css` (inside the closed root), at its on-screen centre. */
export async function clickInBanner(driver: BrowserDriver, tab: Tab, css: string, label?: string): Promise<void> {
  const at = await driver.inShadowRoot(
    tab,
    BANNER,
    (root, q: { css: string; label: string | null }) => {
      const button = [...root.querySelectorAll<HTMLButtonElement>(q.css)].find(
        (b) => q.label === null || b.textContent?.trim() === q.label,
      );
      if (!button || button.disabled) return null;
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { css, label: label ?? null },
  );
  if (!at) throw new Error(`no enabled banner button ${css}${label ? ` "${label}"` : ''} on ${tab.url}`);
  await driver.mouseClick(tab, at.x, at.y);
}

const under = (domain: string) => (c: CookieInfo) => {
  const host = c.domain.replace(/^\./, '');
  return host === domain || host.endsWith(`.${domain}`);
};
const names = (cookies: CookieInfo[]) => cookies.map((c) => `${c.domain}${c.path} ${c.name}`).sort();
/** "Label: value" as the banner writes it: a space after an English label, none after Japanese "：". */
const labelled = (label: string, value: number) => `${label}${label.endsWith('：') ? '' : ' '}${value}`;

/** The banner's fix button for a cause, from the product's own cause table (null: the fix is steps). */
const bannerPrimary = (cause: string) => GUIDANCE[cause as CauseId].primary;

/** An amazon.co.jp page (own pages, cookies allowed) whose banner's fix button clears cookies, if any. */
function clearCookiesPage(): { label: string; url: string; cause: string } | null {
  const pages = ownPages().map((p) => p.expected);
  return (
    pages.find(
      (e) =>
        !e.cookiesBlocked &&
        new URL(e.url).hostname === 'www.amazon.co.jp' &&
        e.cause !== 'none' &&
        bannerPrimary(e.cause) === 'clear-cookies',
    ) ?? null
  );
}

/** What "more" did: a toolbar popup, or a tab with popup.html?tabId=N. */
type MoreOutcome = { kind: 'popup' } | { kind: 'tab'; tab: Tab };

/**
 * Open toolbar popups, asked of the extension itself (the drivers can't see a popup as a page):
 * Chromium's service worker lists contexts (documentUrl only); Firefox's probe page can reach a popup's
 * document (extension.getViews) and read its data-cause.
 */
function popups(driver: BrowserDriver): Promise<{ url: string; cause: string | null }[]> {
  return driver.ext(async (api) => {
    if (typeof api.runtime.getContexts === 'function' && typeof api.extension?.getViews !== 'function') {
      const contexts: { documentUrl?: string }[] = await api.runtime.getContexts({ contextTypes: ['POPUP'] });
      return contexts.map((c) => ({ url: c.documentUrl ?? '', cause: null }));
    }
    return (api.extension.getViews({ type: 'popup' }) as Window[]).map((w) => ({
      url: w.location.href,
      cause: w.document.querySelector('[data-cause]')?.getAttribute('data-cause') ?? null,
    }));
  }, null);
}

/** Tabs showing popup/popup.html?tabId=<tabId>, asked of the extension (its own pages' URLs are visible to it). */
function popupTabs(driver: BrowserDriver, tabId: number): Promise<number> {
  return driver.ext(async (api, url: string) => {
    const tabs: { url?: string }[] = await api.tabs.query({});
    return tabs.filter((t) => t.url === url).length;
  }, `${driver.extensionBase}popup/popup.html?tabId=${tabId}`);
}

/** Clears the store's cookies with the banner's primary button on `page`, then reloads with it. */
async function bannerClearsCookies(driver: BrowserDriver, page: { url: string; cause: string }): Promise<void> {
  // Cookies of three sites and of another amazon.co.jp host, so "only this store" means something.
  await driver.open(PAGES.otherCookies);
  await driver.open(PAGES.usCookies);
  await driver.open(PAGES.jpCookies);
  await driver.setCookie({ name: 'jp-sub', value: '1', domain: 'images.amazon.co.jp', path: '/' });
  await driver.setCookie({ name: 'au', value: '1', domain: '.amazon.com.au', path: '/' });
  const tab = await driver.open(page.url);
  await expectBanner(driver, tab, page.cause);

  const before = await driver.cookies();
  const mine = before.filter(under('amazon.co.jp'));
  expect(mine.map((c) => c.name)).toEqual(expect.arrayContaining(['session-id', 'chips', 'jp-sub']));
  const view = await waitUntil(() => bannerView(driver, tab), 'banner content');
  const t = (key: string) => message(view.lang, key);
  // The primary action clears cookies: the banner says beforehand what that does.
  expect(view.buttons.find((b) => b.primary)?.label).toBe(t('actionClearCookies'));
  expect(view.text).toContain(t('bannerClearNote'));

  await clickInBanner(driver, tab, 'button.primary');
  await waitUntil(
    async () => (await driver.cookies()).filter(under('amazon.co.jp')).length === 0,
    'no amazon.co.jp cookies',
    8000,
  ).catch(async () => {
    throw new Error(
      `amazon.co.jp cookies left: ${names((await driver.cookies()).filter(under('amazon.co.jp'))).join(', ')}`,
    );
  });
  const after = await driver.cookies();
  for (const other of ['amazon.com', 'amazon.com.au', 'example.org']) {
    expect(names(after.filter(under(other))), `${other} cookies`).toEqual(names(before.filter(under(other))));
  }
  // The banner reports the count and offers the reload in place of the clear button.
  const result = `${labelled(t('bannerClearedRemoved'), mine.length)} · ${labelled(t('bannerClearedLeft'), 0)}`;
  const done = await waitUntil(async () => {
    const v = await bannerView(driver, tab);
    return v?.text.includes(result) ? v : null;
  }, `banner to show "${result}"`).catch(async () => {
    throw new Error(`banner shows "${(await bannerView(driver, tab))?.text}", expected it to contain "${result}"`);
  });
  expect(done.buttons.find((b) => b.primary)?.label).toBe(t('bannerReload'));

  // "Reload page" reloads the sign-in page: a marker left in the page's window is gone after it.
  await driver.evaluate(tab, () => void ((window as unknown as { e2eMarker?: number }).e2eMarker = 1), null);
  await clickInBanner(driver, tab, 'button.primary');
  await waitUntil(
    () =>
      driver.evaluate(
        tab,
        () =>
          document.readyState === 'complete' && (window as unknown as { e2eMarker?: number }).e2eMarker === undefined,
        null,
      ),
    'the page to reload',
    8000,
  );
  await expectBanner(driver, tab, page.cause);
}

/**
 * A real click on a banner button opens the popup about `tab`. open-popup.ts tries action.openPopup
 * and falls back to popup.html?tabId=N in a new tab; both browsers open the real toolbar popup here
 * (headless too), so the fallback tab counts as a failure, with what it showed.
 */
async function expectPopupOnClick(
  driver: BrowserDriver,
  tab: Tab,
  css: string,
  label: string,
  cause: string,
): Promise<void> {
  const before = (await popups(driver)).length;
  await clickInBanner(driver, tab, css, label);
  const popupTab = `${driver.extensionBase}popup/popup.html?tabId=${tab.id}`;
  const outcome = await waitUntil<MoreOutcome>(
    async () => {
      if ((await popups(driver)).length > before) return { kind: 'popup' };
      if ((await popupTabs(driver, tab.id)) > 0) return { kind: 'tab', tab: await driver.adoptTab(popupTab) };
      return null;
    },
    `a popup or a popup tab after "${label}"`,
    8000,
  );
  if (outcome.kind === 'tab') {
    const shown = await waitUntil(() => popupCause(driver, outcome.tab), 'popup [data-cause]');
    throw new Error(
      `"${label}" opened ${outcome.tab.url} (data-cause="${shown}") in a tab instead of the toolbar popup`,
    );
  }
  // The toolbar popup has no tabId: it shows the active tab, which must be this one.
  // (Chromium lists a new popup context before its document has a URL.)
  const popupUrl = `${driver.extensionBase}popup/popup.html`;
  let urls: string[] = [];
  await waitUntil(
    async () => (urls = (await popups(driver)).map((p) => p.url)).includes(popupUrl),
    'the popup document',
  ).catch(() => {
    throw new Error(`expected an open popup at ${popupUrl}, saw ${JSON.stringify(urls)}`);
  });
  const active = await driver.ext(
    async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
    null,
  );
  expect(active).toBe(tab.id);
  expect(await popupTabs(driver, tab.id)).toBe(0);
  if (driver.name === 'firefox') {
    // Firefox lets the probe read the popup's document: it shows this tab's diagnosis.
    expect(
      await waitUntil(async () => (await popups(driver)).find((p) => p.cause)?.cause, "the popup's data-cause"),
    ).toBe(cause);
  }
  // Close it where we can (Firefox: from the probe), so the next scenario starts without one.
  await driver.ext((api) => {
    if (typeof api.extension?.getViews === 'function')
      for (const w of api.extension.getViews({ type: 'popup' }) as Window[]) w.close();
  }, null);
}

export const bannerActions: Scenarios = (ctx) => {
  afterEach(async () => resetOptions(ctx().driver));

  it("banner primary button on the amazon.co.jp wrong-password page opens that store's forgot-password page in the tab", async () => {
    const { driver } = ctx();
    const tab = await driver.open(ownPageUrl('wrong-password.ja.html'));
    await expectBanner(driver, tab, 'wrong-password');
    const view = await waitUntil(() => bannerView(driver, tab), 'banner content');
    // The primary button is the reset-password action, labelled in the banner's language.
    expect(view.buttons.find((b) => b.primary)?.label).toBe(message(view.lang, 'actionForgotPassword'));
    await clickInBanner(driver, tab, 'button.primary');
    // The fake server answers 404 there; what matters is where the tab went (asked of the tabs API).
    const expected = 'https://www.amazon.co.jp/ap/forgotpassword?openid.assoc_handle=jpflex';
    let url = '';
    await waitUntil(
      async () => (url = (await driver.ext((api, id: number) => api.tabs.get(id), tab.id)).url) === expected,
      'the forgot-password page',
      8000,
    ).catch(() => {
      throw new Error(`expected tab ${tab.id} at ${expected}, it is at ${url}`);
    });
  });

  const clearing = clearCookiesPage();
  if (clearing) {
    it(`banner primary button on ${clearing.label} (${clearing.cause}) clears amazon.co.jp's cookies (counted from outside) and shows the result`, () =>
      bannerClearsCookies(ctx().driver, clearing));
  } else {
    // The product's call, not a bug: no cause's banner offers clear-cookies, so there is nothing to
    // click (the popup's clear button is covered in cookies.ts).
    it.skip("banner primary clear-cookies: no cause in src/detect/causes has clear-cookies as the banner's primary action", () => {});
  }

  it('banner "More" opens the toolbar popup about this tab (wrong-password, amazon.co.jp)', async () => {
    const { driver } = ctx();
    const tab = await driver.open(ownPageUrl('wrong-password.ja.html'));
    await expectBanner(driver, tab, 'wrong-password');
    const view = await waitUntil(() => bannerView(driver, tab), 'banner content');
    await expectPopupOnClick(driver, tab, 'button:not(.primary)', message(view.lang, 'bannerMore'), 'wrong-password');
  });

  it('banner without a one-click fix (captcha): its main button "See how to fix it" opens the popup about this tab', async () => {
    const { driver } = ctx();
    // Only while the product says so: captcha's fix is steps, no single page or click (src/detect/causes).
    expect(bannerPrimary('captcha')).toBeNull();
    const tab = await driver.open(ownPageUrl('captcha.ja.html'));
    await expectBanner(driver, tab, 'captcha');
    const view = await waitUntil(() => bannerView(driver, tab), 'banner content');
    const howTo = message(view.lang, 'bannerHowToFix');
    expect(view.buttons.filter((b) => b.primary).map((b) => b.label)).toEqual([howTo]);
    expect(view.buttons.map((b) => b.label)).not.toContain(message(view.lang, 'bannerMore'));
    await expectPopupOnClick(driver, tab, 'button.primary', howTo, 'captcha');
  });
};
