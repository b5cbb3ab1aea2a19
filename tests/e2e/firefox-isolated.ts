// Firefox private windows and containers for the suite. The extension is installed with
// moz:allowPrivateBrowsing (a person's "Run in Private Windows"), so its windows.create opens a
// private window. A WebDriver BiDi user context IS a Firefox container (the extension sees its tabs
// with cookieStoreId firefox-container-N), so containers need no contextualIdentities permission.
// BiDi's storage module knows containers but not private browsing (a cookie "set in a private tab's
// partition" lands in the normal store), so the private store is read and filled through Firefox's
// own cookie service, in a chrome-scope realm (what --remote-allow-system-access opens).
import type { Browser, Page } from 'puppeteer-core';
import { waitUntil, type BrowserDriver, type CookieInfo, type IsolatedPlace, type NewCookie, type Tab } from './driver';

/** The raw BiDi channel. */
export interface Bidi {
  send(method: string, params: object): Promise<{ result: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface Internals {
  browser: Browser;
  bidi: Bidi;
  driver: () => Pick<BrowserDriver, 'ext'>;
  contextOf(page: Page): string;
  /** Creates a page with puppeteer, one tab operation at a time (firefox.ts' queue). */
  serially<T>(op: () => Promise<T>): Promise<T>;
  load(page: Page, url: string): Promise<Tab>;
  forget(page: Page): void;
}

const PRIVATE = { privateBrowsingId: 1 };

/** Sets an unpartitioned Secure cookie in one container's store over BiDi. */
export async function setContainerCookie(bidi: Bidi, userContext: string, c: NewCookie): Promise<void> {
  const cookie = { ...c, value: { type: 'string', value: c.value }, secure: true };
  await bidi.send('storage.setCookie', { cookie, partition: { type: 'storageKey', userContext } });
}

/** One container's cookies over BiDi ('default': the normal window's; without a user context Firefox lists every container's). */
export async function containerCookies(bidi: Bidi, userContext: string): Promise<CookieInfo[]> {
  const { result } = await bidi.send('storage.getCookies', { partition: { type: 'storageKey', userContext } });
  // BiDi does not say which cookies are partitioned.
  return (result.cookies as { name: string; domain: string; path: string }[]).map(
    (c): CookieInfo => ({ name: c.name, domain: c.domain, path: c.path, partitioned: null }),
  );
}

/** Runs an expression with Firefox's own privileged globals (Services, Ci) and returns its string. */
export async function inChrome(bidi: Bidi, expression: string): Promise<string> {
  const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = (tree.contexts as { context: string }[])[0]?.context;
  if (!context) throw new Error('Firefox: no chrome-scope context (is --remote-allow-system-access set?)');
  const { result } = await bidi.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`chrome-scope script: ${result.exceptionDetails?.text}`);
  return result.result.value as string;
}

function privateCookies(bidi: Bidi): Promise<CookieInfo[]> {
  const listing = `JSON.stringify(Services.cookies.getCookiesWithOriginAttributes(${JSON.stringify(JSON.stringify(PRIVATE))})
    .map((c) => ({ name: c.name, domain: c.host, path: c.path, partitioned: c.isPartitioned })))`;
  return inChrome(bidi, listing).then((json) => JSON.parse(json) as CookieInfo[]);
}

async function setPrivateCookie(bidi: Bidi, c: NewCookie): Promise<void> {
  const args = [c.domain, c.path, c.name, c.value].map((a) => JSON.stringify(a)).join(', ');
  const add = `String(Services.cookies.add(${args}, true, false, true, Date.now() + 3600e3, ${JSON.stringify(PRIVATE)},
    Ci.nsICookie.SAMESITE_LAX, Ci.nsICookie.SCHEME_HTTPS, false).result)`;
  const result = await inChrome(bidi, add);
  if (result !== '0') throw new Error(`Firefox refused the private cookie ${c.name} (validation ${result})`);
}

/** Focuses the normal window again: puppeteer opens every new tab in the focused window. */
const focusNormalWindow = (x: Internals) =>
  x.driver().ext(async (api) => {
    await api.windows.update((await api.windows.getCurrent()).id, { focused: true });
  }, null);

export async function openPrivateWindow(x: Internals): Promise<IsolatedPlace> {
  const windowId: number = await x
    .driver()
    .ext(async (api) => (await api.windows.create({ incognito: true })).id, null);
  await focusNormalWindow(x);
  const opened: Page[] = [];
  const contexts = async () =>
    ((await x.bidi.send('browsingContext.getTree', { maxDepth: 0 })).result.contexts as { context: string }[]).map(
      (c) => c.context,
    );
  return {
    kind: 'private',
    async open(url) {
      const known = new Set(await contexts());
      await x.serially(() => x.driver().ext((api, id: number) => api.tabs.create({ windowId: id }), windowId));
      await focusNormalWindow(x);
      const created = await waitUntil(
        async () => (await contexts()).find((c) => !known.has(c)),
        'the private tab in BiDi',
      );
      const page = await waitUntil(
        async () => (await x.browser.pages()).find((p) => x.contextOf(p) === created),
        'a puppeteer page for the private tab',
      );
      opened.push(page);
      return x.load(page, url);
    },
    cookies: () => privateCookies(x.bidi),
    setCookie: (c) => setPrivateCookie(x.bidi, c),
    async close() {
      for (const page of opened) x.forget(page);
      await x
        .driver()
        .ext((api, id: number) => api.windows.remove(id), windowId)
        .catch(() => {});
    },
  };
}

export async function openContainer(x: Internals): Promise<IsolatedPlace> {
  const container = await x.browser.createBrowserContext();
  const userContext = container.id!;
  const opened: Page[] = [];
  return {
    kind: 'container',
    async open(url) {
      // A window of its own: a new tab would open in whichever window has the focus.
      const page = await x.serially(() => container.newPage({ type: 'window' }));
      opened.push(page);
      return x.load(page, url);
    },
    cookies: () => containerCookies(x.bidi, userContext),
    setCookie: (c) => setContainerCookie(x.bidi, userContext, c),
    async close() {
      for (const page of opened) x.forget(page);
      await container.close().catch(() => {});
    },
  };
}
