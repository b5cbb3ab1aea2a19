// Reading the test contract (PRODUCT.md "Test contract") off a browser: banner attribute, popup
// data-cause, badge text. Positive checks poll; negative checks wait SETTLE_MS, then look once.
import type { BrowserDriver, Tab } from './driver';
import { waitUntil } from './driver';
import { SETTLE_MS } from './env';

export const BANNER = '[data-signin-helper-cause]';
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

/** The banner's cause on this tab, or null when there is no banner host. */
export function bannerCause(driver: BrowserDriver, tab: Tab): Promise<string | null> {
  return driver.evaluate(tab, (sel: string) => document.querySelector(sel)?.getAttribute('data-signin-helper-cause') ?? null, BANNER);
}

export async function expectBanner(driver: BrowserDriver, tab: Tab, cause: string, timeoutMs = 5000): Promise<void> {
  let seen: string | null = null;
  await waitUntil(async () => (seen = await bannerCause(driver, tab)) === cause, `banner cause "${cause}"`, timeoutMs).catch(
    () => {
      throw new Error(`expected banner cause "${cause}" on ${tab.url}, saw ${seen === null ? 'no banner' : `"${seen}"`}`);
    },
  );
}

export async function expectNoBanner(driver: BrowserDriver, tab: Tab): Promise<void> {
  await settle();
  const seen = await bannerCause(driver, tab);
  if (seen !== null) throw new Error(`expected no banner on ${tab.url}, saw cause "${seen}"`);
}

/** Opens popup/popup.html?tabId=N in a tab and waits for its root's data-cause. */
export async function openPopup(driver: BrowserDriver, tabId: number, viewport?: { width: number; height: number }): Promise<Tab> {
  const popup = await driver.openExtensionPage(`popup/popup.html?tabId=${tabId}`, viewport);
  await waitUntil(() => popupCause(driver, popup), 'popup [data-cause]');
  return popup;
}

export function popupCause(driver: BrowserDriver, popup: Tab): Promise<string | null> {
  return driver.evaluate(popup, () => document.querySelector('[data-cause]')?.getAttribute('data-cause') ?? null, null);
}

/** Popup for tabId shows `cause` ("none" included), tolerating a first render before the state arrives. */
export async function expectPopupCause(driver: BrowserDriver, tabId: number, cause: string): Promise<Tab> {
  const popup = await openPopup(driver, tabId);
  let seen: string | null = null;
  const ok = await waitUntil(async () => (seen = await popupCause(driver, popup)) === cause, 'popup cause', 3000).catch(() => false);
  if (!ok) throw new Error(`expected popup data-cause="${cause}" for tab ${tabId}, saw "${seen}"`);
  if (cause === 'none') {
    await settle();
    seen = await popupCause(driver, popup);
    if (seen !== 'none') throw new Error(`popup for tab ${tabId} changed to data-cause="${seen}"`);
  }
  return popup;
}

export function badgeText(driver: BrowserDriver, tabId: number): Promise<string> {
  return driver.ext((api, id: number) => api.action.getBadgeText({ tabId: id }), tabId);
}

export async function expectBadge(driver: BrowserDriver, tabId: number, nonEmpty: boolean): Promise<void> {
  if (nonEmpty) {
    await waitUntil(async () => (await badgeText(driver, tabId)) !== '', `non-empty badge on tab ${tabId}`);
    return;
  }
  await settle();
  const text = await badgeText(driver, tabId);
  if (text !== '') throw new Error(`expected an empty badge on tab ${tabId}, saw "${text}"`);
}
