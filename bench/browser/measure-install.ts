// Injection at install (issue 18): a browser started without the extension, with store pages open
// that are not sign-in pages (the capture's HTML at a path the content script does not match: the
// load ratio's "without" page) and sign-in error pages; then the extension is installed. Per tab:
// whether content.js runs there afterwards (its one record, probed in the extension's world), how
// many banners it shows, and the main-thread time the tab spent across the install, from the
// browser's own counters where the protocol has them (Chromium: CDP Performance.getMetrics).
import type { BrowserDriver, Tab } from '../../tests/e2e/driver';
import { waitUntil } from '../../tests/e2e/driver';
import { BANNER, hasContentScript } from '../../tests/e2e/expect-ext';
import { loadEventEnd, sleep } from './measure-page';
import { BENCH, loadUrl } from './pages';

/** After the install: the injection, the first report and the idle-time UI load have run. */
const AFTER_INSTALL_MS = 1500;
const TABS_OF_EACH = 3;

export interface InstallTab {
  /** content.js runs in the tab. */
  injected: boolean;
  banners: number;
  /** Main-thread seconds (TaskDuration) the tab spent from just before the install to after it; null: no counters. */
  taskSeconds: number | null;
}

export interface InstallRun {
  normal: InstallTab[];
  signIn: InstallTab[];
}

/** `driver` was launched with `extensionLater`; `firstRun` numbers the normal pages' addresses. */
export async function installRun(driver: BrowserDriver, firstRun: number): Promise<InstallRun> {
  const urls = {
    normal: Array.from({ length: TABS_OF_EACH }, (_, i) => loadUrl('without', firstRun + i)),
    signIn: Array.from({ length: TABS_OF_EACH }, () => BENCH.problem),
  };
  const opened = {
    normal: await Promise.all(urls.normal.map((u) => driver.open(u))),
    signIn: await Promise.all(urls.signIn.map((u) => driver.open(u))),
  };
  const all = [...opened.normal, ...opened.signIn];
  for (const tab of all) await loadEventEnd(driver, tab);
  await sleep(AFTER_INSTALL_MS);
  const read = driver.performanceMetrics?.bind(driver);
  const task = async (tab: Tab) => (read ? ((await read(tab)).TaskDuration ?? 0) : null);
  const before = await Promise.all(all.map(task));
  await driver.installExtension();
  const banners = (tab: Tab) => driver.evaluate(tab, (s: string) => document.querySelectorAll(s).length, BANNER);
  for (const tab of opened.signIn) await waitUntil(() => banners(tab), 'the banner after install', 10_000);
  await sleep(AFTER_INSTALL_MS);
  const after = await Promise.all(all.map(task));
  const measured = await Promise.all(
    all.map(async (tab, i): Promise<InstallTab> => {
      const spent = after[i] === null || before[i] === null ? null : after[i]! - before[i]!;
      const identified = await driver.identify(tab);
      return { injected: await hasContentScript(driver, identified), banners: await banners(tab), taskSeconds: spent };
    }),
  );
  return { normal: measured.slice(0, TABS_OF_EACH), signIn: measured.slice(TABS_OF_EACH) };
}
