// In-memory fake of the WebExtension APIs this extension uses, for vitest (background, popup and
// options tests). It models the semantics tests depend on rather than recording calls only:
// cookies.getAll domain/partitionKey/firstPartyDomain filtering and the per-browser removal quirks
// (docs/AMAZON-SIGNIN.md, "Cookies"), per-tab action state, storage areas with onChanged, runtime messages
// delivered with a sender. Platform profiles (platform-profiles.ts: chrome, firefox, firefox-android,
// safari) differ where the real browsers differ, and lack what they lack.
//
//   const fake = installFakeBrowser({ profile: 'safari' });   // also calls setBrowserForTesting
//   const tab = fake.addTab({ url: 'https://www.amazon.co.jp/ap/signin' });
//   await fake.sendFromContentScript(tab.id, message);
import type { Browser, Cookies, Runtime, Tabs } from 'webextension-polyfill';
import SOURCE_MANIFEST from '../../manifest.json';
import { manifestFor } from '../../scripts/manifest.mjs';
import { setBrowserForTesting } from '../../src/browser';
import { resolveLanguage } from '../../src/i18n';
import { localeFile, translator } from '../translations';
import { marketplaceForHost } from '../../src/marketplaces';
import { signInSites } from '../../src/signin-pages';
import { PROFILES, type ProfileId } from './platform-profiles';

// `any` parameters: listeners of every shape share one event class.
type Listener = (...args: any[]) => unknown;

/** Chromium also reports the sender's origin; the polyfill types lack it. */
export type FakeSender = Runtime.MessageSender & { origin?: string };

/** The global fetch of unit tests: the last fake made with the URL's extension base answers it. */
const ownFiles = new Map<string, (url: string) => Promise<Response>>();
globalThis.fetch = (input: RequestInfo | URL) => {
  const url = input instanceof Request ? input.url : String(input);
  const answer = [...ownFiles].find(([base]) => url.startsWith(base))?.[1];
  return answer ? answer(url) : Promise.reject(new TypeError(`fetch: ${url} is no fake extension's file`));
};

export class FakeEvent<L extends Listener = Listener> {
  readonly listeners: L[] = [];
  addListener = (listener: L): void => {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  };
  removeListener = (listener: L): void => {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  };
  hasListener = (listener: L): boolean => this.listeners.includes(listener);
  hasListeners = (): boolean => this.listeners.length > 0;
  /** Calls every listener synchronously with the arguments; returns what each returned. */
  dispatch(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((listener) => listener(...args));
  }
}

export interface FakeBrowserOptions {
  /** The platform modelled; 'chrome' unless given. */
  profile?: ProfileId;
  /** Shorthand for profile 'firefox'. */
  firefox?: boolean;
  /** The Safari version in the safari profile's user agent (cookies miss HttpOnly ones before 18). */
  safariVersion?: number;
  uiLanguage?: string;
  /** Optional permissions already granted (e.g. 'browsingData'). */
  granted?: string[];
  /** What permissions.request answers. */
  grantOnRequest?: boolean;
  /** action.openPopup: resolves, rejects (Firefox without a user gesture), or does not exist. */
  openPopup?: 'ok' | 'reject' | 'absent';
  /** Firefox first-party isolation: cookies calls then require firstPartyDomain. */
  firstPartyIsolation?: boolean;
  /** Host permissions cover only Amazon stores (the manifest) unless this is true. */
  allHosts?: boolean;
  /** Stores (domains) whose host permission the person withheld (Chrome "on click", removed in Firefox). */
  withheld?: string[];
}

export interface FakeTabInit {
  url?: string;
  incognito?: boolean;
  active?: boolean;
  windowId?: number;
  /** Firefox container, e.g. 'firefox-container-1'. */
  cookieStoreId?: string;
}

export interface FakeCookieInit {
  name: string;
  value?: string;
  /** '.amazon.co.jp' for a domain cookie, 'www.amazon.co.jp' for a host-only one. */
  domain: string;
  path?: string;
  secure?: boolean;
  httpOnly?: boolean;
  session?: boolean;
  storeId?: string;
  partitionKey?: { topLevelSite: string; hasCrossSiteAncestor?: boolean };
  firstPartyDomain?: string;
}

interface BadgeState {
  text?: string;
  color?: string;
  title?: string;
}

const CHROME_DATA_TYPES = [
  'appcache',
  'cache',
  'cacheStorage',
  'cookies',
  'downloads',
  'fileSystems',
  'formData',
  'history',
  'indexedDB',
  'localStorage',
  'passwords',
  'serviceWorkers',
  'webSQL',
];
const FIREFOX_DATA_TYPES = [
  'cache',
  'cookies',
  'downloads',
  'formData',
  'history',
  'indexedDB',
  'localStorage',
  'passwords',
  'pluginData',
  'serverBoundCertificates',
  'serviceWorkers',
];
/** The built manifest of this profile's target, as the browser hands it to getManifest(). */
const builtManifest = (firefox: boolean, safari: boolean) =>
  manifestFor(safari ? 'safari' : firefox ? 'firefox' : 'chrome', SOURCE_MANIFEST, signInSites(), '0.1.0');
const MANIFEST_PERMISSIONS: string[] = SOURCE_MANIFEST.permissions;
/** The registrable domain a host-permission pattern names ("*://*.amazon.co.jp/*" → amazon.co.jp). */
const patternDomain = (pattern: string) => /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(pattern)?.[1] ?? pattern;

const jsonClone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const bareHost = (domain: string) => domain.toLowerCase().replace(/^\./, '');

function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (cookiePath === requestPath || cookiePath === '/') return true;
  return (
    requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/')
  );
}

function urlMatches(cookie: Cookies.Cookie, url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const domain = bareHost(cookie.domain);
  const hostOk = cookie.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
  return hostOk && pathMatches(cookie.path, url.pathname) && (!cookie.secure || url.protocol === 'https:');
}

export function createFakeBrowser(options: FakeBrowserOptions = {}) {
  const profile = PROFILES[options.profile ?? (options.firefox ? 'firefox' : 'chrome')];
  const firefox = profile.gecko;
  const userAgent = profile.userAgent(options.safariVersion ?? 18);
  const hidesHttpOnly = profile.id === 'safari' && (options.safariVersion ?? 18) < 18;
  const events: FakeEvent[] = [];
  const event = <L extends Listener>() => {
    const e = new FakeEvent<L>();
    events.push(e as unknown as FakeEvent);
    return e;
  };

  const extensionId = profile.extensionId;
  const base = profile.extensionBase;
  const getURL = (path: string) => base + path.replace(/^\//, '');
  const defaultStore = firefox ? 'firefox-default' : '0';
  const privateStore = firefox ? 'firefox-private' : '1';
  const granted = new Set([...MANIFEST_PERMISSIONS, ...(options.granted ?? [])]);
  const withheld = new Set(options.withheld ?? []);
  const hostPermitted = (host: string) => {
    if (options.allHosts === true) return true;
    const store = marketplaceForHost(bareHost(host));
    return store !== undefined && !withheld.has(store.domain);
  };
  /** Tabs whose toolbar button the person pressed: activeTab gives their URL and scripting, until they navigate. */
  const activeTabs = new Set<number>();

  // ---- the package's own files ----
  // fetch(runtime.getURL('_locales/<lang>/messages.json')) is served from the repo's _locales, as the
  // packaged extension serves its own file; any other address is refused: nothing may reach the network.
  const fetched: string[] = [];
  async function fetchOwnFile(url: string): Promise<Response> {
    fetched.push(url);
    const file = url.slice(base.length).match(/^_locales\/(\w+\/messages\.json)$/)?.[1];
    if (!file) throw new TypeError(`fake browser: ${url} is not one of the extension's own files`);
    try {
      return new Response(localeFile(file), { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('', { status: 404 });
    }
  }

  // ---- storage ----
  const storageChanged = event<(changes: Record<string, unknown>, area: string) => void>();
  function area(name: 'sync' | 'local' | 'session') {
    const data = new Map<string, unknown>();
    const onChanged = event<(changes: Record<string, unknown>) => void>();
    const fire = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
      if (Object.keys(changes).length === 0) return;
      onChanged.dispatch(changes);
      storageChanged.dispatch(changes, name);
    };
    const keysOf = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
    return {
      data,
      onChanged,
      async get(keys?: null | string | string[] | Record<string, unknown>) {
        const out: Record<string, unknown> = {};
        if (keys === null || keys === undefined) {
          for (const [k, v] of data) out[k] = jsonClone(v);
        } else if (typeof keys === 'string' || Array.isArray(keys)) {
          for (const k of keysOf(keys)) if (data.has(k)) out[k] = jsonClone(data.get(k));
        } else {
          for (const [k, fallback] of Object.entries(keys)) out[k] = data.has(k) ? jsonClone(data.get(k)) : fallback;
        }
        return out;
      },
      async set(items: Record<string, unknown>) {
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { ...(data.has(k) ? { oldValue: data.get(k) } : {}), newValue: jsonClone(v) };
          data.set(k, jsonClone(v));
        }
        fire(changes);
      },
      async remove(keys: string | string[]) {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const k of keysOf(keys)) {
          if (data.has(k)) changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        fire(changes);
      },
      async clear() {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const [k, v] of data) changes[k] = { oldValue: v };
        data.clear();
        fire(changes);
      },
    };
  }
  const storage = { sync: area('sync'), local: area('local'), session: area('session'), onChanged: storageChanged };

  // ---- tabs ----
  const tabs = new Map<number, Tabs.Tab & { id: number; url: string }>();
  let nextTabId = 1;
  /** Without the `tabs` permission the url is visible only on hosts we have permission for. */
  const exposeTab = (tab: Tabs.Tab & { url: string }): Tabs.Tab => {
    const copy = { ...tab };
    let visible = tab.url.startsWith(base) || activeTabs.has(tab.id ?? -1);
    try {
      visible ||= hostPermitted(new URL(tab.url).hostname);
    } catch {
      // about:blank and the like stay hidden.
    }
    if (!visible) delete (copy as Partial<Tabs.Tab>).url;
    return copy;
  };
  const requireTab = (tabId: number) => {
    const tab = tabs.get(tabId);
    if (!tab) throw new Error(firefox ? `Invalid tab ID: ${tabId}` : `No tab with id: ${tabId}.`);
    return tab;
  };

  // ---- action ----
  const badges = new Map<number, BadgeState>();
  const globalBadge = { text: '', color: '#000000', title: 'Sign-in Helper for Amazon' };
  const setBadgeField = (field: keyof BadgeState, details: { tabId?: number }, value: string | null | undefined) => {
    if (details.tabId === undefined) {
      if (typeof value === 'string') globalBadge[field] = value;
      return;
    }
    requireTab(details.tabId);
    const state = badges.get(details.tabId) ?? {};
    if (value === null || value === undefined) delete state[field];
    else state[field] = value;
    badges.set(details.tabId, state);
  };
  const getBadgeField = (field: keyof BadgeState, details: { tabId?: number }) =>
    (details.tabId === undefined ? undefined : badges.get(details.tabId)?.[field]) ?? globalBadge[field];

  // ---- cookies ----
  const jar: Cookies.Cookie[] = [];
  const removalFailures = new Map<string, string>();
  const keptOnRemoval = new Set<string>();
  const cookieChanged = event<(info: { removed: boolean; cookie: Cookies.Cookie; cause: string }) => void>();
  const knownStores = () => new Set([defaultStore, privateStore, ...[...tabs.values()].map((t) => storeOfTab(t))]);
  const storeOfTab = (tab: Tabs.Tab) => (tab.incognito ? privateStore : (tab.cookieStoreId ?? defaultStore));
  const rejectChromeOnly = (details: object, method: string) => {
    if (!firefox && 'firstPartyDomain' in details) {
      throw new TypeError(`Error in invocation of cookies.${method}: Unexpected property: 'firstPartyDomain'.`);
    }
    if (!profile.partitionKey && 'partitionKey' in details) {
      throw new TypeError(`Invalid call to cookies.${method}(). The 'partitionKey' key is unknown.`);
    }
  };
  const firstPartyFilter = (details: { firstPartyDomain?: string | null }) => {
    if (!firefox) return () => true;
    if (details.firstPartyDomain === undefined) {
      if (options.firstPartyIsolation)
        throw new Error("First-Party Isolation is enabled, but the required 'firstPartyDomain' attribute was not set.");
      return (c: Cookies.Cookie) => c.firstPartyDomain === '';
    }
    if (details.firstPartyDomain === null) return () => true;
    return (c: Cookies.Cookie) => c.firstPartyDomain === details.firstPartyDomain;
  };
  const storeIdOf = (storeId: string | undefined) => {
    const id = storeId ?? defaultStore;
    if (!knownStores().has(id)) throw new Error(`Invalid cookie store id: "${id}".`);
    return id;
  };

  const cookies = {
    onChanged: cookieChanged,
    async getAll(details: Cookies.GetAllDetailsType) {
      rejectChromeOnly(details, 'getAll');
      const storeId = storeIdOf(details.storeId);
      const fpd = firstPartyFilter(details);
      const url = details.url === undefined ? undefined : new URL(details.url);
      const domain = details.domain === undefined ? undefined : bareHost(details.domain);
      const pk = details.partitionKey;
      return (
        jar
          // Safari before 18 never lists HttpOnly cookies (Amazon's sign-in cookies are HttpOnly).
          .filter((c) => !hidesHttpOnly || !c.httpOnly)
          .filter((c) => c.storeId === storeId && hostPermitted(c.domain) && fpd(c))
          .filter(
            (c) => domain === undefined || bareHost(c.domain) === domain || bareHost(c.domain).endsWith(`.${domain}`),
          )
          .filter((c) => details.name === undefined || c.name === details.name)
          .filter((c) => details.path === undefined || c.path === details.path)
          .filter((c) => details.secure === undefined || c.secure === details.secure)
          .filter((c) => details.session === undefined || c.session === details.session)
          .filter((c) => url === undefined || urlMatches(c, url))
          // Omitted: unpartitioned only. {}: everything. {topLevelSite}: that partition.
          .filter((c) =>
            pk === undefined
              ? !c.partitionKey
              : pk.topLevelSite === undefined || c.partitionKey?.topLevelSite === pk.topLevelSite,
          )
          .sort((a, b) => b.path.length - a.path.length)
          .map((c) => jsonClone(c))
      );
    },
    async remove(details: Cookies.RemoveDetailsType) {
      rejectChromeOnly(details, 'remove');
      const storeId = storeIdOf(details.storeId);
      const fpd = firstPartyFilter(details);
      const url = new URL(details.url);
      const pk = details.partitionKey;
      const partitionOk = (c: Cookies.Cookie) => {
        if (!c.partitionKey || !pk) return !c.partitionKey && (!pk || pk.topLevelSite === undefined);
        // Chromium needs the exact key object; Firefox only the top-level site.
        if (firefox) return c.partitionKey.topLevelSite === pk.topLevelSite;
        return (
          c.partitionKey.topLevelSite === pk.topLevelSite &&
          c.partitionKey.hasCrossSiteAncestor === pk.hasCrossSiteAncestor
        );
      };
      const candidates = jar
        .filter(
          (c) =>
            c.storeId === storeId &&
            c.name === details.name &&
            hostPermitted(c.domain) &&
            fpd(c) &&
            urlMatches(c, url) &&
            partitionOk(c),
        )
        .sort((a, b) => b.path.length - a.path.length);
      const target = candidates[0];
      const failure = target && removalFailures.get(target.name);
      if (failure !== undefined) throw new Error(failure);
      const reply = { url: details.url, name: details.name, storeId, ...(pk ? { partitionKey: pk } : {}) };
      if (!target) return firefox ? null : reply; // Chromium answers as if it removed something.
      if (keptOnRemoval.has(target.name)) return reply;
      jar.splice(jar.indexOf(target), 1);
      cookieChanged.dispatch({ removed: true, cookie: jsonClone(target), cause: 'explicit' });
      return reply;
    },
    async getAllCookieStores() {
      const byStore = new Map<string, number[]>([[defaultStore, []]]);
      for (const tab of tabs.values()) {
        const id = storeOfTab(tab);
        byStore.set(id, [...(byStore.get(id) ?? []), tab.id]);
      }
      return [...byStore].map(([id, tabIds]) =>
        firefox ? { id, tabIds, incognito: id === privateStore } : { id, tabIds },
      );
    },
  };

  // ---- runtime ----
  const onMessage =
    event<(message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => unknown>();
  /** Delivers like the browsers: the message is serialised; the first promise (or sendResponse) answers. */
  async function deliver(message: unknown, sender: FakeSender): Promise<unknown> {
    const payload = jsonClone(message);
    let answered = false;
    let answer: unknown;
    let wake: (v: unknown) => void = () => undefined;
    const later = new Promise((resolve) => (wake = resolve));
    const sendResponse = (v: unknown) => {
      if (answered) return;
      answered = true;
      answer = v;
      wake(v);
    };
    let waiting = false;
    for (const listener of [...onMessage.listeners]) {
      const result = listener(payload, jsonClone(sender), sendResponse);
      if (result && typeof (result as Promise<unknown>).then === 'function') return jsonClone(await result);
      if (result === true) waiting = true;
    }
    if (answered) return jsonClone(answer);
    return waiting ? jsonClone(await later) : undefined;
  }

  const runtime: Record<string, unknown> = {
    id: extensionId,
    getURL,
    onMessage,
    onInstalled: event(),
    onStartup: event(),
    lastError: undefined,
    getManifest: () => builtManifest(firefox, profile.id === 'safari'),
    async openOptionsPage() {
      calls.optionsOpened++;
    },
    sendMessage: (message: unknown) =>
      deliver(message, { id: extensionId, url: getURL('popup/popup.html'), origin: base.slice(0, -1) }),
  };
  if (firefox)
    runtime.getBrowserInfo = async () => ({
      name: 'Firefox',
      vendor: 'Mozilla',
      version: '153.0',
      buildID: '20260101000000',
    });

  const action: Record<string, unknown> = {
    setBadgeText: async (d: { tabId?: number; text: string | null }) => setBadgeField('text', d, d.text),
    getBadgeText: async (d: { tabId?: number }) => getBadgeField('text', d),
    setBadgeBackgroundColor: async (d: { tabId?: number; color: string | null }) => setBadgeField('color', d, d.color),
    getBadgeBackgroundColor: async (d: { tabId?: number }) => getBadgeField('color', d),
    setBadgeTextColor: async () => undefined,
    setTitle: async (d: { tabId?: number; title: string | null }) => setBadgeField('title', d, d.title),
    getTitle: async (d: { tabId?: number }) => getBadgeField('title', d),
  };
  if (!profile.badge) {
    for (const name of Object.keys(action).filter((k) => k.includes('Badge'))) delete action[name];
  }
  const openPopupMode = options.openPopup ?? profile.openPopup;
  if (openPopupMode !== 'absent') {
    action.openPopup = async (opts?: { windowId?: number }) => {
      calls.popupOpens.push(opts ?? {});
      if (openPopupMode === 'reject') throw new Error('openPopup requires a user gesture');
    };
  }

  const calls = {
    created: [] as Tabs.CreateCreatePropertiesType[],
    reloaded: [] as number[],
    popupOpens: [] as Array<{ windowId?: number }>,
    browsingData: [] as Array<{ options: Record<string, unknown>; dataToRemove: Record<string, unknown> }>,
    /** scripting.executeScript calls that the browser allowed. */
    injected: [] as Array<{ tabId: number; files: string[]; frameIds?: number[]; world?: string }>,
    permissionRequests: [] as Array<{ permissions?: string[]; origins?: string[] }>,
    optionsOpened: 0,
  };
  let browsingDataFailure: string | null = null;

  const tabsApi = {
    onUpdated: event<(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => void>(),
    onRemoved: event<(tabId: number, info: { windowId: number; isWindowClosing: boolean }) => void>(),
    onActivated: event(),
    onCreated: event(),
    async get(tabId: number) {
      return exposeTab(requireTab(tabId));
    },
    async query(q: { active?: boolean; currentWindow?: boolean; windowId?: number } = {}) {
      return [...tabs.values()]
        .filter((t) => q.active === undefined || t.active === q.active)
        .filter(
          (t) => (q.currentWindow ? t.windowId === 1 : true) && (q.windowId === undefined || t.windowId === q.windowId),
        )
        .map(exposeTab);
    },
    async create(props: Tabs.CreateCreatePropertiesType) {
      calls.created.push(props);
      return exposeTab(
        fake.addTab({ url: props.url ?? 'about:blank', active: props.active ?? true, windowId: props.windowId }),
      );
    },
    /** The tab this extension page runs in; inside the toolbar popup nothing, or on Safari the page's tab. */
    async getCurrent() {
      if (page.kind === 'tab') return exposeTab(requireTab(page.tabId));
      if (page.kind !== 'popup' || profile.currentTabInPopup === 'none') return undefined;
      const [active] = [...tabs.values()].filter((t) => t.active && t.windowId === 1);
      return active && exposeTab(active);
    },
    async reload(tabId: number) {
      requireTab(tabId);
      calls.reloaded.push(tabId);
      fake.navigate(tabId);
    },
    async remove(tabIds: number | number[]) {
      for (const id of typeof tabIds === 'number' ? [tabIds] : tabIds) fake.closeTab(id);
    },
    async sendMessage() {
      return undefined;
    },
  };

  const permissionsApi = {
    onAdded: event(),
    onRemoved: event(),
    async contains(p: { permissions?: string[]; origins?: string[] }) {
      const originsOk = (p.origins ?? []).every(
        (o) => options.allHosts || hostPermitted(new URL(o.replace('*://', 'https://').replace('*.', '')).hostname),
      );
      return (p.permissions ?? []).every((name) => granted.has(name)) && originsOk;
    },
    async request(p: { permissions?: string[]; origins?: string[] }) {
      calls.permissionRequests.push(jsonClone(p));
      if (!(options.grantOnRequest ?? true)) return false;
      for (const name of p.permissions ?? []) granted.add(name);
      for (const origin of p.origins ?? []) withheld.delete(patternDomain(origin));
      permissionsApi.onAdded.dispatch(p);
      return true;
    },
    async remove(p: { permissions?: string[]; origins?: string[] }) {
      for (const name of p.permissions ?? []) granted.delete(name);
      for (const origin of p.origins ?? []) withheld.add(patternDomain(origin));
      permissionsApi.onRemoved.dispatch(p);
      return true;
    },
    async getAll() {
      return { permissions: [...granted], origins: [] };
    },
  };

  /** scripting.executeScript: allowed where the host is permitted or activeTab was given. */
  const scriptingApi = {
    async executeScript(injection: {
      target: { tabId: number; allFrames?: boolean; frameIds?: number[] };
      files?: string[];
      world?: 'ISOLATED' | 'MAIN';
    }) {
      const tab = requireTab(injection.target.tabId);
      let host = '';
      try {
        host = new URL(tab.url).hostname;
      } catch {
        // not a web page
      }
      if (!activeTabs.has(tab.id) && !(host && hostPermitted(host)))
        throw new Error(firefox ? 'Missing host permission for the tab' : 'Cannot access contents of the page.');
      const { frameIds } = injection.target;
      calls.injected.push({
        tabId: tab.id,
        files: [...(injection.files ?? [])],
        ...(frameIds && { frameIds: [...frameIds] }),
        ...(injection.world && { world: injection.world }),
      });
      fake.onInject?.(tab.id, injection.files ?? []);
      return [{ frameId: 0, result: undefined }];
    },
  };

  const browsingDataApi = {
    async remove(removal: Record<string, unknown>, dataToRemove: Record<string, unknown>) {
      // Both browsers validate the schema (Firefox's messages as quoted in docs/AMAZON-SIGNIN.md, "Cookies").
      if (firefox && 'origins' in removal)
        throw new Error('Type error for parameter options (Unexpected property "origins") for browsingData.remove.');
      if (!firefox && 'hostnames' in removal)
        throw new Error("Error in invocation of browsingData.remove: Unexpected property: 'hostnames'.");
      const known = firefox ? FIREFOX_DATA_TYPES : CHROME_DATA_TYPES;
      const unknown = Object.keys(dataToRemove).find((k) => !known.includes(k));
      if (unknown)
        throw new Error(
          `Type error for parameter dataToRemove (Unexpected property "${unknown}") for browsingData.remove.`,
        );
      // Firefox 153: with cookieStoreId only cookies, indexedDB and localStorage can be cleared.
      if (firefox && 'cookieStoreId' in removal && dataToRemove.serviceWorkers)
        throw new Error("Firefox does not support clearing serviceWorkers with 'cookieStoreId'.");
      calls.browsingData.push({ options: jsonClone(removal), dataToRemove: jsonClone(dataToRemove) });
      if (browsingDataFailure !== null) throw new Error(browsingDataFailure);
    },
  };

  /** Where the extension page under test runs: the toolbar popup, a tab of its own, or nowhere yet. */
  let page: { kind: 'none' } | { kind: 'popup' } | { kind: 'tab'; tabId: number } = { kind: 'none' };
  const extension = {
    getViews: (fetch: { type?: string } = {}) =>
      page.kind === 'popup' && (fetch.type === undefined || fetch.type === 'popup') ? [globalThis.window] : [],
  };
  const windows = { WINDOW_ID_CURRENT: -2, getCurrent: async () => ({ id: 1, focused: true, incognito: false }) };

  const uiLanguage = options.uiLanguage ?? 'en-US';
  const browser = {
    extension,
    ...(profile.windows ? { windows } : {}),
    runtime,
    storage,
    tabs: tabsApi,
    action,
    cookies,
    permissions: permissionsApi,
    scripting: scriptingApi,
    i18n: {
      getUILanguage: () => uiLanguage,
      getMessage: (key: string, subs?: string | string[]) => translator(resolveLanguage('auto', uiLanguage))(key, subs),
    },
    // Optional-permission namespaces exist only once granted, as in both browsers.
    get browsingData() {
      return granted.has('browsingData') ? browsingDataApi : undefined;
    },
  };

  ownFiles.set(base, fetchOwnFile);
  const fake = {
    browser: browser as unknown as Browser,
    firefox,
    profile: profile.id,
    /** What navigator.userAgent says in this browser. */
    userAgent,
    calls,
    storage,
    extensionBase: base,
    /** Every URL fetched while this fake was getBrowser()'s. */
    fetched,
    /** The fake's own events, typed, to inspect or dispatch directly. */
    events: {
      runtimeMessage: onMessage,
      tabsUpdated: tabsApi.onUpdated,
      tabsRemoved: tabsApi.onRemoved,
      storageChanged,
      cookiesChanged: cookieChanged,
    },
    defaultStore,
    privateStore,
    /** Runs when files (content.js, rules-and-ui.js) are injected into a tab: a test plays their part here. */
    onInject: null as ((tabId: number, files: string[]) => void) | null,
    /** The person pressed the toolbar button on this tab: activeTab is granted for it. */
    grantActiveTab(tabId: number) {
      requireTab(tabId);
      activeTabs.add(tabId);
    },

    addTab(init: FakeTabInit = {}): Tabs.Tab & { id: number; url: string } {
      const id = nextTabId++;
      // A new active tab is the one used last: the others in its window step back.
      if (init.active)
        for (const other of tabs.values()) if (other.windowId === (init.windowId ?? 1)) other.active = false;
      const tab = {
        id,
        lastAccessed: id,
        index: tabs.size,
        windowId: init.windowId ?? (init.incognito ? 2 : 1),
        active: init.active ?? false,
        highlighted: init.active ?? false,
        pinned: false,
        incognito: init.incognito ?? false,
        url: init.url ?? 'about:blank',
        ...(firefox ? { cookieStoreId: init.incognito ? privateStore : (init.cookieStoreId ?? defaultStore) } : {}),
      };
      tabs.set(id, tab);
      return { ...tab };
    },
    /**
     * The person presses the toolbar button: the popup page opens in the popup, or (Firefox for
     * Android) as a new active tab of its own. Returns that tab, if any.
     */
    pressToolbarButton(): (Tabs.Tab & { id: number; url: string }) | null {
      if (!profile.popupAsTab) {
        page = { kind: 'popup' };
        return null;
      }
      const tab = fake.addTab({ url: getURL('popup/popup.html'), active: true });
      page = { kind: 'tab', tabId: tab.id };
      return tab;
    },
    /** An extension page opened in that tab (e.g. the popup as a page, after "more"). */
    showPageInTab(tabId: number) {
      page = { kind: 'tab', tabId };
    },
    tab(tabId: number) {
      return tabs.get(tabId);
    },
    /** The tab starts loading a page (same page: a reload). Firefox resets per-tab badges itself. */
    navigate(tabId: number, url?: string) {
      const tab = requireTab(tabId);
      if (url !== undefined) tab.url = url;
      activeTabs.delete(tabId);
      if (firefox) badges.delete(tabId);
      // No `tabs` permission: changeInfo carries the status only.
      tabsApi.onUpdated.dispatch(tabId, { status: 'loading' }, exposeTab(tab));
      tabsApi.onUpdated.dispatch(tabId, { status: 'complete' }, exposeTab(tab));
    },
    closeTab(tabId: number) {
      const tab = requireTab(tabId);
      tabs.delete(tabId);
      badges.delete(tabId);
      tabsApi.onRemoved.dispatch(tabId, { windowId: tab.windowId ?? 1, isWindowClosing: false });
    },
    badge(tabId: number) {
      return {
        text: getBadgeField('text', { tabId }),
        color: getBadgeField('color', { tabId }),
        title: getBadgeField('title', { tabId }),
      };
    },

    /** A message from our content script in that tab (top frame unless frameId says otherwise). */
    sendFromContentScript(tabId: number, message: unknown, sender: Partial<FakeSender> = {}) {
      const tab = requireTab(tabId);
      const url = sender.url ?? tab.url;
      let origin: string | undefined;
      try {
        origin = new URL(url).origin;
      } catch {
        origin = undefined;
      }
      return deliver(message, { id: extensionId, url, origin, frameId: 0, tab: exposeTab(tab), ...sender });
    },
    /** A message from one of our extension pages (popup by default; with `tab` when opened as a tab). */
    sendFromExtensionPage(message: unknown, path = 'popup/popup.html', sender: Partial<FakeSender> = {}) {
      return deliver(message, { id: extensionId, url: getURL(path), origin: base.slice(0, -1), ...sender });
    },
    deliver,

    addCookie(init: FakeCookieInit): Cookies.Cookie {
      const cookie: Cookies.Cookie = {
        name: init.name,
        value: init.value ?? 'v',
        domain: init.domain,
        hostOnly: !init.domain.startsWith('.'),
        path: init.path ?? '/',
        secure: init.secure ?? true,
        httpOnly: init.httpOnly ?? false,
        sameSite: 'lax',
        session: init.session ?? true,
        storeId: init.storeId ?? defaultStore,
        firstPartyDomain: init.firstPartyDomain ?? '',
        ...(init.partitionKey ? { partitionKey: { hasCrossSiteAncestor: false, ...init.partitionKey } } : {}),
      };
      // Chromium cookies have no firstPartyDomain property at all.
      if (!firefox) delete (cookie as Partial<Cookies.Cookie>).firstPartyDomain;
      jar.push(cookie);
      return jsonClone(cookie);
    },
    /** Every cookie in every store, whatever the host permissions (what the browser really holds). */
    cookieJar(): Cookies.Cookie[] {
      return jar.map((c) => jsonClone(c));
    },
    /** cookies.remove rejects with this message for cookies of that name. */
    failRemoval(name: string, message: string) {
      removalFailures.set(name, message);
    },
    /** cookies.remove answers as if it removed cookies of that name, but they stay. */
    keepOnRemoval(name: string) {
      keptOnRemoval.add(name);
    },
    failBrowsingData(message: string | null) {
      browsingDataFailure = message;
    },
    grant(permission: string) {
      granted.add(permission);
    },
    revoke(permission: string) {
      granted.delete(permission);
    },
    /** A new background instance: every listener registered so far is gone; storage and tabs stay. */
    restartWorker() {
      for (const e of events) e.listeners.length = 0;
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** Creates a fake and makes getBrowser() return it. */
export function installFakeBrowser(options: FakeBrowserOptions = {}): FakeBrowser {
  const fake = createFakeBrowser(options);
  setBrowserForTesting(fake.browser, fake.userAgent);
  return fake;
}
