// BrowserDriver for Firefox: puppeteer-core over WebDriver BiDi, extension installed as a temporary
// add-on. Firefox has no per-host port mapping, so every request goes through proxy.ts.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserPath, extensionCopy, readManifest, SetupError } from './env';
import {
  tabPages,
  waitUntil,
  type BrowserDriver,
  type IsolatedPlace,
  type LaunchOptions,
  type Viewport,
} from './driver';
// The raw BiDi channel: puppeteer doesn't wrap what we need (extension navigation, closed shadow roots, storage).
import {
  containerCookies,
  inChrome,
  openContainer,
  openPrivateWindow,
  setContainerCookie,
  type Bidi,
} from './firefox-isolated';
import { startProxy } from './proxy';

/** Fixed moz-extension host, so extension page URLs are known before launch. */
const UUID = '5e2e0000-0000-4000-8000-00000000e2e0';

// Keep Firefox off the network and quiet: the proxy refuses other hosts anyway, this just avoids the noise.
const QUIET_PREFS = {
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.shopping.experience2023.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'services.settings.server': 'https://127.0.0.1:9/',
};

export async function launchFirefox(options: LaunchOptions): Promise<BrowserDriver> {
  const executablePath = browserPath('firefox');
  const copy = await extensionCopy('firefox', options.extraFiles);
  const ext = copy.dir;
  const proxy = await startProxy(options.hosts, options.serverPort);
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await proxy.close();
    copy.dispose();
  };
  try {
    const manifest = readManifest(ext);
    const geckoId = manifest.browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new SetupError(`dist/firefox/manifest.json has no browser_specific_settings.gecko.id`);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      protocol: 'webDriverBiDi',
      headless: true,
      acceptInsecureCerts: true,
      // Without it Firefox 153 refuses BiDi navigation to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
        // permissions.request answers at once, as if the person accepted Firefox's prompt (a headless
        // browser has no one to click it); the request still needs a real click in the page.
        'extensions.webextOptionalPermissionPrompts': false,
        'intl.locale.requested': options.uiLocale ?? 'en-US',
        'intl.accept_languages': options.uiLocale ?? 'en-US, en',
        ...(options.blockCookies ? { 'network.cookie.cookieBehavior': 2 } : {}),
      },
    });
    // As puppeteer's installExtension, plus the allowance a person gives with "Run in Private Windows".
    // Installing the same folder again is an update of the temporary add-on.
    const bidi = (browser as unknown as { connection: Bidi }).connection;
    const install = async () => {
      const { result } = await bidi.send('webExtension.install', {
        extensionData: { type: 'path', path: ext },
        'moz:allowPrivateBrowsing': true,
      });
      const installed: string = result.extension;
      if (installed !== geckoId) throw new SetupError(`Firefox installed ${installed}, expected ${geckoId}`);
    };
    if (!options.extensionLater) await install();
    const probePath = manifest.options_ui?.page ?? manifest.action?.default_popup;
    if (!probePath) throw new SetupError('dist/firefox/manifest.json names no options page or popup to probe from');
    const driver = await driverFor(
      browser,
      { probePath, geckoId, hostPermissions: manifest.host_permissions ?? [] },
      install,
      !options.extensionLater,
    );
    driver.close = cleanup;
    return driver;
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function driverFor(
  browser: Browser,
  { probePath, geckoId, hostPermissions }: { probePath: string; geckoId: string; hostPermissions: string[] },
  install: () => Promise<void>,
  installedAtStart: boolean,
): Promise<BrowserDriver> {
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const extensionBase = `moz-extension://${UUID}/`;
  const contextOf = (p: Page) => (p.mainFrame() as unknown as { _id: string })._id;
  // puppeteer's page.goto never resolves for moz-extension:// URLs; the raw BiDi navigate does.
  const navigate = (p: Page, url: string) =>
    bidi.send('browsingContext.navigate', { context: contextOf(p), url, wait: 'complete' });
  // Firefox's remote agent can fail browsingContext.create ("BrowsingContext does no longer exist")
  // while another tab is being created or closed; one tab operation at a time, and one retry.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(op: () => Promise<T>): Promise<T> => {
    const run = queue.then(op, op);
    queue = run.catch(() => {});
    return run;
  };
  const create = () => serially(() => browser.newPage().catch(() => browser.newPage()));
  const closePage = (p: Page) => serially(() => p.close());
  const newPage = async (viewport?: Viewport) => {
    const p = await create();
    if (viewport) await p.setViewport(viewport);
    return p;
  };
  // An extension page kept open for the whole suite: the test's handle on the WebExtension API. An
  // update closes the extension's pages, so it is opened again after each install.
  let probe: Page | undefined;
  const openProbe = async () => {
    if (probe && !probe.isClosed()) await closePage(probe).catch(() => {});
    probe = await newPage();
    await navigate(probe, extensionBase + probePath);
    const hasApi = await probe.evaluate(() => typeof (globalThis as { browser?: { tabs?: unknown } }).browser?.tabs);
    if (hasApi !== 'object') throw new SetupError(`Firefox: ${extensionBase + probePath} has no WebExtension API`);
  };
  if (installedAtStart) await openProbe();

  const { pages, page, load, forget, identify } = tabPages<Page>(
    hostPermissions,
    () => driver,
    () => probe !== undefined,
  );
  const places: IsolatedPlace[] = [];
  const driver: BrowserDriver = {
    name: 'firefox',
    extensionBase,
    async installExtension() {
      await install();
      await openProbe();
    },
    identify,
    async grantActiveTab(tab) {
      // Firefox's own activeTab grant, as its toolbar button makes it for the selected tab.
      await bidi.send('browsingContext.activate', { context: contextOf(page(tab)) });
      const grant = `(() => {
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        extension.tabManager.addActiveTabPermission(win.gBrowser.selectedTab);
        return 'granted';
      })()`;
      await inChrome(bidi, grant);
    },
    open: async (url, viewport, how) => load(await newPage(viewport), url, !how?.unseen),
    async goto(tab, url) {
      const p = page(tab);
      pages.delete(tab);
      return load(p, url);
    },
    async openExtensionPage(pagePath, viewport) {
      const p = await newPage(viewport);
      const url = extensionBase + pagePath;
      await navigate(p, url);
      const tab = { id: -1, url, loadedAt: Date.now() };
      pages.set(tab, p);
      return tab;
    },
    evaluate: (tab, fn, arg) => page(tab).evaluate(fn as never, arg) as never,
    addScript: async (tab, source) => void (await page(tab).evaluate(`${source}\n;void 0`)),
    click: (tab, selector) => page(tab).click(selector),
    mouseClick: (tab, x, y) => page(tab).mouse.click(x, y),
    // puppeteer focuses the element, then sends each key as BiDi input actions: trusted events.
    type: (tab, selector, text) => page(tab).type(selector, text),
    async adoptTab(urlPrefix, timeoutMs = 5000) {
      // puppeteer's page.url() doesn't follow moz-extension:// navigations; BiDi's context tree does.
      const ours = new Set([...(probe ? [probe] : []), ...pages.values()].map(contextOf));
      const found = await waitUntil(
        async () => {
          const { result } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
          return (result.contexts as { context: string; url: string }[]).find(
            (c) => !ours.has(c.context) && c.url.startsWith(urlPrefix),
          );
        },
        `a tab at ${urlPrefix}… opened by the browser`,
        timeoutMs,
      );
      const p = await waitUntil(
        async () => (await browser.pages()).find((q) => contextOf(q) === found.context),
        `a page for ${found.url}`,
      );
      await waitUntil(() => p.evaluate(() => document.readyState === 'complete'), `${found.url} loaded`);
      const tab = { id: -1, url: found.url, loadedAt: Date.now() };
      pages.set(tab, p);
      return tab;
    },
    reload: async (tab) =>
      void (await bidi.send('browsingContext.reload', { context: contextOf(page(tab)), wait: 'complete' })),
    async inShadowRoot(tab, hostSelector, fn, arg) {
      // BiDi serialises closed shadow roots too when asked (includeShadowTree: 'all'); their sharedId
      // can then be passed back as an argument.
      const context = contextOf(page(tab));
      const { result } = await bidi.send('browsingContext.locateNodes', {
        context,
        locator: { type: 'css', value: hostSelector },
        maxNodeCount: 1,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
      });
      const shadowId: string | undefined = result.nodes[0]?.value?.shadowRoot?.sharedId;
      if (!shadowId) return null;
      const { result: r } = await bidi.send('script.callFunction', {
        functionDeclaration: `async function (root, arg) { return JSON.stringify(await (${fn.toString()})(root, JSON.parse(arg)) ?? null); }`,
        target: { context },
        arguments: [{ sharedId: shadowId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception in shadow root');
      return JSON.parse(r.result.value) as never;
    },
    async ext(fn, arg) {
      const expr = `(async () => (${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)}))()`;
      if (!probe) throw new Error('the extension is not installed yet');
      return (await probe.evaluate(expr)) as never;
    },
    // WebDriver BiDi storage: outside the extension; partitioned cookies included.
    cookies: () => containerCookies(bidi, 'default'),
    setCookie: (c) => setContainerCookie(bidi, 'default', c),
    async isolated(kind) {
      const internals = { browser, bidi, driver: () => driver, contextOf, serially, load, forget };
      const place = await (kind === 'private' ? openPrivateWindow(internals) : openContainer(internals));
      places.push(place);
      return place;
    },
    screenshot: async (tab, file) => void (await page(tab).screenshot({ path: file as `${string}.png` })),
    async closeTab(tab) {
      const p = pages.get(tab);
      pages.delete(tab);
      if (p) await closePage(p);
    },
    async closeScenarioTabs() {
      await Promise.all(places.splice(0).map((p) => p.close()));
      const all = [...pages.values()];
      pages.clear();
      await Promise.all(all.map((p) => closePage(p).catch(() => {})));
    },
    scenarioTabs: () => [...pages.keys()],
    close: () => browser.close(),
  };
  return driver;
}
