// Reading the test contract (docs/TEST-CONTRACT.md) off a browser: banner attribute, popup
// data-cause, badge text. Positive checks poll; negative checks need `settle()` first (nothing to
// wait for when the right answer is "nothing happened").
import type { BrowserDriver, Tab, Viewport } from './driver';
import { waitUntil } from './driver';
import { SETTLE_MS } from './env';

export const BANNER = '[data-signin-helper-cause]';

/** Whether content.js ran in the tab: its one record (content-scripts/instance.ts) in the extension's
 *  isolated world, read there by a probe the extension injects (the page's own world can't see it). */
export const hasContentScript = (driver: BrowserDriver, tab: Tab) =>
  driver.ext(async (api, tabId: number) => {
    const [probe] = await api.scripting.executeScript({
      target: { tabId },
      func: () => Symbol.for('signin-helper-for-amazon') in window,
    });
    return probe?.result === true;
  }, tab.id);
export const settle = (ms = SETTLE_MS) => new Promise((r) => setTimeout(r, ms));
/** Waits until SETTLE_MS have passed since the tab's page loaded (other checks may have used up some). */
export const settled = (tab: Tab) => settle(Math.max(0, tab.loadedAt + SETTLE_MS - Date.now()));

/** The banner's cause on this tab, or null when there is no banner host. */
export function bannerCause(driver: BrowserDriver, tab: Tab): Promise<string | null> {
  return driver.evaluate(
    tab,
    (sel: string) => document.querySelector(sel)?.getAttribute('data-signin-helper-cause') ?? null,
    BANNER,
  );
}

export async function expectBanner(driver: BrowserDriver, tab: Tab, cause: string, timeoutMs = 8000): Promise<void> {
  let seen: string | null = null;
  const ok = await waitUntil(async () => (seen = await bannerCause(driver, tab)) === cause, 'banner', timeoutMs).catch(
    () => false,
  );
  if (!ok)
    throw new Error(`expected banner cause "${cause}" on ${tab.url}, saw ${seen === null ? 'no banner' : `"${seen}"`}`);
}

/** Call after settle(): no element carries the banner attribute. */
export async function expectNoBanner(driver: BrowserDriver, tab: Tab): Promise<void> {
  const seen = await bannerCause(driver, tab);
  if (seen !== null) throw new Error(`expected no banner on ${tab.url}, saw cause "${seen}"`);
}

export function popupCause(driver: BrowserDriver, popup: Tab): Promise<string | null> {
  return driver.evaluate(popup, () => document.querySelector('[data-cause]')?.getAttribute('data-cause') ?? null, null);
}

/** Opens popup/popup.html?tabId=N in a tab and waits until its root carries data-cause (= state loaded). */
export async function openPopup(driver: BrowserDriver, tabId: number, viewport?: Viewport): Promise<Tab> {
  const popup = await driver.openExtensionPage(`popup/popup.html?tabId=${tabId}`, viewport);
  await waitUntil(() => popupCause(driver, popup), 'popup [data-cause]');
  return popup;
}

/**
 * The popup for tabId shows `cause` ("none" included). The popup reads the tab's state once when it
 * opens, so a late state needs a fresh popup: retry by reopening, not by polling the same page.
 */
export async function expectPopupCause(
  driver: BrowserDriver,
  tabId: number,
  cause: string,
  viewport?: Viewport,
): Promise<Tab> {
  let seen: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const popup = await openPopup(driver, tabId, viewport);
    seen = await popupCause(driver, popup);
    if (seen === cause) return popup;
    await driver.closeTab(popup);
    await settle(300);
  }
  throw new Error(`expected popup data-cause="${cause}" for tab ${tabId}, saw "${seen}"`);
}

export function badgeText(driver: BrowserDriver, tabId: number): Promise<string> {
  return driver.ext((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
}

/** Non-empty: polls. Empty: call after settle(). */
export async function expectBadge(driver: BrowserDriver, tabId: number, nonEmpty: boolean): Promise<void> {
  let text = '';
  if (nonEmpty) {
    const ok = await waitUntil(async () => (text = await badgeText(driver, tabId)) !== '', 'badge').catch(() => false);
    if (!ok) throw new Error(`expected a non-empty badge on tab ${tabId}, saw ""`);
    return;
  }
  text = await badgeText(driver, tabId);
  if (text !== '') throw new Error(`expected an empty badge on tab ${tabId}, saw "${text}"`);
}

/**
 * Everything the contract says about one page: banner, badge and popup agree on `cause`
 * ("none": no banner, empty badge, popup data-cause="none").
 */
export async function expectDiagnosis(driver: BrowserDriver, tab: Tab, cause: string): Promise<Tab> {
  if (cause === 'none') {
    // Popup last: it reads the tab's state once, and must read it after the content script reported.
    await settled(tab);
    await expectNoBanner(driver, tab);
    await expectBadge(driver, tab.id, false);
    return expectPopupCause(driver, tab.id, cause);
  }
  await expectBanner(driver, tab, cause);
  await expectBadge(driver, tab.id, true);
  return expectPopupCause(driver, tab.id, cause);
}
