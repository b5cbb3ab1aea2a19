// Every page with a known answer, real captures first, then our own pages (tests/pages): banner,
// badge and popup must all name the expected cause, or all stay silent on a page without a problem.
// Pages are independent, so a few run at once (vitest maxConcurrency): most of the time is waiting.
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserDriver, Tab } from '../driver';
import { expectDiagnosis } from '../expect-ext';
import { CAPTURES_EXPECTED, ownPages, type Expected } from '../routes';
import { saveScreenshots, type Scenarios } from '../suite';

const pageTest = (driver: () => BrowserDriver, e: Expected, origin: string) =>
  it.concurrent(`${origin} ${e.label} → ${e.cause}`, async () => {
    const d = driver();
    const tabs: Tab[] = [];
    const name = `${origin} ${e.label}`;
    try {
      tabs.push(await d.open(e.url));
      tabs.push(await expectDiagnosis(d, tabs[0]!, e.cause));
    } catch (error) {
      await saveScreenshots(d, name, tabs);
      throw error;
    } finally {
      // Popups left by a failed check are closed by the next sequential scenario's cleanup.
      await Promise.all(tabs.map((t) => d.closeTab(t).catch(() => {})));
    }
  });

export const captures: Scenarios = (ctx) => {
  for (const e of CAPTURES_EXPECTED) pageTest(() => ctx().driver, e, 'capture');
};

export const ownPageCatalogue: Scenarios = (ctx) => {
  const pages = ownPages().map((p) => p.expected);
  if (pages.length === 0) it.skip('own pages: none in tests/pages declare expected-cause and served-at yet', () => {});
  for (const e of pages.filter((p) => !p.cookiesBlocked)) pageTest(() => ctx().driver, e, 'page');

  const blocked = pages.filter((p) => p.cookiesBlocked);
  if (blocked.length === 0) return;
  // Cookies off is a whole-browser setting; a second browser keeps the main one's cookies working.
  describe('in a browser that blocks cookies', () => {
    let variant: BrowserDriver | undefined;
    beforeAll(async () => {
      variant = await ctx().launchVariant({ blockCookies: true });
    }, 60_000);
    afterAll(async () => variant?.close());
    const driver = () => {
      if (!variant) throw new Error('the cookie-blocking browser did not start');
      return variant;
    };
    for (const e of blocked) pageTest(driver, e, 'page');
  });
};
