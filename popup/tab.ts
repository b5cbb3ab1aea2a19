// Which tab the popup is about, and what the background knows of it.
import { getBrowser } from '../src/browser';
import { type TabState, uiBgGetTab } from '../src/messages';
import { ask } from './api';

/** True when this page runs in a toolbar popup rather than a tab (Firefox for Android opens a tab). */
export function isInPopup(): boolean {
  try {
    return getBrowser().extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

/**
 * The tab the popup is about: ?tabId=N when given; in the toolbar popup the active tab; opened as a
 * tab of its own (Firefox for Android's toolbar button), the tab the person used last before it.
 */
export async function findTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d{1,15}$/.test(param)) return Number(param);
  const tabs = getBrowser().tabs;
  try {
    const activeTab = async () => (await tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null;
    if (isInPopup()) return await activeTab();
    // getCurrent: this page's own tab, or nothing where it is missing.
    const current = await Promise.resolve()
      .then(() => tabs.getCurrent())
      .catch(() => undefined);
    if (current?.id === undefined) return await activeTab();
    // Safari answers getCurrent() inside its popup with the web page's tab, not ours: that is the one.
    const ownPage = current.url?.startsWith(getBrowser().runtime.getURL('')) ?? true;
    if (!ownPage) return current.id;
    const others = (await tabs.query({ currentWindow: true })).filter((tab) => tab.id !== current.id);
    others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0]?.id ?? null;
  } catch {
    return null;
  }
}

/** The background's answer, checked; null when it has nothing or cannot be reached. */
export function loadTabState(tabId: number): Promise<TabState | null> {
  return ask(uiBgGetTab, { tabId });
}
