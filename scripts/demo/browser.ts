// Chromium with the built extension, for the demo. tests/e2e/chromium.ts is headless-only and hides
// Playwright's Page behind the test driver; the demo needs a headed window when there is a display,
// and full-page shots, clipping and dark mode when there is not. Same flags, same host mapping.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { coveredBy, findTabId, markUrl, type ExtFn } from '../../tests/e2e/driver';
import { browserPath, extensionCopy, readManifest } from '../../tests/e2e/env';

export interface DemoBrowser {
  ctx: BrowserContext;
  extensionBase: string;
  /** Runs fn in the extension's service worker with api = chrome. */
  ext<A, T>(fn: ExtFn<A, T>, arg: A): Promise<T>;
  /** Opens an https URL in a new page and returns it with the tab's tabs-API id (-1 off Amazon). */
  open(url: string, viewport: Viewport): Promise<{ page: Page; tabId: number }>;
  openExtensionPage(pathInExt: string, viewport: Viewport): Promise<Page>;
  close(): Promise<void>;
}
export interface Viewport {
  width: number;
  height: number;
  /** prefers-color-scheme: dark for this page (Playwright emulates light otherwise). */
  dark?: boolean;
}

export interface DemoLaunch {
  serverPort: number;
  hosts: readonly string[];
  headed: boolean;
  blockCookies?: boolean;
}

export async function launchDemoChromium(o: DemoLaunch): Promise<DemoBrowser> {
  // A private copy, as the e2e suite does: another engineer's npm run build can't swap it mid-run.
  const copy = await extensionCopy('chromium');
  const ext = copy.dir;
  const rules = [...o.hosts.map((h) => `MAP ${h} 127.0.0.1:${o.serverPort}`), 'MAP * ~NOTFOUND'];
  const profile = mkdtempSync(path.join(tmpdir(), 'signin-helper-demo-'));
  // Profile settings written before launch: the toolbar button pinned (else the badge hides in the
  // puzzle menu), and for the cookies-disabled pages "block all cookies".
  mkdirSync(path.join(profile, 'Default'));
  const prefs = {
    extensions: { pinned_extensions: [unpackedId(ext)] },
    ...(o.blockCookies ? { profile: { default_content_setting_values: { cookies: 2 } } } : {}),
  };
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  const ctx = await chromium
    .launchPersistentContext(profile, {
      executablePath: browserPath('chromium'),
      headless: !o.headed,
      // Headed: the window decides the size. Headless: each page sets its own.
      viewport: o.headed ? null : { width: 1280, height: 800 },
      // Headless: fixed English UI (the extension's language is set in its options). Headed: the person's.
      locale: o.headed ? undefined : 'en-US',
      colorScheme: o.headed ? null : 'light', // a person's window follows their system
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        `--host-resolver-rules=${rules.join(', ')}`,
        '--ignore-certificate-errors',
        ...(o.headed ? [] : ['--disable-gpu']), // Playwright itself adds --no-sandbox
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        ...(o.headed ? [] : ['--lang=en-US']),
      ],
    })
    .catch((error: Error) => {
      rmSync(profile, { recursive: true, force: true });
      copy.dispose();
      throw error;
    });
  const close = async () => {
    await ctx.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    copy.dispose();
  };
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let worker =
    ctx.serviceWorkers().find(isOurs) ??
    (await ctx.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }).catch(() => undefined));
  if (!worker) {
    await close();
    throw new Error('the extension started no service worker in Chromium (is dist/chrome built?)');
  }
  // Chromium stops an idle service worker and starts a new one on the next event: follow it.
  ctx.on('serviceworker', (w) => {
    if (isOurs(w)) worker = w;
  });
  const hostPermissions = readManifest(ext).host_permissions ?? [];
  const extensionBase = `${worker.url().split('/').slice(0, 3).join('/')}/`;

  const newPage = async (viewport: Viewport) => {
    const page = await ctx.newPage();
    if (!o.headed) await page.setViewportSize({ width: viewport.width, height: viewport.height });
    if (!o.headed) await page.emulateMedia({ colorScheme: viewport.dark ? 'dark' : 'light' });
    return page;
  };
  const demo: DemoBrowser = {
    ctx,
    extensionBase,
    async ext(fn, arg) {
      const expr = `(async () => (${fn.toString()})(globalThis.chrome, ${JSON.stringify(arg ?? null)}))()`;
      // A stopped worker never answers an evaluate: time out, wake it with a tab event, try again.
      for (const ms of [5000, 10_000]) {
        const answer = await Promise.race([worker!.evaluate(expr).then((v) => ({ v })), sleep(ms).then(() => null)]);
        if (answer) return answer.v as never;
        await (await ctx.newPage()).close();
      }
      throw new Error('the extension service worker does not answer');
    },
    async open(url, viewport) {
      const page = await newPage(viewport);
      const marked = markUrl(url);
      await page.goto(marked, { waitUntil: 'load' });
      // tabs.query shows a tab's URL only where the extension has host permissions.
      return { page, tabId: coveredBy(hostPermissions, marked) ? await findTabId(demo, marked) : -1 };
    },
    async openExtensionPage(pathInExt, viewport) {
      const page = await newPage(viewport);
      await page.goto(extensionBase + pathInExt, { waitUntil: 'load' });
      return page;
    },
    close,
  };
  return demo;
}

/** Chromium's id for an unpacked extension without a "key": SHA-256 of its path, hex digits 0-f as a-p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
