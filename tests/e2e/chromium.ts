// BrowserDriver for Chromium: playwright-core, persistent context with the unpacked extension.
// Hosts reach the fake Amazon through --host-resolver-rules; everything else resolves to nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { loadExtensionAllowedInIncognito, openIncognitoWindow } from './chromium-incognito';
import {
  tabPages,
  waitUntil,
  type BrowserDriver,
  type CookieInfo,
  type IsolatedPlace,
  type LaunchOptions,
  type Viewport,
} from './driver';
import { browserPath, extensionCopy, readManifest, SetupError } from './env';

export async function launchChromium(options: LaunchOptions): Promise<BrowserDriver> {
  const executablePath = browserPath('chromium');
  const copy = await extensionCopy('chromium', options.extraFiles);
  const ext = copy.dir;
  const rules = [...options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.serverPort}`), 'MAP * ~NOTFOUND'];
  // Blocking cookies is a profile setting: write it into a fresh profile before launch.
  const profile = options.blockCookies ? blockedCookieProfile() : '';
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: options.uiLocale ?? 'en-US',
    env: { ...process.env, LANGUAGE: (options.uiLocale ?? 'en-US').replace('-', '_') },
    // The extension is loaded over CDP below (allowed in incognito), so playwright's own switch goes.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--enable-unsafe-extension-debugging',
      `--host-resolver-rules=${rules.join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.uiLocale ?? 'en-US'}`,
    ],
  });
  const cleanup = async () => {
    await ctx.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    copy.dispose();
  };
  try {
    const install = () => loadExtensionAllowedInIncognito(ctx, ext);
    if (!options.extensionLater) await install();
    const driver = await driverFor(ctx, readManifest(ext).host_permissions ?? [], install, !options.extensionLater);
    driver.close = cleanup;
    return driver;
  } catch (error) {
    await cleanup();
    throw error;
  }
}

function blockedCookieProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-chromium-'));
  mkdirSync(path.join(dir, 'Default'));
  const prefs = { profile: { default_content_setting_values: { cookies: 2 } } };
  writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  return dir;
}

async function driverFor(
  ctx: BrowserContext,
  hostPermissions: string[],
  install: () => Promise<void>,
  installedAtStart: boolean,
): Promise<BrowserDriver> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const ourWorker = async () =>
    ctx.serviceWorkers().find(isOurs) ??
    (await ctx.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }).catch(() => undefined));
  let worker = installedAtStart ? await ourWorker() : undefined;
  if (installedAtStart && !worker)
    throw new SetupError('The extension loaded no background service worker in Chromium (check dist/chrome)');
  // The service worker may be stopped and restarted (or replaced by an update); always talk to the newest one.
  ctx.on('serviceworker', (w) => {
    if (isOurs(w)) worker = w;
  });
  const baseOf = (w: Worker) => `${w.url().split('/').slice(0, 3).join('/')}/`;
  let extensionBase = worker ? baseOf(worker) : '';
  const { pages, page, load, forget, identify } = tabPages<Page>(
    hostPermissions,
    () => driver,
    () => extensionBase !== '',
  );
  const places: IsolatedPlace[] = [];
  const metricSessions = new WeakMap<Page, CDPSession>();
  const newPage = async (viewport?: Viewport) => {
    const p = await ctx.newPage();
    if (viewport) await p.setViewportSize(viewport);
    return p;
  };

  const driver: BrowserDriver = {
    name: 'chromium',
    get extensionBase() {
      return extensionBase;
    },
    async installExtension() {
      const before = worker;
      await install();
      // An update starts a new service worker; the old one's Worker object stays behind.
      const now = await waitUntil(async () => worker !== before && worker, 'the new service worker', 15_000);
      extensionBase = baseOf(now);
    },
    identify,
    open: async (url, viewport, how) => load(await newPage(viewport), url, !how?.unseen),
    async goto(tab, url) {
      const p = page(tab);
      pages.delete(tab);
      return load(p, url);
    },
    async openExtensionPage(path, viewport) {
      const p = await newPage(viewport);
      const url = extensionBase + path;
      await p.goto(url, { waitUntil: 'load' });
      const tab = { id: -1, url, loadedAt: Date.now() };
      pages.set(tab, p);
      return tab;
    },
    evaluate: (tab, fn, arg) => page(tab).evaluate(fn as never, arg) as never,
    addScript: async (tab, source) => void (await page(tab).evaluate(`${source}\n;void 0`)),
    click: (tab, selector) => page(tab).click(selector, { timeout: 5000 }),
    mouseClick: (tab, x, y) => page(tab).mouse.click(x, y),
    // Key by key through the input pipeline: keydown/input events are trusted, as a person's are.
    type: (tab, selector, text) => page(tab).locator(selector).first().pressSequentially(text, { timeout: 5000 }),
    async adoptTab(urlPrefix, timeoutMs = 5000) {
      const ours = new Set(pages.values());
      const p = await waitUntil(
        async () => ctx.pages().find((q) => !ours.has(q) && q.url().startsWith(urlPrefix)),
        `a tab at ${urlPrefix}… opened by the browser`,
        timeoutMs,
      );
      await p.waitForLoadState('load');
      const tab = { id: -1, url: p.url(), loadedAt: Date.now() };
      pages.set(tab, p);
      return tab;
    },
    reload: async (tab) => void (await page(tab).reload({ waitUntil: 'load' })),
    async inShadowRoot(tab, hostSelector, fn, arg) {
      // CDP pierces closed shadow roots: find the host, describe it, resolve its shadow root to an object.
      const cdp = await ctx.newCDPSession(page(tab));
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
        if (!nodeId) return null;
        const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) return null;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
          arguments: [{ value: arg }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value as never;
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    async ext(fn, arg) {
      const expr = `(async () => (${fn.toString()})(globalThis.chrome, ${JSON.stringify(arg ?? null)}))()`;
      // Chromium may stop an idle service worker; an evaluate on it then hangs (no 'close' event,
      // same Worker object once it runs again). So: time out, wake it with a tab event, retry once.
      const first = await withTimeout(worker!.evaluate(expr), 5000);
      if (first.done) return first.value as never;
      await (await ctx.newPage()).close();
      const second = await withTimeout(worker!.evaluate(expr), 10_000);
      if (second.done) return second.value as never;
      throw new Error('the extension service worker does not answer');
    },
    async cookies() {
      // Playwright reads the whole cookie store over CDP (Storage.getCookies), partitioned cookies included.
      const all = await ctx.cookies();
      return all.map(
        (c): CookieInfo => ({ name: c.name, domain: c.domain, path: c.path, partitioned: !!c.partitionKey }),
      );
    },
    async setCookie(c) {
      await ctx.addCookies([{ ...c, secure: true, sameSite: 'Lax' }]);
    },
    async isolated(kind) {
      if (kind === 'container') return null; // Chromium has no containers
      const place = await openIncognitoWindow({ ctx, driver: () => driver, load, forget });
      places.push(place);
      return place;
    },
    screenshot: async (tab, file) => void (await page(tab).screenshot({ path: file })),
    async performanceMetrics(tab) {
      // The counters run from Performance.enable on: one session per page, kept across navigations.
      const p = page(tab);
      let cdp = metricSessions.get(p);
      if (!cdp) {
        cdp = await ctx.newCDPSession(p);
        await cdp.send('Performance.enable');
        metricSessions.set(p, cdp);
      }
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    async closeTab(tab) {
      await pages.get(tab)?.close();
      pages.delete(tab);
    },
    async closeScenarioTabs() {
      await Promise.all(places.splice(0).map((p) => p.close()));
      await Promise.all([...pages.values()].map((p) => p.close().catch(() => {})));
      pages.clear();
    },
    scenarioTabs: () => [...pages.keys()],
    close: () => ctx.close(),
  };
  return driver;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<{ done: true; value: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ done: false }>((resolve) => (timer = setTimeout(() => resolve({ done: false }), ms)));
  const settled = promise.then((value) => ({ done: true as const, value }));
  settled.catch(() => {}); // a rejection after the timeout must not surface as an unhandled one
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
