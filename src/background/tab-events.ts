// A tab's diagnosis belongs to one page: forget it (and its badge) when the tab starts loading another
// page or closes. We have no `tabs` permission, so only changeInfo.status is relied on, never the url.
import type { Tabs } from 'webextension-polyfill';
import { showBadge } from './badge';
import { loadTranslator } from '../i18n';
import { marketplaceById } from '../marketplaces';
import { loadSettings } from '../settings';
import { chosenLanguage, userTranslator } from './language';
import { inTabOrder } from './tab-queue';
import { allTabStates, clearTabState, readTabState } from './tab-state';

async function forget(tabId: number, resetBadge: boolean): Promise<void> {
  // Fires for every tab of the browser: act only where we stored something.
  if ((await readTabState(tabId)).time === null) return;
  await clearTabState(tabId);
  if (resetBadge) await showBadge(tabId, null, await userTranslator());
}

function logFailure(): void {
  console.warn('Sign-in Helper: could not forget a tab');
}

export function onTabUpdated(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType): void {
  if (changeInfo.status !== 'loading') return;
  inTabOrder(tabId, () => forget(tabId, true)).catch(logFailure);
}

export function onTabRemoved(tabId: number): void {
  // The browser drops a closed tab's badge itself.
  inTabOrder(tabId, () => forget(tabId, false)).catch(logFailure);
}

/** After the language option changed: re-title the badges of tabs with a diagnosis. */
export async function refreshBadges(): Promise<void> {
  const settings = await loadSettings();
  for (const state of await allTabStates()) {
    const store = state.marketplace ? marketplaceById(state.marketplace) : null;
    const t = await loadTranslator(chosenLanguage(settings, store?.language));
    await inTabOrder(state.tabId, () => showBadge(state.tabId, state.diagnosis?.cause ?? null, t, state.marketplace));
  }
}
