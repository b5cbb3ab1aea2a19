// Diagnoses belong to tabs: an error that shows up after load is noticed, and two tabs side by side
// each keep their own badge and popup.
import { expect, it } from 'vitest';
import { expectBadge, expectBanner, expectDiagnosis, expectNoBanner, expectPopupCause, settle } from '../expect-ext';
import { PAGES } from '../routes';
import type { Scenarios } from '../suite';

export const tabs: Scenarios = (ctx) => {
  it('an error inserted 300 ms after load brings the banner, badge and popup', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGES.lateError);
    await expectBanner(driver, tab, 'wrong-password');
    await expectBadge(driver, tab.id, true);
    await expectPopupCause(driver, tab.id, 'wrong-password');
  });

  it('badge and popup per tab: problem tab vs clean tab open at the same time', async () => {
    const { driver } = ctx();
    const problem = await driver.open(PAGES.wrongPassword);
    const clean = await driver.open(PAGES.clean);
    await expectBanner(driver, problem, 'wrong-password');
    await expectBadge(driver, problem.id, true);
    await settle();
    await expectNoBanner(driver, clean);
    await expectBadge(driver, clean.id, false);
    await expectPopupCause(driver, problem.id, 'wrong-password');
    await expectPopupCause(driver, clean.id, 'none');
  });

  it('the same tab going from a problem page to a clean one drops the banner, badge and popup cause', async () => {
    const { driver } = ctx();
    const before = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, before, 'wrong-password');
    await expectBadge(driver, before.id, true);
    const after = await driver.goto(before, PAGES.clean);
    expect(after.id).toBe(before.id);
    await expectDiagnosis(driver, after, 'none');
  });
};
