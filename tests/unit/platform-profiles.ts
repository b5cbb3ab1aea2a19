// What the fake browser (fake-browser.ts) models per platform: the differences the extension must
// survive, as the real browsers show them (sources: docs/SAFARI.md). Each profile is a set of facts,
// not behaviour: the fake reads them where the browsers differ.
export type ProfileId = 'chrome' | 'firefox' | 'firefox-android' | 'safari';
export const PROFILE_IDS: readonly ProfileId[] = ['chrome', 'firefox', 'firefox-android', 'safari'];

export interface Profile {
  id: ProfileId;
  /** Gecko: runtime.getBrowserInfo, firefox-* cookie stores named on the tab, firstPartyDomain. */
  gecko: boolean;
  extensionId: string;
  /** runtime.getURL('') */
  extensionBase: string;
  /** The windows namespace exists (not on Firefox for Android). */
  windows: boolean;
  /** Cookie calls accept partitionKey; where not, the fake rejects it (we never rely on it being ignored). */
  partitionKey: boolean;
  /** action.openPopup from the background: resolves, rejects, or does not exist. */
  openPopup: 'ok' | 'reject' | 'absent';
  /** action.setBadgeText and friends exist. */
  badge: boolean;
  /** The browsingData namespace exists once the optional permission is granted. */
  browsingData: boolean;
  /** tabs.getCurrent() inside the toolbar popup: nothing, or the tab the popup is about (Safari). */
  currentTabInPopup: 'none' | 'page-tab';
  /** The toolbar button opens the popup as a page in a tab of its own (Firefox for Android). */
  popupAsTab: boolean;
  userAgent: (safariVersion: number) => string;
}

const GECKO_ID = 'signin-helper-amazon@signin-helper.org';
const MOZ_BASE = 'moz-extension://11111111-2222-4333-8444-555555555555/';

export const PROFILES: Record<ProfileId, Profile> = {
  chrome: {
    id: 'chrome',
    gecko: false,
    extensionId: 'abcdefghijklmnopabcdefghijklmnop',
    extensionBase: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
    windows: true,
    partitionKey: true,
    openPopup: 'ok',
    badge: true,
    browsingData: true,
    currentTabInPopup: 'none',
    popupAsTab: false,
    userAgent: () =>
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  },
  firefox: {
    id: 'firefox',
    gecko: true,
    extensionId: GECKO_ID,
    extensionBase: MOZ_BASE,
    windows: true,
    partitionKey: true,
    // Without a user gesture (a message from a content script is none).
    openPopup: 'reject',
    badge: true,
    browsingData: true,
    currentTabInPopup: 'none',
    popupAsTab: false,
    userAgent: () => 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  },
  'firefox-android': {
    id: 'firefox-android',
    gecko: true,
    extensionId: GECKO_ID,
    extensionBase: MOZ_BASE,
    windows: false,
    partitionKey: true,
    openPopup: 'absent',
    badge: false,
    browsingData: false,
    currentTabInPopup: 'none',
    popupAsTab: true,
    userAgent: () => 'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0',
  },
  safari: {
    id: 'safari',
    gecko: false,
    extensionId: 'org.signin-helper.SigninHelper.Extension (UNSIGNED)',
    extensionBase: 'safari-web-extension://6E3C9A2B-8D41-4F7A-9B20-1C5D7E8F9A01/',
    windows: true,
    partitionKey: false,
    // Refused from the background (only an extension page with a gesture may open it).
    openPopup: 'reject',
    badge: true,
    browsingData: false,
    currentTabInPopup: 'page-tab',
    popupAsTab: false,
    userAgent: (version) =>
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${version}_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version}.0 Mobile/15E148 Safari/604.1`,
  },
};
