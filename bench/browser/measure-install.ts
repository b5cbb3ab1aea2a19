// Injection at install (issue 18): a browser started without the extension, with store pages open
// that are not sign-in pages (the capture's HTML at a path the content script does not match: the
// load ratio's "without" page), sign-in error pages and the same page on another site (the
// control); then the extension is installed. Per tab: whether content.js runs there afterwards (its
// one record, probed in the extension's world), how many banners it shows, and the main-thread time
// the tab spent across the install against as long again afterwards with nothing happening, from the
// browser's own counters where the protocol has them (Chromium: CDP Performance.getMetrics).
import type { BrowserDriver, Tab } from '../../tests/e2e/driver';
import { waitUntil } from '../../tests/e2e/driver';
import { BANNER, hasContentScript } from '../../tests/e2e/expect-ext';
import { loadEventEnd, sleep } from './measure-page';
import { BENCH, loadUrl, otherSiteUrl } from './pages';

/** After the install: the injection, the first report and the idle-time UI load have run. */
const AFTER_INSTALL_MS = 1500;
const TABS_OF_EACH = 3;

export interface InstallTab {
  /** content.js runs in the tab. */
  injected: boolean;
  banners: number;
  /** Main-thread seconds (TaskDuration) the tab spent from just before the install to after it; null: no counters. */
  taskSeconds: number | null;
  /** The same, for as long again right afterwards, with nothing happening: the tab's own idle cost. */
  idleSeconds: number | null;
}

export interface InstallRun {
  normal: InstallTab[];
  signIn: InstallTab[];
  /** The same page on another site: what the browser's own install work costs an open tab. */
  otherSite: InstallTab[];
}

/** `driver` was launched with `extensionLater`; `firstRun` numbers the normal pages' addresses. */
export async function installRun(driver: BrowserDriver, firstRun: number): Promise<InstallRun> {
  const urls = {
    normal: Array.from({ length: TABS_OF_EACH }, (_, i) => loadUrl('without', firstRun + i)),
    signIn: Array.from({ length: TABS_OF_EACH }, () => BENCH.problem),
    otherSite: Array.from({ length: TABS_OF_EACH }, (_, i) => otherSiteUrl(i)),
  };
  const opened = {
    normal: await Promise.all(urls.normal.map((u) => driver.open(u))),
    signIn: await Promise.all(urls.signIn.map((u) => driver.open(u))),
    otherSite: await Promise.all(urls.otherSite.map((u) => driver.open(u))),
  };
  const all = [...opened.normal, ...opened.signIn, ...opened.otherSite];
  for (const tab of all) await loadEventEnd(driver, tab);
  await sleep(AFTER_INSTALL_MS);
  const read = driver.performanceMetrics?.bind(driver);
  const task = async (tab: Tab) => (read ? ((await read(tab)).TaskDuration ?? 0) : null);
  const before = await Promise.all(all.map(task));
  const started = Date.now();
  await driver.installExtension();
  // The same tabs, now with their tabs-API ids (the driver's handles before install had none).
  const tabs = await Promise.all(all.map((t) => driver.identify(t)));
  const banners = (tab: Tab) => driver.evaluate(tab, (s: string) => document.querySelectorAll(s).length, BANNER);
  for (const tab of tabs.slice(TABS_OF_EACH, 2 * TABS_OF_EACH))
    await waitUntil(() => banners(tab), 'the banner after install', 10_000);
  await sleep(AFTER_INSTALL_MS);
  const after = await Promise.all(tabs.map(task));
  await sleep(Date.now() - started);
  const later = await Promise.all(tabs.map(task));
  const spent = (from: (number | null)[], to: (number | null)[], i: number) =>
    from[i] === null || to[i] === null ? null : to[i]! - from[i]!;
  const measured = await Promise.all(
    tabs.map(
      async (tab, i): Promise<InstallTab> => ({
        // No tabs-API id: a site we have no access to, where nothing of ours can run (nor be probed).
        injected: tab.id !== -1 && (await hasContentScript(driver, tab)),
        banners: await banners(tab),
        taskSeconds: spent(before, after, i),
        idleSeconds: spent(after, later, i),
      }),
    ),
  );
  const group = (i: number) => measured.slice(i * TABS_OF_EACH, (i + 1) * TABS_OF_EACH);
  return { normal: group(0), signIn: group(1), otherSite: group(2) };
}
