// The one place that touches the WebExtension API. Everything else imports `browser` from here,
// so unit tests can swap in a fake (tests/unit/fake-browser.ts) and the polyfill can be dropped later.
// It is also the one place that knows how the browsers differ: features ask platform() what this
// browser can do, never which browser it is (docs/SAFARI.md has the sources for each difference).
import polyfill from 'webextension-polyfill';
import type { Browser } from 'webextension-polyfill';

export type { Browser };

let current: Browser = polyfill;
const browserUserAgent = (): string => globalThis.navigator?.userAgent ?? '';
let userAgent = browserUserAgent;

export function getBrowser(): Browser {
  return current;
}

/** Tests only: replace the API with a fake, and the user agent the browser reports with its own. */
export function setBrowserForTesting(fake: Browser, fakeUserAgent?: string): void {
  current = fake;
  userAgent = fakeUserAgent === undefined ? browserUserAgent : () => fakeUserAgent;
}

export type PlatformId = 'chrome' | 'firefox' | 'firefox-android' | 'safari';

/** What this browser can do, where the browsers differ. */
export interface Platform {
  id: PlatformId;
  /** The cookie store of a tab: Firefox names it on the tab (containers, private), the others list stores. */
  cookieStoreOfTab: 'tab-property' | 'store-list';
  /** Cookie calls take partitionKey (partitioned "CHIPS" cookies); Safari rejects or ignores it. */
  partitionedCookies: boolean;
  /** Cookie calls take firstPartyDomain (Firefox's first-party isolation). */
  firstPartyDomain: boolean;
  /** The cookies API sees every cookie, HttpOnly ones included (Safari before 18 does not). */
  cookieClearing: boolean;
  /** How browsingData.remove is told which site: origins (Chromium), hostnames (Firefox), or no API. */
  siteData: 'origins' | 'hostnames' | null;
  /** action.openPopup can open the popup from the background; else the popup opens as a page. */
  openPopup: boolean;
  /** The toolbar shows a per-tab badge. */
  badge: boolean;
  /** Message key: where this browser's own settings clear one site's data ($STORE$ = the domain). */
  settingsPathKey: string;
}

export const PLATFORMS: Record<PlatformId, Omit<Platform, 'cookieClearing'>> = {
  chrome: {
    id: 'chrome',
    cookieStoreOfTab: 'store-list',
    partitionedCookies: true,
    firstPartyDomain: false,
    siteData: 'origins',
    openPopup: true,
    badge: true,
    settingsPathKey: 'settingsPathChrome',
  },
  firefox: {
    id: 'firefox',
    cookieStoreOfTab: 'tab-property',
    partitionedCookies: true,
    firstPartyDomain: true,
    siteData: 'hostnames',
    // Often refused without a user gesture; the tab is the fallback either way.
    openPopup: true,
    badge: true,
    settingsPathKey: 'settingsPathFirefox',
  },
  'firefox-android': {
    id: 'firefox-android',
    cookieStoreOfTab: 'tab-property',
    partitionedCookies: true,
    firstPartyDomain: true,
    // browsingData.remove is gone from Firefox for Android since 79.
    siteData: null,
    openPopup: false,
    badge: false,
    settingsPathKey: 'settingsPathFirefoxAndroid',
  },
  safari: {
    id: 'safari',
    cookieStoreOfTab: 'store-list',
    partitionedCookies: false,
    firstPartyDomain: false,
    siteData: null,
    // Works only from an extension page with a gesture, never from the background.
    openPopup: false,
    badge: true,
    settingsPathKey: 'settingsPathSafari',
  },
};

/** Safari's own version from its user agent ("Version/17.5 … Safari/"), or null elsewhere. */
export function safariVersion(ua: string): number | null {
  const match = /\bVersion\/(\d+(?:\.\d+)?)\b.*\bSafari\//.exec(ua);
  return match ? Number(match[1]) : null;
}

function platformId(api: Browser): PlatformId {
  if (api.runtime.getURL('').startsWith('safari-web-extension:')) return 'safari';
  if (typeof (api.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function') return 'chrome';
  // Firefox for Android has no windows API at all.
  return (api as { windows?: unknown }).windows ? 'firefox' : 'firefox-android';
}

/** The platform of this API: detected from what the API exposes, not from names. */
export function platform(api: Browser = current): Platform {
  const id = platformId(api);
  const version = id === 'safari' ? safariVersion(userAgent()) : null;
  return { ...PLATFORMS[id], cookieClearing: version === null || version >= 18 };
}
