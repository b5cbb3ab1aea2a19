// Phone width and accessibility: the popup fits 360 px without sideways scrolling, the banner stays
// inside a 360 px viewport, and axe finds no WCAG A/AA violation in popup, options page and banner.
import { expect, it } from 'vitest';
import { describeViolations, mirrorBanner, MIRROR, runAxe } from '../axe';
import { message, resetOptions } from '../banner-ui';
import type { BrowserDriver, Tab } from '../driver';
import { BANNER, expectBanner, expectPopupCause, settle } from '../expect-ext';
import { PAGES } from '../routes';
import type { Scenarios } from '../suite';

const PHONE = { width: 360, height: 640 };

const overflow = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(
    tab,
    () => {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')}`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    },
    null,
  );

export const layoutA11y: Scenarios = (ctx) => {
  it('popup at 360×640 has no horizontal scroll (diagnosis and general help, English and Japanese)', async () => {
    const { driver } = ctx();
    const problem = await driver.open(PAGES.wrongPassword);
    const clean = await driver.open(PAGES.clean);
    await expectBanner(driver, problem, 'wrong-password');
    await settle();
    const seen: string[] = [];
    try {
      for (const lang of ['en', 'ja']) {
        await driver.ext(
          (api, language: string) =>
            api.storage.sync.set({
              settings: { banner: true, language, inputHints: true, clearScope: 'cookies', version: 1 },
            }),
          lang,
        );
        for (const [tab, cause] of [
          [problem, 'wrong-password'],
          [clean, 'none'],
        ] as const) {
          const popup = await expectPopupCause(driver, tab.id, cause, PHONE);
          const o = await overflow(driver, popup);
          if (o.scrollWidth > PHONE.width)
            seen.push(`${lang} ${cause}: scrollWidth ${o.scrollWidth} (${o.wide.join(', ')})`);
        }
      }
    } finally {
      await resetOptions(driver);
    }
    expect(seen).toEqual([]);
  });

  it('banner at 360 px stays inside the viewport', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGES.wrongPassword, PHONE);
    await expectBanner(driver, tab, 'wrong-password');
    const right = await driver.inShadowRoot(
      tab,
      BANNER,
      (root) =>
        Math.max(
          root.host.getBoundingClientRect().right,
          ...[...root.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right),
        ),
      null,
    );
    expect(right).toBeLessThanOrEqual(PHONE.width + 0.5);
  });

  it('axe: no WCAG A/AA violations in the popup (diagnosis and general help)', async () => {
    const { driver } = ctx();
    const problem = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, problem, 'wrong-password');
    const clean = await driver.open(PAGES.clean);
    await settle();
    const found: string[] = [];
    for (const [tab, cause] of [
      [problem, 'wrong-password'],
      [clean, 'none'],
    ] as const) {
      const popup = await expectPopupCause(driver, tab.id, cause);
      const vs = await runAxe(driver, popup);
      if (vs.length) found.push(`popup (${cause}):\n${describeViolations(vs)}`);
    }
    expect(found.join('\n')).toBe('');
  });

  it('axe: no WCAG A/AA violations in the options page', async () => {
    const { driver } = ctx();
    const options = await driver.openExtensionPage('options/options.html');
    await settle(300);
    expect(describeViolations(await runAxe(driver, options))).toBe('');
  });

  it('axe: no WCAG A/AA violations in the banner (its closed shadow root mirrored into an open one)', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, tab, 'wrong-password');
    expect(await mirrorBanner(driver, tab)).toContain(message('en', 'bannerDismiss'));
    expect(describeViolations(await runAxe(driver, tab, MIRROR))).toBe('');
  });
};
