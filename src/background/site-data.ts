// Optional second half of clearing: the store's localStorage and IndexedDB (on Chromium also service
// workers, CacheStorage and file systems) through browsingData, an optional permission. The two
// browsers take different shapes: Chromium filters by origins, Firefox by bare hostnames and rejects
// `origins` and `cacheStorage` outright (docs/AMAZON-SIGNIN.md, "Cookies"). Safari and Firefox for Android
// have no browsingData at all: there the popup names the browser's own settings instead ('unsupported').
import type { Browser, Platform } from '../browser';
import type { BrowsingData } from 'webextension-polyfill';
import type { ClearResult } from '../messages';
import { errorText } from '../clear-reasons';

export type SiteDataOutcome = ClearResult['siteData'];

/** Chromium's RemovalOptions/DataTypeSet, missing from the Firefox-based polyfill types. */
interface ChromiumRemovalOptions {
  origins: string[];
}
interface ChromiumDataTypeSet {
  cacheStorage: boolean;
  fileSystems: boolean;
  indexedDB: boolean;
  localStorage: boolean;
  serviceWorkers: boolean;
}

export async function clearSiteData(
  api: Browser,
  /** The hosts whose storage goes: a store's bare domain and www host, or one door's host. */
  hosts: readonly string[],
  store: { storeId: string; private: boolean },
  options: { platform: Pick<Platform, 'siteData'>; siteData: boolean },
  errors: string[],
): Promise<SiteDataOutcome> {
  if (!options.siteData) return 'off';
  const shape = options.platform.siteData;
  if (shape === null) return 'unsupported';
  // browsingData has no store parameter that works here: from a private window it would reach the
  // normal profile's data instead. Cookies (done above) are the part that matters for signing in.
  if (store.private) return 'skipped-private';
  const permitted = await api.permissions.contains({ permissions: ['browsingData'] }).catch(() => false);
  // The namespace only exists once the optional permission is granted.
  const browsingData = api.browsingData as BrowsingData.Static | undefined;
  if (!permitted || !browsingData) return 'not-permitted';
  try {
    if (shape === 'hostnames') {
      // Subdomains are not included by Firefox: the hosts are listed one by one. Only the tab's
      // cookie store (a container's, or the default one): Firefox then clears storage and IndexedDB
      // but refuses service workers, which it can only clear in every container at once.
      await browsingData.remove(
        { hostnames: [...hosts], cookieStoreId: store.storeId },
        { localStorage: true, indexedDB: true },
      );
    } else {
      const where: ChromiumRemovalOptions = { origins: hosts.map((h) => `https://${h}`) };
      const what: ChromiumDataTypeSet = {
        cacheStorage: true,
        fileSystems: true,
        indexedDB: true,
        localStorage: true,
        serviceWorkers: true,
      };
      await browsingData.remove(
        where as unknown as BrowsingData.RemovalOptions,
        what as unknown as BrowsingData.DataTypeSet,
      );
    }
    return 'cleared';
  } catch (error) {
    errors.push(`site data: ${errorText(error)}`);
    return 'failed';
  }
}
