// Where is this browser signed in to Amazon? Amazon's signed-in cookies are per store and named after
// it (at-<suffix>, sess-at-<suffix>, x-<suffix>; the suffix is in the store table); ubid-* and session-id exist without a sign-in. Only
// each cookie's name and domain are read, here, during the call: never its value, and nothing is kept
// (asked afresh each time, so a sign-in or sign-out since the last question shows at once).
import type { Browser } from '../browser';
import { MARKETPLACES, marketplaceById, type MarketplaceId } from '../marketplaces';
import { type CookieShapes, cookieBelongsTo, listCookies, resolveCookieStore } from './clear-cookies';

/** The names that prove a sign-in on a store (any one of them is enough). */
export function sessionCookieNames(id: MarketplaceId): string[] {
  const suffix = marketplaceById(id).sessionSuffix;
  return [`at-${suffix}`, `sess-at-${suffix}`, `x-${suffix}`];
}

const STORE_BY_NAME = new Map(MARKETPLACES.flatMap((m) => sessionCookieNames(m.id).map((name) => [name, m.id])));

/** The store a cookie proves a sign-in on: its name is one of that store's AND it lives on that store's domain. */
export function storeOfSessionCookie(name: string, domain: string): MarketplaceId | undefined {
  const id = STORE_BY_NAME.get(name);
  return id && cookieBelongsTo(domain, marketplaceById(id).domain) ? id : undefined;
}

async function listNamesAndDomains(api: Browser, storeId: string, shapes: CookieShapes) {
  // Every cookie the host permissions allow (Amazon stores only). Only name and domain leave this
  // function; the values die with the listing.
  return (await listCookies(api, storeId, shapes)).map((c) => ({ name: c.name, domain: c.domain }));
}

/**
 * The stores with a signed-in session in the cookie store of the tab's window (private windows and
 * Firefox containers have their own), in the table's order. Empty when it can't be told (no cookies
 * API, a permission missing, a private store the extension may not read): then nothing is said.
 */
export async function signedInStores(
  api: Browser,
  tabId: number | null,
  shapes: CookieShapes,
): Promise<MarketplaceId[]> {
  try {
    const { storeId } = await resolveCookieStore(api, tabId, shapes);
    const found = new Set<MarketplaceId>();
    for (const { name, domain } of await listNamesAndDomains(api, storeId, shapes)) {
      const id = storeOfSessionCookie(name, domain);
      if (id) found.add(id);
    }
    return MARKETPLACES.filter((m) => found.has(m.id)).map((m) => m.id);
  } catch {
    return [];
  }
}
