// Real engines: every page served on its real hostname by the e2e suite's fake Amazon and opened in
// Chromium or Firefox with the built extension. The cause is what the content script reported to the
// background (the popup's and badge's source); the alerts and the rule come from the detector run in
// the same page, so they reflect the browser's layout.
import path from 'node:path';
import { build } from 'esbuild';
import { tabStateKey } from '../../src/background/tab-state-key';
import type { Diagnosis } from '../../src/detect/types';
import { launchChromium } from '../../tests/e2e/chromium';
import { type BrowserDriver, type Tab, waitUntil } from '../../tests/e2e/driver';
import { bannerCause, settle } from '../../tests/e2e/expect-ext';
import { REPO } from '../../tests/e2e/env';
import { launchFirefox } from '../../tests/e2e/firefox';
import { startFakeAmazon } from '../../tests/e2e/server';
import type { PageFindings } from './findings';
import type { FileResult } from './output';

export interface PageToLoad {
  file: string;
  html: string;
}

/** findings.ts bundled for a page: defines globalThis.signinHelperFindings(). */
export async function inPageScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(REPO, 'scripts/diagnose/in-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Distinct addresses for several pages saved from one URL (the fake Amazon routes by address). */
function addressFor(url: string, index: number, count: number): string {
  if (count === 1) return url;
  const u = new URL(url);
  u.searchParams.set('signin-helper-page', String(index + 1));
  return u.href;
}

async function reported(driver: BrowserDriver, tab: Tab): Promise<Diagnosis | null> {
  const read = () =>
    driver.ext(
      async (api, key: string) => (await api.storage.session.get(key))[key]?.diagnosis ?? null,
      tabStateKey(tab.id),
    );
  return waitUntil(read, 'the content script to report', 5000).catch(() => null);
}

async function diagnoseTab(driver: BrowserDriver, tab: Tab, script: string): Promise<Omit<FileResult, 'file' | 'url'>> {
  const diagnosis = await reported(driver, tab);
  if (diagnosis?.cause) {
    await waitUntil(() => bannerCause(driver, tab), 'the banner', 5000).catch(() => null);
  } else {
    await settle();
  }
  const banner = (await bannerCause(driver, tab)) !== null;
  await driver.addScript(tab, script);
  const inPage = await driver.evaluate(
    tab,
    () => (globalThis as unknown as { signinHelperFindings(): PageFindings }).signinHelperFindings(),
    null,
  );
  return {
    ...inPage,
    engine: driver.name,
    // What the extension itself concluded, as its popup and badge show it.
    cause: diagnosis?.cause ?? null,
    alert: diagnosis?.alert ?? null,
    banner,
  };
}

export async function diagnoseInBrowser(
  engine: 'chromium' | 'firefox',
  url: string,
  pages: readonly PageToLoad[],
): Promise<FileResult[]> {
  const routes = pages.map((p, i) => ({ url: addressFor(url, i, pages.length), html: p.html }));
  const server = await startFakeAmazon(routes);
  let driver: BrowserDriver | undefined;
  try {
    const options = { serverPort: server.port, hosts: [new URL(url).hostname] };
    driver = engine === 'chromium' ? await launchChromium(options) : await launchFirefox(options);
    const script = await inPageScript();
    const results: FileResult[] = [];
    for (const [i, page] of pages.entries()) {
      const tab = await driver.open(routes[i]!.url);
      results.push({ file: page.file, url, ...(await diagnoseTab(driver, tab, script)) });
      await driver.closeTab(tab);
    }
    return results;
  } finally {
    await driver?.close().catch(() => {});
    await server.close();
  }
}
