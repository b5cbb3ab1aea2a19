// "Clear this store's cookies": every cookie of the marketplace's registrable domain and its
// subdomains, partitioned ones included, in the cookie store of the tab's window (private too), then
// a recount so the result says what really happened. On a sign-in door, only the cookies that door's
// pages get: its host's own and those of its parent domains (docs/AMAZON-SIGNIN.md, "Clearing a
// door's sign-in"). Takes the API as a parameter for tests.
// Background: docs/AMAZON-SIGNIN.md, "Cookies" (partitionKey, firstPartyDomain, removal by identity);
// what each browser takes: Platform in src/browser.ts.
import type { Browser, Platform } from '../browser';
import type { Cookies } from 'webextension-polyfill';
import type { Door } from '../doors';
import type { Marketplace } from '../marketplaces';
import type { ClearResult, RemainingCookie } from '../messages';
import { errorText, reasonRemovalFailed, REASON_KEPT, REASON_SET_AGAIN } from '../clear-reasons';
import { clearSiteData } from './site-data';

/** The cookie call shapes of this browser. */
export type CookieShapes = Pick<Platform, 'cookieStoreOfTab' | 'partitionedCookies' | 'firstPartyDomain'>;

export interface ClearOptions {
  platform: CookieShapes & Pick<Platform, 'siteData'>;
  /** The options page's "cookies and site data" scope. */
  siteData: boolean;
}

export interface CookieTarget {
  storeId: string;
  private: boolean;
}

/** Equal to the domain or a subdomain of it: amazon.com never matches amazon.com.au or xamazon.com. */
export function cookieBelongsTo(cookieDomain: string, domain: string): boolean {
  const host = cookieDomain.toLowerCase().replace(/^\./, '');
  const base = domain.toLowerCase();
  return host === base || host.endsWith(`.${base}`);
}

/** The browser sends this cookie to `host`: a host-only cookie of it, or a domain cookie of it or a parent. */
export function cookieSentTo(cookie: Pick<Cookies.Cookie, 'domain' | 'hostOnly'>, host: string): boolean {
  const bare = cookie.domain.toLowerCase().replace(/^\./, '');
  return cookie.hostOnly ? bare === host : host === bare || host.endsWith(`.${bare}`);
}

/** What one click clears: a store's domain, or one door's sign-in (its host within its cookie domain). */
export interface ClearTarget {
  domain: string;
  door: Door | null;
}

export function clearTarget(marketplace: Marketplace, door: Door | null): ClearTarget {
  return door ? { domain: door.cookieDomain, door } : { domain: marketplace.domain, door: null };
}

/** The store of the tab's window (Firefox containers and private windows have their own). */
export async function resolveCookieStore(
  api: Browser,
  tabId: number | null,
  shapes: Pick<CookieShapes, 'cookieStoreOfTab'>,
): Promise<CookieTarget> {
  const named = shapes.cookieStoreOfTab === 'tab-property';
  if (tabId === null) return { storeId: named ? 'firefox-default' : '0', private: false };
  if (named) {
    const tab = await api.tabs.get(tabId);
    const storeId = tab.cookieStoreId ?? (tab.incognito ? 'firefox-private' : 'firefox-default');
    return { storeId, private: tab.incognito || storeId === 'firefox-private' };
  }
  // Asked together: the popup waits on this answer.
  const [tab, stores] = await Promise.all([api.tabs.get(tabId), api.cookies.getAllCookieStores()]);
  const store = stores.find((s) => s.tabIds.includes(tabId));
  // Never fall back to another store: that would clear the wrong profile's cookies.
  if (!store) throw new Error('no cookie store holds this tab');
  return { storeId: store.id, private: tab.incognito };
}

/** The URL the cookies API matches a cookie by: scheme from Secure, host without the leading dot. */
export function cookieUrl(cookie: Pick<Cookies.Cookie, 'secure' | 'domain' | 'path'>): string {
  return `http${cookie.secure ? 's' : ''}://${cookie.domain.replace(/^\./, '')}${cookie.path}`;
}

export function removeDetails(cookie: Cookies.Cookie, shapes: CookieShapes): Cookies.RemoveDetailsType {
  const details: Cookies.RemoveDetailsType = { url: cookieUrl(cookie), name: cookie.name, storeId: cookie.storeId };
  // Chromium removes a partitioned cookie only given the exact key object getAll returned.
  if (shapes.partitionedCookies && cookie.partitionKey) details.partitionKey = cookie.partitionKey;
  // Chromium rejects the Firefox-only property outright.
  if (shapes.firstPartyDomain) details.firstPartyDomain = cookie.firstPartyDomain ?? '';
  return details;
}

/** Identity of a cookie across two listings (no value involved). */
function cookieKey(c: Cookies.Cookie): string {
  const pk = c.partitionKey;
  return JSON.stringify([
    c.storeId,
    c.domain,
    c.path,
    c.name,
    c.firstPartyDomain ?? '',
    pk?.topLevelSite ?? null,
    pk?.hasCrossSiteAncestor ?? null,
  ]);
}

/**
 * Every cookie of one cookie store (the host permissions limit it to Amazon's stores), or of one
 * domain and its subdomains. The one listing for clearing and for "where is this browser signed in".
 * partitionKey {} lists partitioned and unpartitioned cookies (omitted: only unpartitioned ones), and a
 * browser that predates it and rejects the property is asked again without it; firstPartyDomain null
 * lists every first party (required when Firefox's first-party isolation is on).
 */
export async function listCookies(
  api: Browser,
  storeId: string,
  shapes: CookieShapes,
  domain?: string,
): Promise<Cookies.Cookie[]> {
  const query: Cookies.GetAllDetailsType = {
    storeId,
    ...(domain ? { domain } : {}),
    ...(shapes.firstPartyDomain ? { firstPartyDomain: null } : {}),
  };
  const cookies = await (shapes.partitionedCookies
    ? api.cookies.getAll({ ...query, partitionKey: {} }).catch(() => api.cookies.getAll(query))
    : api.cookies.getAll(query));
  // Defensive: whatever the browser's matching does, touch nothing outside this store and domain.
  return cookies.filter((c) => c.storeId === storeId && (!domain || cookieBelongsTo(c.domain, domain)));
}

/** The cookies one click clears: the target's domain, narrowed to those the door's host is sent. */
async function targetCookies(
  api: Browser,
  { domain, door }: ClearTarget,
  storeId: string,
  shapes: CookieShapes,
): Promise<Cookies.Cookie[]> {
  const mine = await listCookies(api, storeId, shapes, domain);
  return door ? mine.filter((c) => cookieSentTo(c, door.host)) : mine;
}

export async function clearCookies(
  api: Browser,
  what: ClearTarget,
  tabId: number | null,
  options: ClearOptions,
): Promise<ClearResult> {
  const shapes = options.platform;
  const target = await resolveCookieStore(api, tabId, shapes);
  const before = await targetCookies(api, what, target.storeId, shapes);

  const errors: string[] = [];
  const failed = new Map<string, string>();
  // Each cookie by its own identity: removing by name would take the longest-path one only.
  const outcomes = await Promise.allSettled(before.map((c) => api.cookies.remove(removeDetails(c, shapes))));
  outcomes.forEach((outcome, i) => {
    const cookie = before[i]!;
    if (outcome.status === 'fulfilled') return;
    const message = errorText(outcome.reason);
    failed.set(cookieKey(cookie), message);
    errors.push(`${cookie.name} (${cookie.domain}): ${message}`);
  });

  // Never report success blindly: Chromium "removes" a partitioned cookie given a wrong key and keeps it.
  const after = await targetCookies(api, what, target.storeId, shapes);
  const beforeKeys = new Set(before.map(cookieKey));
  const afterKeys = new Set(after.map(cookieKey));
  const remainingCookies: RemainingCookie[] = after.map((c) => {
    const key = cookieKey(c);
    const failure = failed.get(key);
    const reason =
      failure !== undefined ? reasonRemovalFailed(failure) : beforeKeys.has(key) ? REASON_KEPT : REASON_SET_AGAIN;
    return { name: c.name, domain: c.domain, reason };
  });

  const hosts = what.door ? [what.door.host] : [what.domain, `www.${what.domain}`];
  const siteData = await clearSiteData(api, hosts, target, options, errors);
  return {
    removed: before.filter((c) => !afterKeys.has(cookieKey(c))).length,
    remaining: after.length,
    remainingCookies,
    errors,
    siteData,
  };
}
