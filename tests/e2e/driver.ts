// The one interface every scenario is written against. chromium.ts and firefox.ts implement it, so a
// scenario is defined once and runs in both browsers.
import type { BrowserName } from './env';

/** A browser tab we opened. `id` is the WebExtension tabs-API id (what popup.html?tabId= takes). */
export interface Tab {
  /** -1 for tabs the extension can't see (extension pages, non-Amazon hosts). */
  readonly id: number;
  readonly url: string;
  /** Date.now() when the page had loaded: "nothing happened" checks wait SETTLE_MS from here. */
  readonly loadedAt: number;
}

/** A cookie as counted from outside the extension (value left out on purpose). */
export interface CookieInfo {
  name: string;
  domain: string;
  path: string;
  /** null: the protocol does not say (Firefox BiDi lists partitioned cookies without a key). */
  partitioned: boolean | null;
}

export interface NewCookie {
  name: string;
  value: string;
  /** "www.example.com" = host-only; ".example.com" = that domain and its subdomains. */
  domain: string;
  path: string;
}

export interface Viewport {
  width: number;
  height: number;
}

/** A place with its own cookie store: a private window (both browsers) or a Firefox container. */
export type Isolation = 'private' | 'container';

/** One private window or container, its tabs, and its cookie store read from outside the extension. */
export interface IsolatedPlace {
  readonly kind: Isolation;
  /** Opens an https URL in a new tab there; the tab works with every BrowserDriver tab method. */
  open(url: string): Promise<Tab>;
  /** Every cookie of this place's store (the driver's own cookies() reads the normal window's). */
  cookies(): Promise<CookieInfo[]>;
  setCookie(cookie: NewCookie): Promise<void>;
  /** Closes its tabs (a private window's cookie store goes with its last window). */
  close(): Promise<void>;
}

/** Runs inside an extension page (or the Chromium service worker) with `api` = browser ?? chrome. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExtFn<A, T> = (api: any, arg: A) => T | Promise<T>;

export interface BrowserDriver {
  readonly name: BrowserName;
  /** moz-extension://<uuid>/ or chrome-extension://<id>/ */
  readonly extensionBase: string;
  /**
   * Opens an https URL in a new tab, waits for load, finds its tabs-API id (needs host permission;
   * `unseen`: don't, the extension may not see the tab; id -1 until identify()).
   */
  open(url: string, viewport?: Viewport, how?: { unseen?: boolean }): Promise<Tab>;
  /** Navigates an open tab to another https URL (same tabs-API id); the old handle is dropped. */
  goto(tab: Tab, url: string): Promise<Tab>;
  /** Opens an extension page (path inside the extension, e.g. "popup/popup.html?tabId=3") in a new tab. */
  openExtensionPage(path: string, viewport?: Viewport): Promise<Tab>;
  /** Runs fn in the page's main world. fn is serialised: it must not close over anything. */
  evaluate<A, T>(tab: Tab, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Runs a whole script (e.g. axe.min.js) in the page's main world, past the page's CSP. */
  addScript(tab: Tab, source: string): Promise<void>;
  /** Real click on the first element matching selector. */
  click(tab: Tab, selector: string): Promise<void>;
  /** Real (isTrusted) mouse click at viewport coordinates: for elements inside closed shadow roots. */
  mouseClick(tab: Tab, x: number, y: number): Promise<void>;
  /** Focuses the first element matching selector and types text key by key (real, trusted keyboard input). */
  type(tab: Tab, selector: string, text: string): Promise<void>;
  /**
   * Waits for a tab the browser opened by itself (e.g. the extension's tabs.create), whose URL starts
   * with urlPrefix, and hands it out like a tab we opened (id -1 when the extension can't see it).
   */
  adoptTab(urlPrefix: string, timeoutMs?: number): Promise<Tab>;
  reload(tab: Tab): Promise<void>;
  /**
   * Runs fn(shadowRoot) in the page's main world on the shadow root of the first element matching
   * hostSelector, even a closed one (CDP / BiDi hand out closed roots; page scripts can't reach them).
   * Resolves null when there is no such element or it has no shadow root.
   */
  inShadowRoot<A, T>(tab: Tab, hostSelector: string, fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T | null>;
  /** Runs fn with the extension's API, from an extension context (not the product's code). */
  ext<A, T>(fn: ExtFn<A, T>, arg: A): Promise<T>;
  /** Every cookie in the default cookie store, partitioned ones included, read through the automation protocol. */
  cookies(): Promise<CookieInfo[]>;
  /** Sets an unpartitioned Secure cookie through the automation protocol (hosts the server can't answer for). */
  setCookie(cookie: NewCookie): Promise<void>;
  /**
   * A new private window (the extension allowed there, as a person allows it) or a Firefox container.
   * null where the browser has no such thing: Chromium has no containers.
   */
  isolated(kind: Isolation): Promise<IsolatedPlace | null>;
  screenshot(tab: Tab, file: string): Promise<void>;
  /**
   * The browser's own main-thread counters for the tab's page, by name (Chromium: CDP
   * Performance.getMetrics, e.g. TaskDuration and ScriptDuration in seconds). Absent where the
   * protocol has no such thing (Firefox over BiDi). Used by npm run bench, never by tests.
   */
  performanceMetrics?(tab: Tab): Promise<Record<string, number>>;
  closeTab(tab: Tab): Promise<void>;
  /** Closes every tab and isolated place opened since the last call (scenario isolation), keeping the driver's own probe. */
  closeScenarioTabs(): Promise<void>;
  /** Tabs still open from this scenario, for failure screenshots. */
  scenarioTabs(): Tab[];
  /**
   * Installs the built extension now (a browser launched with `extensionLater`), or, called again,
   * loads the same folder once more: an update. Resolves once the new version's background runs.
   */
  installExtension(): Promise<void>;
  /** The tab again, with its tabs-API id: for tabs opened before the extension was installed (id -1). */
  identify(tab: Tab): Promise<Tab>;
  /**
   * What a click on the extension's toolbar button gives it: activeTab on this tab (the popup itself is
   * then opened with openExtensionPage). Absent where the automation protocol can't (Chromium).
   */
  grantActiveTab?(tab: Tab): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Port of the fake Amazon on 127.0.0.1. */
  serverPort: number;
  /** Hostnames the fake Amazon answers for. */
  hosts: readonly string[];
  /** The browser refuses every cookie (navigator.cookieEnabled false): for the cookies-disabled pages. */
  blockCookies?: boolean;
  /** The browser's own UI language as a person sets it (BCP 47, e.g. "de", "ar"); default en-US.
   *  Chromium: --lang and LANGUAGE (needs its locale .pak); Firefox: intl.locale.requested (needs its
   *  language pack, e.g. Debian's firefox-esr-l10n-de). */
  uiLocale?: string;
  /** Start without the extension; the scenario installs it with installExtension() (pages open first). */
  extensionLater?: boolean;
  /** Files added to the extension's copy, by path inside it (the bench's blank extension page). */
  extraFiles?: Readonly<Record<string, string>>;
}

/** Marks a URL so the tab can be found again among tabs.query results; the hash never reaches the server. */
let serial = 0;
export function markUrl(url: string): string {
  const u = new URL(url);
  u.hash = `e2e-${process.pid}-${++serial}`;
  return u.toString();
}

export async function waitUntil<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 5000,
  intervalMs = 50,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Whether the extension's host permissions cover this URL (else tabs.query hides the tab's URL). */
export function coveredBy(hostPermissions: readonly string[], url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return hostPermissions.some((pattern) => {
    const m = pattern.match(/^(\*|https?):\/\/(\*\.)?([^/]*)\//);
    if (!m) return pattern === '<all_urls>';
    const [, scheme, anySub, host] = m;
    if (scheme !== '*' && `${scheme}:` !== protocol) return false;
    if (host === '*') return true;
    return hostname === host || (!!anySub && hostname.endsWith(`.${host}`));
  });
}

/** Finds the tabs-API id of the tab showing exactly this URL (hash marker included). */
export async function findTabId(driver: Pick<BrowserDriver, 'ext'>, url: string): Promise<number> {
  return waitUntil(async () => {
    const id = await driver.ext(async (api, u: string) => {
      const tabs: { id?: number; url?: string }[] = await api.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    return id === null ? undefined : id + 1; // +1: tab id 0 is valid but falsy
  }, `a tab with url ${url} in tabs.query`).then((n) => n - 1);
}

/** Pages a driver opened, by tab: both drivers load a marked URL and find its tabs-API id the same way. */
export function tabPages<P extends { goto(url: string, options: { waitUntil: 'domcontentloaded' }): Promise<unknown> }>(
  hostPermissions: readonly string[],
  driver: () => Pick<BrowserDriver, 'ext'>,
  /** False until the extension is installed: no tabs API to ask then. */
  installed: () => boolean = () => true,
) {
  const pages = new Map<Tab, P>();
  const page = (tab: Tab): P => {
    const p = pages.get(tab);
    if (!p) throw new Error(`tab ${tab.url} is closed`);
    return p;
  };
  /** Loads url (marked) in p and registers the tab under its tabs-API id. */
  const load = async (p: P, url: string, identified = true): Promise<Tab> => {
    const marked = markUrl(url);
    await p.goto(marked, { waitUntil: 'domcontentloaded' });
    const loadedAt = Date.now();
    const tab = {
      id: identified && installed() && coveredBy(hostPermissions, marked) ? await findTabId(driver(), marked) : -1,
      url: marked,
      loadedAt,
    };
    pages.set(tab, p);
    return tab;
  };
  /** The same tab under its tabs-API id, once the extension can be asked. */
  const identify = async (tab: Tab): Promise<Tab> => {
    const p = page(tab);
    const found = { ...tab, id: coveredBy(hostPermissions, tab.url) ? await findTabId(driver(), tab.url) : -1 };
    pages.delete(tab);
    pages.set(found, p);
    return found;
  };
  /** Drops every tab of a page that went away with its window. */
  const forget = (p: P) => {
    for (const [tab, q] of pages) if (q === p) pages.delete(tab);
  };
  return { pages, page, load, forget, identify };
}
