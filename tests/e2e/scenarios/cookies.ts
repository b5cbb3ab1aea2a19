// "Clear this store's cookies" from the popup of a store's tab, counted from OUTSIDE the extension
// (CDP / BiDi): every cookie of the store's domain gone (domain, host-only, other subdomain,
// path-scoped, HttpOnly, partitioned); other stores and other sites untouched, including the
// look-alike amazon.com.au when amazon.com is cleared.
import { expect, it } from 'vitest';
import { waitUntil, type CookieInfo, type NewCookie } from '../driver';
import { openPopup, settled } from '../expect-ext';
import { JP_COOKIES, PAGES, US_COOKIES } from '../routes';
import type { Scenarios } from '../suite';

const under = (domain: string) => (c: CookieInfo) => {
  const host = c.domain.replace(/^\./, '');
  return host === domain || host.endsWith(`.${domain}`);
};
const names = (cookies: CookieInfo[]) => cookies.map((c) => `${c.domain}${c.path} ${c.name}`).sort();
const cookieName = (header: string) => header.split('=')[0]!;

/** Cookies on hosts the fake server doesn't answer for, set through the automation protocol. */
const EXTRA: NewCookie[] = [
  { name: 'jp-sub', value: '1', domain: 'images.amazon.co.jp', path: '/' },
  { name: 'us-sub', value: '1', domain: 'images.amazon.com', path: '/' },
  { name: 'au', value: '1', domain: '.amazon.com.au', path: '/' },
];

const CASES = [
  {
    domain: 'amazon.co.jp',
    page: PAGES.jpCookies,
    set: [...JP_COOKIES.map(cookieName), 'jp-sub'],
    keep: ['amazon.com', 'example.org'],
  },
  {
    domain: 'amazon.com',
    page: PAGES.usSigninCookies,
    set: [...US_COOKIES.map(cookieName), 'us-sub'],
    keep: ['amazon.co.jp', 'amazon.com.au', 'example.org'],
  },
];

export const cookies: Scenarios = (ctx) => {
  for (const c of CASES) {
    it(`popup clear-cookies on the ${c.domain} tab removes every ${c.domain} cookie and nothing else`, async () => {
      const { driver } = ctx();
      // Cookies of every site involved, whichever case runs first.
      await driver.open(PAGES.otherCookies);
      await driver.open(PAGES.usCookies);
      await driver.open(PAGES.jpCookies);
      for (const extra of EXTRA) await driver.setCookie(extra);
      const tab = await driver.open(c.page);
      const before = await driver.cookies();
      const mine = before.filter(under(c.domain));
      // Every shape must be there, or the test would prove nothing.
      expect(mine.map((x) => x.name)).toEqual(expect.arrayContaining(c.set));
      for (const other of c.keep)
        expect(before.filter(under(other)).length, `${other} cookies before`).toBeGreaterThan(0);

      // The sign-in page is clean (no banner to wait for): give its content script time to report the store.
      await settled(tab);
      const popup = await openPopup(driver, tab.id);
      // The popup must offer this tab's store, not a guess.
      const title = () => driver.evaluate(popup, () => document.querySelector('#clear-title')?.textContent ?? '', null);
      await waitUntil(async () => (await title()).includes(c.domain), `clear-cookies offered for ${c.domain}`);
      await driver.click(popup, '[data-action="clear-cookies"]');
      await waitUntil(
        async () => (await driver.cookies()).filter(under(c.domain)).length === 0,
        `no ${c.domain} cookies`,
      ).catch(async () => {
        throw new Error(
          `${c.domain} cookies left: ${names((await driver.cookies()).filter(under(c.domain))).join(', ')}`,
        );
      });

      const after = await driver.cookies();
      // amazon.com.au ends with "amazon.com"… only as a string: it is another store and must stay.
      for (const other of c.keep)
        expect(names(after.filter(under(other))), `${other} cookies`).toEqual(names(before.filter(under(other))));
      // The popup reports what it did: "removed N, 0 left".
      const status = () =>
        driver.evaluate(popup, () => document.querySelector('.clear-status')?.textContent ?? '', null);
      await waitUntil(async () => /\d/.test(await status()), 'the popup to report the result');
      expect(await status()).toContain(`removed ${mine.length}, 0 left`);
    });
  }
};
