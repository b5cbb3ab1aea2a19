// Which tab the popup is about, and what the background knows of it.
import { getBrowser } from '../src/browser';
import { parseDiagnosis, type TabState } from '../src/messages';
import { isMarketplaceId } from '../src/marketplaces';
import { parsePageStructure } from '../src/structure-check';

/** True when this page runs in a toolbar popup rather than a tab (Firefox for Android opens a tab). */
export function isInPopup(): boolean {
  try {
    return getBrowser().extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

export async function findTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d{1,15}$/.test(param)) return Number(param);
  const tabs = getBrowser().tabs;
  try {
    const [active] = await tabs.query({ active: true, currentWindow: true });
    // getCurrent: a tab when this page is one, undefined in the popup (or where it is missing).
    const current = await Promise.resolve()
      .then(() => tabs.getCurrent())
      .catch(() => undefined);
    if (active?.id !== undefined && active.id !== current?.id) return active.id;
    if (!current) return null;
    // Opened as a tab of its own (Firefox for Android): the page the person came from is the one
    // they used last before this one.
    const others = (await tabs.query({ currentWindow: true })).filter((tab) => tab.id !== current.id);
    others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0]?.id ?? null;
  } catch {
    return null;
  }
}

/** The background's answer, checked; null when it has nothing or cannot be reached. */
export async function loadTabState(tabId: number): Promise<TabState | null> {
  try {
    const reply: unknown = await getBrowser().runtime.sendMessage({ type: 'ui-bg-get-tab', tabId });
    if (typeof reply !== 'object' || reply === null) return null;
    const r = reply as Record<string, unknown>;
    const diagnosis = r.diagnosis == null ? null : parseDiagnosis(r.diagnosis);
    return {
      tabId,
      diagnosis: typeof diagnosis === 'string' ? null : diagnosis,
      marketplace: isMarketplaceId(r.marketplace) ? r.marketplace : null,
      time: typeof r.time === 'number' && Number.isFinite(r.time) ? r.time : null,
      structure: parsePageStructure(r.structure),
    };
  } catch {
    return null;
  }
}
