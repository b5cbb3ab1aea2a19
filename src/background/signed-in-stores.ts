// Where is this browser signed in to Amazon? Amazon's signed-in cookies are per store and named after
// it (at-<suffix>, sess-at-<suffix>, x-<suffix>); ubid-* and session-id exist without a sign-in. Only
// each cookie's name and domain are read, here, during the call: never its value, and nothing is kept
// (asked afresh each time, so a sign-in or sign-out since the last question shows at once).
import type { Browser } from '../browser';
import { MARKETPLACES, marketplaceById, type MarketplaceId } from '../marketplaces';
import { type CookieShapes, cookieBelongsTo, listCookies, resolveCookieStore } from './clear-cookies';

/**
 * The suffix of each store's signed-in cookies. amazon.com's is "main", every other store's "acb" and
 * its own code. Seen in public code and cookie dumps as at-/x-/sess-at- names: us jp uk de fr it es ca
 * au in mx br nl sg ae sa tr. NOT confirmed for se pl be ie za eg: only their ubid-acb<code> cookie was
 * found, so the signed-in names follow the same scheme by inference (docs/ARCHITECTURE.md, "Where this browser is signed in").
 */
const SESSION_SUFFIX: Readonly<Record<MarketplaceId, string>> = {
  jp: 'acbjp',
  us: 'main',
  uk: 'acbuk',
  de: 'acbde',
  fr: 'acbfr',
  it: 'acbit',
  es: 'acbes',
  ca: 'acbca',
  au: 'acbau',
  in: 'acbin',
  mx: 'acbmx',
  br: 'acbbr',
  nl: 'acbnl',
  se: 'acbse', // inferred
  pl: 'acbpl', // inferred
  sg: 'acbsg',
  ae: 'acbae',
  sa: 'acbsa',
  tr: 'acbtr',
  be: 'acbbe', // inferred
  eg: 'acbeg', // inferred
  ie: 'acbie', // inferred
  za: 'acbza', // inferred
};

/** The names that prove a sign-in on a store (any one of them is enough). */
export function sessionCookieNames(id: MarketplaceId): string[] {
  const suffix = SESSION_SUFFIX[id];
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
