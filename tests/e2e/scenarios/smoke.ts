// The harness itself: extension loaded, fake Amazon reachable on its real hostname, tab ids found,
// extension pages readable, cookies countable from outside.
import { expect, it } from 'vitest';
import { badgeText, expectBanner, openPopup } from '../expect-ext';
import { PAGES } from '../routes';
import type { Scenarios } from '../suite';

export const smoke: Scenarios = (ctx) => {
  it('smoke: extension loaded, www.amazon.co.jp/ap/signin served locally, tab id and badge readable', async () => {
    const { driver } = ctx();
    expect(driver.extensionBase).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/$/);
    const tab = await driver.open(PAGES.jpWrongPassword);
    expect(tab.id).toBeGreaterThanOrEqual(0);
    const page = await driver.evaluate(
      tab,
      () => ({ host: location.host, form: !!document.querySelector('form[name=signIn]') }),
      null,
    );
    expect(page).toEqual({ host: 'www.amazon.co.jp', form: true });
    expect(typeof (await badgeText(driver, tab.id))).toBe('string');
  });

  it('smoke: the content script runs there (a shown "password incorrect" alert gets the banner)', async () => {
    const { driver } = ctx();
    await expectBanner(driver, await driver.open(PAGES.jpWrongPassword), 'wrong-password');
  });

  it('smoke: popup page opens as a tab and carries data-cause', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGES.clean);
    const popup = await openPopup(driver, tab.id);
    expect(popup.url).toContain('popup/popup.html');
  });

  it('smoke: cookies set by the fake Amazon are visible from outside, partitioned one included', async () => {
    const { driver } = ctx();
    await driver.open(PAGES.otherCookies);
    await driver.open(PAGES.jpCookies);
    const names = (await driver.cookies()).map((c) => `${c.domain} ${c.name}${c.partitioned ? ' (partitioned)' : ''}`);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/example\.org other$/),
        expect.stringMatching(/amazon\.co\.jp chips/),
      ]),
    );
  });
};
