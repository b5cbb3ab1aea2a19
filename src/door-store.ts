// Which account a sign-in page signs in to. On a store's own host it is that store's (its cookies are
// the store's). On a door it is read from the page's parameters, in this order: openid.assoc_handle,
// marketPlaceId, language, openid.return_to, and last the door's host. Each names a set of stores;
// a later one only narrows what the earlier ones left, and one that contradicts them is ignored (the
// handle wins over the host). Nothing is guessed: when several stores remain, all of them are said.
import { DOOR_HANDLES, DOOR_MARKETPLACE_IDS, type Door, doorForHost, type ServiceId } from './doors';
import type { DoorOfPage } from './detect/types';
import { MARKETPLACES, type Marketplace, type MarketplaceId, marketplaceForHost } from './marketplaces';

export interface SignInAccount {
  /** The service of a door, or null on a store's own sign-in. */
  service: ServiceId | null;
  /** The door's host when the page is on one (a door's handle on a storefront has none). */
  doorHost: string | null;
  /** The store whose account it is, or the first of several it could be. */
  marketplace: Marketplace;
  /** Every store it could be, in the table's order ([marketplace] when the page tells). */
  stores: MarketplaceId[];
}

const byCountry = (cc: string): MarketplaceId[] => {
  const code = cc.toLowerCase() === 'gb' ? 'uk' : cc.toLowerCase();
  return MARKETPLACES.filter((m) => m.id === code).map((m) => m.id);
};

function handleStores(handle: string): { service?: ServiceId; stores: MarketplaceId[] } {
  const own = MARKETPLACES.find((m) => m.handle === handle);
  if (own) return { stores: [own.id] };
  const v2 = handle.match(/^anywhere_v2_([a-z]{2})$/);
  if (v2) return { stores: byCountry(v2[1]!) };
  for (const family of DOOR_HANDLES) {
    const m = handle.match(family.pattern);
    if (!m) continue;
    const stores = family.country ? byCountry(m[1]!) : [...(doorForHost(family.region ?? '')?.stores ?? [])];
    return { service: family.service, stores };
  }
  return { stores: [] };
}

function marketplaceIdStores(id: string): MarketplaceId[] {
  const store = MARKETPLACES.find((m) => m.marketplaceId === id)?.id ?? DOOR_MARKETPLACE_IDS[id];
  return store ? [store] : [];
}

/** ja_JP → amazon.co.jp; de → the German-language stores. */
function languageStores(language: string): MarketplaceId[] {
  const [lang = '', country] = language.split(/[_-]/);
  if (country) return byCountry(country);
  return MARKETPLACES.filter((m) => m.language === lang.toLowerCase()).map((m) => m.id);
}

function hostStores(hostname: string): MarketplaceId[] {
  const door = doorForHost(hostname);
  if (door) return [...door.stores];
  const store = marketplaceForHost(hostname);
  return store ? [store.id] : [];
}

function returnToStores(returnTo: string): MarketplaceId[] {
  try {
    return hostStores(new URL(returnTo).hostname);
  } catch {
    return [];
  }
}

function narrow(sets: readonly MarketplaceId[][]): MarketplaceId[] {
  let left: MarketplaceId[] | null = null;
  for (const set of sets) {
    if (!set.length) continue;
    const both: MarketplaceId[] = left ? left.filter((id) => set.includes(id)) : set;
    if (both.length) left = both;
  }
  return left ?? [];
}

const inTableOrder = (ids: readonly MarketplaceId[]) => MARKETPLACES.filter((m) => ids.includes(m.id));

function doorAccount(url: URL, door: Door): SignInAccount {
  const q = url.searchParams;
  const handle = handleStores(q.get('openid.assoc_handle') ?? '');
  const stores = inTableOrder(
    narrow([
      handle.stores,
      marketplaceIdStores(q.get('marketPlaceId') ?? ''),
      languageStores(q.get('language') ?? ''),
      returnToStores(q.get('openid.return_to') ?? ''),
      [...door.stores],
    ]),
  );
  return { service: door.service, doorHost: door.host, marketplace: stores[0]!, stores: stores.map((m) => m.id) };
}

/** The account a sign-in page on this URL signs in to, or undefined on a host that is no store or door. */
export function signInAccount(url: URL): SignInAccount | undefined {
  const door = doorForHost(url.hostname);
  if (door) return doorAccount(url, door);
  const store = marketplaceForHost(url.hostname);
  if (!store) return undefined;
  // A door's handle on a storefront (Amazon Pay Japan at www.amazon.co.jp) names the service only.
  const service = handleStores(url.searchParams.get('openid.assoc_handle') ?? '').service ?? null;
  return { service, doorHost: null, marketplace: store, stores: [store.id] };
}

/** What a diagnosis carries about the door it was made on (null on a store's own sign-in). */
export function doorOfAccount(account: SignInAccount): DoorOfPage | null {
  if (!account.service) return null;
  return { service: account.service, host: account.doorHost ?? '', stores: [...account.stores] };
}

/** signInAccount() of an address given as text (a tab's, a sender's): undefined for anything not http(s). */
export function signInAccountOfUrl(address: string | URL): SignInAccount | undefined {
  try {
    const url = typeof address === 'string' ? new URL(address) : address;
    return url.protocol === 'https:' || url.protocol === 'http:' ? signInAccount(url) : undefined;
  } catch {
    return undefined;
  }
}
