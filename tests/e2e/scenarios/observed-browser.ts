// A second browser of the suite's kind, launched by the suite's own launcher (chromium.ts / firefox.ts,
// used as they are), with two things the BrowserDriver interface does not offer: every network
// request with the context that made it, and every console error / uncaught exception in web pages.
// The launchers don't hand out their playwright context or puppeteer browser, so the library's launch
// function is wrapped for the duration of one launch call and the handle it returns is kept.
import { chromium, type BrowserContext, type CDPSession, type Page, type Request } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../chromium';
import type { BrowserDriver, LaunchOptions, Tab } from '../driver';
import type { BrowserName } from '../env';
import { launchFirefox } from '../firefox';
import { HOSTS } from '../routes';
import type { Route } from '../server';
import { saveScreenshots, type SuiteContext } from '../suite';

/** A network request: its URL and which context made it ('extension' = background, popup, options). */
export interface SeenRequest {
  url: string;
  by: 'extension' | 'page';
}

/** A console error or uncaught exception seen in a web page (any world: page or content script). */
export interface SeenError {
  text: string;
  /** The message or its stack names an extension URL, or it came from the extension's isolated world. */
  fromExtension: boolean;
}

export interface ObservedBrowser {
  driver: BrowserDriver;
  requests: SeenRequest[];
  errors: SeenError[];
  /** Types text key by key into the first element matching selector: trusted input, as a person's. */
  type(tab: Tab, selector: string, text: string): Promise<void>;
  /** URLs in the background context's own Resource Timing buffer (Firefox's event page is no BiDi context). */
  backgroundResources(): Promise<string[]>;
  close(): Promise<void>;
}

/** Read in the background itself: the Chromium service worker, or Firefox's event page via the probe. */
const readBackgroundResources = (driver: BrowserDriver) =>
  driver.ext(async (api) => {
    // A service worker has no window and no background page: it is the background itself.
    const inWorker = typeof window === 'undefined';
    const bg: typeof globalThis = inWorker ? globalThis : await api.runtime.getBackgroundPage();
    return bg.performance.getEntriesByType('resource').map((e) => e.name);
  }, null);

/** Our bundles by name: in Chromium content-ui.js is served from a per-session (dynamic) extension id. */
const OUR_BUNDLE = /(chrome|moz)-extension:\/\/[^/\s]+\/(content|content-ui|background)\.js/;
/** Loads of the extension's own files are not network traffic. */
const isNetwork = (url: string) => /^(https?|wss?|ftp):/i.test(url);

/** Calls launch() while `owner[key]` is wrapped to keep what it resolves to; restores it afterwards. */
async function capturing<O extends object, K extends keyof O, T>(owner: O, key: K, launch: () => Promise<T>) {
  const original = owner[key] as unknown as (...args: unknown[]) => Promise<unknown>;
  let handle: unknown;
  (owner as Record<K, unknown>)[key] = async function (this: unknown, ...args: unknown[]) {
    handle = await original.apply(this, args);
    return handle;
  };
  try {
    const result = await launch();
    return { result, handle };
  } finally {
    (owner as Record<K, unknown>)[key] = original;
  }
}

async function observeChromium(options: LaunchOptions): Promise<ObservedBrowser> {
  const { result: driver, handle } = await capturing(chromium, 'launchPersistentContext', () =>
    launchChromium(options),
  );
  const ctx = handle as BrowserContext;
  const requests: SeenRequest[] = [];
  const errors: SeenError[] = [];
  // Read when needed: a browser launched with extensionLater learns it at install.
  const isExt = (url: string | undefined) => !!driver.extensionBase && !!url?.startsWith(driver.extensionBase);
  const ours = (text: string) =>
    (!!driver.extensionBase && text.includes(driver.extensionBase)) || OUR_BUNDLE.test(text);
  const byExtension = (r: Request) => {
    if (isExt(r.serviceWorker()?.url())) return true;
    try {
      return isExt(r.frame().url());
    } catch {
      return false; // a worker's request without a frame
    }
  };
  ctx.on('request', (r) => {
    if (isNetwork(r.url())) requests.push({ url: r.url(), by: byExtension(r) ? 'extension' : 'page' });
  });
  // The Runtime domain reports every world of a page, the extension's isolated one included.
  const sessions: CDPSession[] = [];
  const watch = async (page: Page) => {
    if (isExt(page.url())) return;
    const cdp = await ctx.newCDPSession(page).catch(() => null);
    if (!cdp) return;
    sessions.push(cdp);
    const extensionWorlds = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith('chrome-extension://')) extensionWorlds.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const text = `${d.exception?.description ?? d.text} ${d.url ?? ''}`;
      errors.push({ text, fromExtension: extensionWorlds.has(d.executionContextId ?? -1) || ours(text) });
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
      if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
      const text = `${args.map((a) => a.value ?? a.description ?? '').join(' ')} ${stackTrace?.callFrames[0]?.url ?? ''}`;
      errors.push({ text, fromExtension: extensionWorlds.has(executionContextId) || ours(text) });
    });
    await cdp.send('Runtime.enable').catch(() => {});
  };
  ctx.on('page', (page) => void watch(page));
  return {
    driver,
    requests,
    errors,
    async type(tab, selector, text) {
      const page = ctx.pages().find((p) => p.url() === tab.url);
      if (!page) throw new Error(`no page at ${tab.url}`);
      await page.locator(selector).first().pressSequentially(text, { timeout: 5000 });
    },
    backgroundResources: () => readBackgroundResources(driver),
    close: async () => {
      await Promise.all(sessions.map((s) => s.detach().catch(() => {})));
      await driver.close();
    },
  };
}

interface BidiEvents {
  on(event: string, handler: (params: any) => void): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  send(method: string, params: object): Promise<{ result: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function observeFirefox(options: LaunchOptions): Promise<ObservedBrowser> {
  const { result: driver, handle } = await capturing(puppeteer, 'launch', () => launchFirefox(options));
  // puppeteer subscribes its session to the network and log modules already; listen on the same channel.
  const bidi = (handle as Browser & { connection: BidiEvents }).connection;
  const requests: SeenRequest[] = [];
  const errors: SeenError[] = [];
  // Other extensions' URLs turn up in captured pages (a password manager's frame): only ours count.
  const ours = (text: string) =>
    (!!driver.extensionBase && text.includes(driver.extensionBase)) || OUR_BUNDLE.test(text);
  const extensionContexts = new Set<string>();
  // The driver's probe (an extension page) was opened during launch, before these listeners.
  const { result: tree } = await bidi.send('browsingContext.getTree', {});
  for (const c of tree.contexts as { context: string; url: string }[]) {
    if (c.url.startsWith(driver.extensionBase)) extensionContexts.add(c.context);
  }
  bidi.on('browsingContext.navigationStarted', ({ context, url }) => {
    if (String(url).startsWith(driver.extensionBase)) extensionContexts.add(context);
    else extensionContexts.delete(context);
  });
  bidi.on('network.beforeRequestSent', ({ context, request }) => {
    const url: string = request.url;
    if (!isNetwork(url)) return;
    requests.push({ url, by: context === null || extensionContexts.has(context) ? 'extension' : 'page' });
  });
  bidi.on('log.entryAdded', (entry) => {
    if (entry.level !== 'error' && entry.level !== 'warn') return;
    if (extensionContexts.has(entry.source?.context)) return; // extension pages are not web pages
    const frames: { url: string }[] = entry.stackTrace?.callFrames ?? [];
    const text = `${entry.text ?? ''} ${frames.map((f) => f.url).join(' ')}`;
    errors.push({ text, fromExtension: ours(text) });
  });
  const browser = handle as Browser;
  return {
    driver,
    requests,
    errors,
    async type(tab, selector, text) {
      const page = (await browser.pages()).find((p) => p.url() === tab.url);
      if (!page) throw new Error(`no page at ${tab.url}`);
      await page.type(selector, text);
    },
    backgroundResources: () => readBackgroundResources(driver),
    close: () => driver.close(),
  };
}

export function launchObserved(name: BrowserName, options: LaunchOptions): Promise<ObservedBrowser> {
  return name === 'chromium' ? observeChromium(options) : observeFirefox(options);
}

/**
 * One observed browser for a scenario group: serves `routes` on the suite's fake Amazon, closes each
 * test's tabs (screenshots first if it failed), and fails any test during which an error from the
 * extension reached a web page's console.
 */
export function useObservedBrowser(
  ctx: () => SuiteContext,
  routes: () => Route[] = () => [],
  launch: Pick<LaunchOptions, 'extensionLater'> = {},
): () => ObservedBrowser {
  let observed: ObservedBrowser | undefined;
  let errorsBefore = 0;
  beforeAll(async () => {
    const { driver, server } = ctx();
    for (const route of routes()) server.route(route);
    observed = await launchObserved(driver.name, { serverPort: server.port, hosts: HOSTS, ...launch });
  }, 60_000);
  beforeEach(() => {
    errorsBefore = observed?.errors.length ?? 0;
  });
  afterEach(async ({ task }) => {
    if (!observed) return;
    if (task.result?.state === 'fail')
      await saveScreenshots(observed.driver, task.name, observed.driver.scenarioTabs());
    await observed.driver.closeScenarioTabs();
    const ours = observed.errors.slice(errorsBefore).filter((e) => e.fromExtension);
    if (ours.length)
      throw new Error(`errors from the extension in the page's console:\n${ours.map((e) => e.text).join('\n')}`);
  });
  afterAll(async () => observed?.close());
  return () => {
    if (!observed) throw new Error('the observed browser did not start (see the beforeAll error)');
    return observed;
  };
}
