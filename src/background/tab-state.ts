// Each tab's diagnosis lives in storage.session, one key per tab: the service worker (or Firefox event
// page) may be stopped at any time, and one key per tab means no read-modify-write across tabs.
import { getBrowser } from '../browser';
import { isRecord } from '../json-guards';
import { parseDiagnosis, type TabState } from '../messages';
import { isMarketplaceId } from '../marketplaces';
import { parsePageStructure } from '../structure-check';
import { tabIdOfKey, tabStateKey } from './tab-state-key';

export function emptyTabState(tabId: number): TabState {
  return { tabId, diagnosis: null, marketplace: null, time: null };
}

/** Re-validates what storage holds: an older version may have written another shape. */
function readStored(tabId: number, stored: unknown): TabState | null {
  if (!isRecord(stored)) return null;
  const diagnosis = parseDiagnosis(stored.diagnosis);
  if (typeof diagnosis === 'string' || !isMarketplaceId(stored.marketplace) || !Number.isFinite(stored.time))
    return null;
  return {
    tabId,
    diagnosis,
    marketplace: stored.marketplace,
    time: stored.time as number,
    structure: parsePageStructure(stored.structure),
  };
}

export async function readTabState(tabId: number): Promise<TabState> {
  const key = tabStateKey(tabId);
  const stored = await getBrowser().storage.session.get(key);
  return readStored(tabId, stored[key]) ?? emptyTabState(tabId);
}

/** True when a sign-in page of an Amazon store reported from this tab since it last navigated. */
export async function hasTabState(tabId: number): Promise<boolean> {
  return (await readTabState(tabId)).diagnosis !== null;
}

export async function writeTabState(state: TabState): Promise<void> {
  const { diagnosis, marketplace, time, structure } = state;
  await getBrowser().storage.session.set({ [tabStateKey(state.tabId)]: { diagnosis, marketplace, time, structure } });
}

export async function clearTabState(tabId: number): Promise<void> {
  await getBrowser().storage.session.remove(tabStateKey(tabId));
}

/** Every stored tab, e.g. to re-title badges after the language option changed. */
export async function allTabStates(): Promise<TabState[]> {
  const all = await getBrowser().storage.session.get(null);
  const states: TabState[] = [];
  for (const [key, value] of Object.entries(all)) {
    const tabId = tabIdOfKey(key);
    const state = tabId !== null && Number.isSafeInteger(tabId) ? readStored(tabId, value) : null;
    if (state) states.push(state);
  }
  return states;
}
