// Clearing a sign-in door's cookies from the popup of its tab, counted from OUTSIDE the extension:
// exactly the cookies the door's pages get go (its host's own, .account.amazon.com's, .amazon.com's),
// and every other host's own cookies stay (www.amazon.com's host-only ones, images.amazon.com's,
// amazon.co.jp's). The popup names what it signs out of before the click.
import { expect, it } from 'vitest';
import { waitUntil, type CookieInfo } from '../driver';
import { openPopup, settled } from '../expect-ext';
import { PAGES } from '../routes';
import type { Scenarios } from '../suite';

const DOOR = 'na.account.amazon.com';
/** What the browser sends to the door: host-only cookies of the door, domain cookies of it or a parent. */
const sentToDoor = (c: CookieInfo) => {
  const bare = c.domain.replace(/^\./, '');
  return c.domain.startsWith('.') ? DOOR === bare || DOOR.endsWith(`.${bare}`) : bare === DOOR;
};
const names = (cookies: CookieInfo[]) => cookies.map((c) => `${c.domain}${c.path} ${c.name}`).sort();

export const doorCookies: Scenarios = (ctx) => {
  it(`popup clear-cookies on a ${DOOR} tab removes the door's cookies and keeps every other host's own`, async () => {
    const { driver } = ctx();
    await driver.open(PAGES.usCookies);
    await driver.open(PAGES.jpCookies);
    await driver.setCookie({ name: 'us-sub', value: '1', domain: 'images.amazon.com', path: '/' });
    const tab = await driver.open(PAGES.doorCookies);
    const before = await driver.cookies();
    const gone = before.filter(sentToDoor);
    const kept = before.filter((c) => !sentToDoor(c));
    // The door's three shapes and amazon.com's shared session-id, and neighbours that must stay.
    expect(gone.map((c) => c.name)).toEqual(
      expect.arrayContaining(['door-host', 'door-parent', 'door-shared', 'session-id']),
    );
    expect(kept.map((c) => c.name)).toEqual(expect.arrayContaining(['us-host', 'us-ap', 'us-sub', 'ubid-acbjp']));

    await settled(tab);
    const popup = await openPopup(driver, tab.id);
    const effect = () =>
      driver.evaluate(popup, () => document.querySelector('[data-clear-door]')?.textContent ?? '', null);
    // Said before the click: the door, and that amazon.com (and its services) are signed out too.
    await waitUntil(async () => (await effect()).includes(DOOR), 'the door clearing offered');
    expect(await effect()).toContain('amazon.com, Seller Central');
    await driver.click(popup, '[data-action="clear-cookies"]');
    await waitUntil(async () => (await driver.cookies()).filter(sentToDoor).length === 0, 'no door cookies').catch(
      async () => {
        throw new Error(`door cookies left: ${names((await driver.cookies()).filter(sentToDoor)).join(', ')}`);
      },
    );
    const after = await driver.cookies();
    expect(names(after.filter((c) => !sentToDoor(c)))).toEqual(names(kept));
    const status = () => driver.evaluate(popup, () => document.querySelector('.clear-status')?.textContent ?? '', null);
    await waitUntil(async () => /\d/.test(await status()), 'the popup to report the result');
    expect(await status()).toContain(`removed ${gone.length}, 0 left`);
  });
};
