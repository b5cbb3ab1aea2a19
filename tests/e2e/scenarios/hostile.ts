// A page's own scripts and styles can't drive the extension: forged events and look-alike messages
// change nothing, a look-alike banner fools nobody, Amazon's words stay text, the page's CSS can't
// hide or restyle the banner, and a DOM storm leaves the page responsive and the answer right.
// Runs in its own observed browser, which fails any test that lets an extension error reach the page.
import { describe, expect, it } from 'vitest';
import { bannerContent, message } from '../banner-ui';
import type { BrowserDriver, Tab } from '../driver';
import { BANNER, expectBadge, expectBanner, expectNoBanner, expectPopupCause, settle, settled } from '../expect-ext';
import type { Scenarios } from '../suite';
import { badRuntimeMessages } from './hostile-messages';
import { forgeEvents, HOSTILE, hostileRoutes, MARKUP_TEXT, postLookAlikes } from './hostile-pages';
import { useObservedBrowser } from './observed-browser';

const amazonComCookies = async (driver: BrowserDriver) =>
  (await driver.cookies())
    .filter((c) => /(^|\.)amazon\.com$/.test(c.domain.replace(/^\./, '')))
    .map((c) => c.name)
    .sort();

/** Tabs and extension views (popup windows included): "More" must not have opened anything. */
const openedViews = (driver: BrowserDriver) =>
  driver.ext(async (api) => {
    const tabs = (await api.tabs.query({})).length;
    const views = api.runtime.getContexts
      ? (await api.runtime.getContexts({})).length
      : api.extension.getViews().length;
    return { tabs, views };
  }, null);

/** What the page sees of our host: its box and its computed style. */
const hostBox = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(
    tab,
    (sel: string) => {
      const host = document.querySelector(sel) as HTMLElement;
      const r = host.getBoundingClientRect();
      const cs = getComputedStyle(host);
      const visible = host.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      });
      return {
        width: r.width,
        height: r.height,
        left: r.left,
        top: r.top + scrollY,
        display: cs.display,
        visibility: cs.visibility,
        opacity: cs.opacity,
        visible,
      };
    },
    BANNER,
  );

/** Computed style of the banner's own content, inside the closed root. */
const innerStyle = (driver: BrowserDriver, tab: Tab) =>
  driver.inShadowRoot(
    tab,
    BANNER,
    (root) => {
      const b = root.querySelector('.b') as HTMLElement;
      const cs = getComputedStyle(b);
      return {
        display: cs.display,
        color: cs.color,
        background: cs.backgroundColor,
        fontSize: cs.fontSize,
        text: b.textContent ?? '',
      };
    },
    null,
  );

const RED = 'rgb(255, 0, 0)';
const LIME = 'rgb(0, 255, 0)';

export const hostile: Scenarios = (ctx) => {
  const browser = useObservedBrowser(ctx, hostileRoutes);

  describe('page scripts', () => {
    it('forged clicks and keys on the banner (and on its very buttons) change nothing and clear nothing', async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.forged);
      await expectBanner(driver, tab, 'unknown-error');
      // The premise: the banner's own button would clear this store's cookies.
      expect((await bannerContent(driver, tab))?.text).toContain(message('en', 'bannerClearNote'));
      const cookies = await amazonComCookies(driver);
      expect(cookies).toEqual(expect.arrayContaining(['hostile-a', 'hostile-b']));
      const views = await openedViews(driver);

      expect(await driver.evaluate(tab, forgeEvents, null)).toEqual({ shadowRoot: false, attachRefused: true });
      // Even holding the buttons themselves (handed over by the automation protocol; pages can't get
      // them): script-made clicks and keys are ignored.
      const buttons = await driver.inShadowRoot(
        tab,
        BANNER,
        (root) => {
          const all = [...root.querySelectorAll('button')];
          for (const b of all) {
            b.click();
            b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          }
          return all.length;
        },
        null,
      );
      expect(buttons).toBe(3);
      await settle();

      expect(await amazonComCookies(driver)).toEqual(cookies);
      await expectBanner(driver, tab, 'unknown-error'); // "Hide" did not hide it
      expect((await bannerContent(driver, tab))?.text).toContain(message('en', 'bannerClearNote')); // not "clearing"
      expect(await driver.evaluate(tab, () => location.href, null)).toBe(tab.url); // no navigation
      expect(await openedViews(driver)).toEqual(views); // "More" opened nothing
    });

    it('message-shaped objects posted or dispatched by the page do nothing', async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.forged);
      await expectBanner(driver, tab, 'unknown-error');
      const cookies = await amazonComCookies(driver);
      const views = await openedViews(driver);
      await driver.evaluate(tab, postLookAlikes, null);
      await settle();
      expect(await amazonComCookies(driver)).toEqual(cookies);
      expect(await openedViews(driver)).toEqual(views);
      await expectBanner(driver, tab, 'unknown-error');
      await expectPopupCause(driver, tab.id, 'unknown-error'); // not the page's "account-locked"
    });

    it('a look-alike banner inserted by the page on a clean page: badge stays empty, popup says none', async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.lookAlike);
      await driver.evaluate(
        tab,
        () => {
          const fake = document.createElement('signin-helper-banner');
          fake.setAttribute('data-signin-helper-cause', 'unknown-error');
          fake.textContent = 'Sign-in Helper: solve the puzzle';
          document.body.prepend(fake);
          document.body.setAttribute('data-signin-helper-cause', 'wrong-password');
        },
        null,
      );
      await settled(tab);
      await settle(300);
      await expectBadge(driver, tab.id, false);
      await expectPopupCause(driver, tab.id, 'none');
      // We never took it for ours: no shadow root of ours on it.
      expect(await driver.inShadowRoot(tab, 'signin-helper-banner', () => true, null)).toBeNull();
    });

    badRuntimeMessages(browser);

    it('a mutation storm leaves the page responsive and the banner right afterwards', async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.storm);
      await settled(tab);
      await expectNoBanner(driver, tab);
      const storm = () =>
        driver.evaluate(
          tab,
          () =>
            (
              window as unknown as { hostileStorm(ms: number, n: number): Promise<{ frames: number; longest: number }> }
            ).hostileStorm(1000, 3000),
          null,
        );
      const calm = await storm();
      await driver.evaluate(tab, () => (window as unknown as { hostileShowError(): void }).hostileShowError(), null);
      const stormy = await storm(); // the error box is in the page meanwhile
      await expectBanner(driver, tab, 'wrong-password');
      // Thousands of nodes per frame for a second, twice: the page kept getting frames (a content
      // script doing unbounded work per mutation would starve them).
      expect(calm.frames, `frames in 1 s: ${JSON.stringify({ calm, stormy })}`).toBeGreaterThan(5);
      expect(stormy.frames, `frames in 1 s: ${JSON.stringify({ calm, stormy })}`).toBeGreaterThan(5);
      await expectPopupCause(driver, tab.id, 'wrong-password');
    });
  });

  describe('page content and styles', () => {
    it('an Amazon alert containing markup appears literally, as text, in banner and popup', async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.markup);
      await expectBanner(driver, tab, 'wrong-password');
      expect((await bannerContent(driver, tab))?.text).toContain(MARKUP_TEXT);
      expect(await driver.inShadowRoot(tab, BANNER, (root) => root.querySelectorAll('img, b').length, null)).toBe(0);
      const popup = await expectPopupCause(driver, tab.id, 'wrong-password');
      const shown = await driver.evaluate(
        popup,
        () => ({
          text: document.body.innerText,
          injected:
            [...document.querySelectorAll('img')].some((i) => i.getAttribute('src') === 'x') ||
            [...document.querySelectorAll('b')].some((b) => b.textContent === 'bold'),
          pwned: 'pwned' in window || '__pwned' in window,
        }),
        null,
      );
      expect(shown.text).toContain(MARKUP_TEXT);
      expect(shown).toMatchObject({ injected: false, pwned: false });
      expect(await driver.evaluate(tab, () => '__pwned' in window, null)).toBe(false);
    });

    it("the page's CSS aimed at our tag can't hide, move or restyle the banner", async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.css);
      await expectBanner(driver, tab, 'wrong-password');
      const box = await hostBox(driver, tab);
      expect(box).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', visible: true });
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(40);
      expect(box.left).toBeGreaterThanOrEqual(0);
      // Where banner-place.ts puts it (above Amazon's form), on screen: not at the page's -10000px.
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeLessThan(600);
      const inner = await innerStyle(driver, tab);
      expect(inner).toMatchObject({ display: 'block', fontSize: '15px' });
      expect([inner?.color, inner?.background]).not.toContain(RED);
      expect([inner?.color, inner?.background]).not.toContain(LIME);
      expect(inner?.text).toContain(message('en', 'bannerDismiss'));
    });

    it("a page that hides everything (* { display: none !important }) can't reach inside the banner", async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.cssEverything);
      await expectBanner(driver, tab, 'wrong-password');
      // The page hid its own <body>, so nothing of it is drawn; our host itself still says block and
      // what is inside keeps its own styles.
      expect((await hostBox(driver, tab)).display).toBe('block');
      const inner = await innerStyle(driver, tab);
      expect(inner).toMatchObject({ display: 'block', fontSize: '15px' });
      expect(inner?.color).not.toBe(RED);
    });

    it('a strict Content-Security-Policy on the page does not stop the banner or its styles', async () => {
      const { driver } = browser();
      const tab = await driver.open(HOSTILE.csp);
      await expectBanner(driver, tab, 'wrong-password');
      const box = await hostBox(driver, tab);
      expect(box.height).toBeGreaterThan(40);
      const inner = await innerStyle(driver, tab);
      // #fff8e5 from the banner's own stylesheet (dark scheme: #2b2417): the styles were applied.
      expect(['rgb(255, 248, 229)', 'rgb(43, 36, 23)']).toContain(inner?.background);
    });
  });
};
