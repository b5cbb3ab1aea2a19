// Local history of diagnoses for the options page: cause, store, time. Nothing typed, no alert text.
import { getBrowser } from './browser';
import { isCauseId, type CauseId } from './detect/types';
import { isRecord } from './json-guards';
import { isMarketplaceId, type MarketplaceId } from './marketplaces';

export interface HistoryEntry {
  cause: CauseId;
  marketplace: MarketplaceId;
  time: number;
}

export const HISTORY_LIMIT = 50;
const KEY = 'history';

function isEntry(v: unknown): v is HistoryEntry {
  return isRecord(v) && isCauseId(v.cause) && isMarketplaceId(v.marketplace) && Number.isFinite(v.time);
}

export async function readHistory(): Promise<HistoryEntry[]> {
  const stored = await getBrowser().storage.local.get(KEY);
  const list = stored[KEY];
  return Array.isArray(list) ? list.filter(isEntry) : [];
}

/** Newest first; the same cause on the same store within a minute counts once (pages re-render). */
export async function addHistory(entry: HistoryEntry): Promise<void> {
  const list = await readHistory();
  const last = list[0];
  if (last && last.cause === entry.cause && last.marketplace === entry.marketplace && entry.time - last.time < 60_000)
    return;
  await getBrowser().storage.local.set({ [KEY]: [entry, ...list].slice(0, HISTORY_LIMIT) });
}

export async function clearHistory(): Promise<void> {
  await getBrowser().storage.local.remove(KEY);
}
