// "Clear this store's cookies" from the popup of an amazon.co.jp tab, counted from OUTSIDE the
// extension (CDP / BiDi): every amazon.co.jp cookie gone (domain, host-only, path-scoped, HttpOnly,
// partitioned), amazon.com and example.org untouched.
import { expect, it } from 'vitest';
import { waitUntil, type CookieInfo } from '../driver';
import { openPopup } from '../expect-ext';
import { JP_COOKIES, PAGES } from '../routes';
import type { Scenarios } from '../suite';

const under = (domain: string) => (c: CookieInfo) => {
  const host = c.domain.replace(/^\./, '');
  return host === domain || host.endsWith(`.${domain}`);
};
const names = (cookies: CookieInfo[]) => cookies.map((c) => `${c.domain}${c.path} ${c.name}`).sort();

export const cookies: Scenarios = (ctx) => {
  it('popup clear-cookies on the amazon.co.jp tab removes every amazon.co.jp cookie and nothing else', async () => {
    const { driver } = ctx();
    await driver.open(PAGES.otherCookies);
    await driver.open(PAGES.usCookies);
    const jp = await driver.open(PAGES.jpCookies);
    const before = await driver.cookies();
    const jpBefore = before.filter(under('amazon.co.jp'));
    // Every shape the server set must be there, or the test would prove nothing.
    expect(jpBefore.map((c) => c.name)).toEqual(expect.arrayContaining(JP_COOKIES.map((c) => c.split('=')[0])));

    const popup = await openPopup(driver, jp.id);
    // The popup must offer this tab's store, not a guess.
    const title = () => driver.evaluate(popup, () => document.querySelector('#clear-title')?.textContent ?? '', null);
    await waitUntil(async () => (await title()).includes('amazon.co.jp'), 'clear-cookies offered for amazon.co.jp');
    await driver.click(popup, '[data-action="clear-cookies"]');
    await waitUntil(
      async () => (await driver.cookies()).filter(under('amazon.co.jp')).length === 0,
      'no amazon.co.jp cookies left',
    ).catch(async () => {
      throw new Error(`amazon.co.jp cookies left: ${names((await driver.cookies()).filter(under('amazon.co.jp'))).join(', ')}`);
    });

    const after = await driver.cookies();
    expect(names(after.filter(under('amazon.com')))).toEqual(names(before.filter(under('amazon.com'))));
    expect(names(after.filter(under('example.org')))).toEqual(names(before.filter(under('example.org'))));
    expect(names(before.filter(under('example.org')))).toHaveLength(2);
    // The popup reports what it did: "removed N, 0 left".
    const status = () => driver.evaluate(popup, () => document.querySelector('.clear-status')?.textContent ?? '', null);
    await waitUntil(async () => /\d/.test(await status()), 'the popup to report the result');
    expect(await status()).toContain(`removed ${jpBefore.length}, 0 left`);
  });
};
