// Chromium incognito windows for the suite. The extension is loaded through CDP
// (Extensions.loadUnpacked, enableInIncognito) so it is "allowed in incognito", as a person allows it
// on chrome://extensions; the window is opened by the extension's own windows.create, since a
// persistent playwright context cannot open one. Playwright hands the window's tabs out as pages of
// the persistent context; the incognito profile's cookie store is read and filled over CDP through a
// session on one of them.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { waitUntil, type BrowserDriver, type CookieInfo, type IsolatedPlace, type Tab } from './driver';
import { SetupError } from './env';

/** Loads the unpacked extension allowed in incognito (needs --enable-unsafe-extension-debugging). */
export async function loadExtensionAllowedInIncognito(ctx: BrowserContext, dir: string): Promise<void> {
  const browser = ctx.browser();
  if (!browser) throw new SetupError('Chromium: no browser-level CDP session to load the extension with');
  const cdp = await browser.newBrowserCDPSession();
  try {
    await cdp.send('Extensions.loadUnpacked', { path: dir, enableInIncognito: true });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface Internals {
  ctx: BrowserContext;
  driver: () => Pick<BrowserDriver, 'ext'>;
  /** Loads a URL in a page and registers it as a scenario tab (tabPages' load). */
  load(page: Page, url: string): Promise<Tab>;
  /** Forgets a page's tabs after its window closed. */
  forget(page: Page): void;
}

/** A page the extension's call opens, handed out by playwright once it exists. */
async function pageOpenedBy(ctx: BrowserContext, open: () => Promise<unknown>): Promise<Page> {
  const [page] = await Promise.all([ctx.waitForEvent('page', { timeout: 10_000 }), open()]);
  return page;
}

export async function openIncognitoWindow({ ctx, driver, load, forget }: Internals): Promise<IsolatedPlace> {
  let windowId = -1;
  const first = await pageOpenedBy(ctx, async () => {
    windowId = await driver().ext(async (api) => (await api.windows.create({ incognito: true })).id, null);
  });
  if ((await driver().ext((api, id: number) => api.windows.get(id), windowId)).incognito !== true)
    throw new Error('Chromium opened no incognito window');
  // Storage.* reaches only the default profile or contexts CDP created itself; the Network domain of
  // a session on the window's first tab reaches the incognito profile's store (the window closes with it).
  const cdp: CDPSession = await ctx.newCDPSession(first);
  const opened: Page[] = [first];

  return {
    kind: 'private',
    async open(url) {
      const page = await pageOpenedBy(ctx, () =>
        driver().ext((api, id: number) => api.tabs.create({ windowId: id, url: 'about:blank' }), windowId),
      );
      opened.push(page);
      return load(page, url);
    },
    async cookies() {
      const { cookies } = await cdp.send('Network.getAllCookies');
      return cookies.map(
        (c): CookieInfo => ({ name: c.name, domain: c.domain, path: c.path, partitioned: !!c.partitionKey }),
      );
    },
    async setCookie(c) {
      const { success } = await cdp.send('Network.setCookie', { ...c, secure: true, sameSite: 'Lax' });
      if (!success) throw new Error(`Chromium refused the incognito cookie ${c.name}`);
    },
    async close() {
      for (const page of opened) forget(page);
      // The incognito profile, and its cookie store, go with its last window.
      await driver()
        .ext((api, id: number) => api.windows.remove(id), windowId)
        .catch(() => {});
      await waitUntil(async () => opened.every((p) => p.isClosed()), 'the incognito window to close');
    },
  };
}
