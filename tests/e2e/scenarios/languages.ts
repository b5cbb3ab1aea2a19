// Every language in a real browser: a browser whose own UI language is German shows the popup in German,
// one in Arabic shows popup and banner right to left (screenshots in artifacts/e2e/<browser>/), and at
// 360 px nothing overflows: the banner of every cause and the popup, in each of the twelve languages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { actionLabelKey } from '../../../src/actions';
import { buildContentSettings } from '../../../src/background/content-settings';
import { ruleFor } from '../../../src/detect/causes/index';
import { CAUSE_IDS } from '../../../src/detect/types';
import { htmlLang, LANGUAGES, type Language } from '../../../src/languages';
import { translator } from '../../translations';
import { languageOfTag } from '../../../src/languages';
import { MARKETPLACES, marketplaceById, sisterOf, type Marketplace } from '../../../src/marketplaces';
import { resetOptions } from '../banner-ui';
import { type BrowserDriver, type Tab, waitUntil } from '../driver';
import { ARTIFACTS, REPO } from '../env';
import { BANNER, expectBanner, expectPopupCause, settle } from '../expect-ext';
import type { HarnessCase } from '../layout-harness';
import { ownPages, PAGES } from '../routes';
import type { Scenarios } from '../suite';

const PHONE = { width: 360, height: 740 };
/** The defaults (src/settings.ts imports the browser seam, which has no place in Node). */
const SETTINGS = { banner: true, language: 'auto', inputHints: true, clearScope: 'cookies' } as const;
/** The banner's width on a 360 px phone: the viewport less banner-place.ts's 8 px on each side. */
const BANNER_WIDTH = 344;

/** The store whose language this is (amazon.de for de, amazon.sa for ar), else amazon.com. */
const storeOf = (lang: Language): Marketplace =>
  MARKETPLACES.find((m) => languageOfTag(m.language) === lang) ?? marketplaceById('us');

const pageUrl = (label: string): string => {
  const page = ownPages().find((p) => p.expected.label === label);
  if (!page) throw new Error(`no tests/pages/${label}`);
  return page.expected.url;
};

/** Every cause's banner in every language, with Amazon's words and the longest optional parts shown. */
function bannerCases(): HarnessCase[] {
  return LANGUAGES.flatMap((language) => {
    const store = storeOf(language);
    const subs = [store.domain, sisterOf(store).domain];
    const t = translator(language);
    const { texts } = buildContentSettings(SETTINGS, language, t, store);
    return CAUSE_IDS.flatMap((cause): HarnessCase[] => {
      const { headline, why, primary } = ruleFor(cause).guidance;
      const base: HarnessCase = {
        label: `${language} ${cause}`,
        cause,
        language,
        texts,
        headlineKey: headline,
        primaryLabelKey: primary ? actionLabelKey(primary) : null,
        primaryClears: primary === 'clear-cookies',
        // Amazon's words stand in as a sentence as long as our own "why".
        alert: { heading: t('bannerProblemFound'), text: t(why, subs) },
        clear: { state: 'idle' },
        signedIn:
          cause === 'account-not-found'
            ? { text: t('signedInElsewhereText', subs), label: t('signedInElsewhereButton', subs) }
            : null,
      };
      return primary === 'clear-cookies'
        ? [base, { ...base, label: `${base.label} cleared`, clear: { state: 'done', removed: 12, remaining: 0 } }]
        : [base];
    });
  });
}

async function harnessScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(REPO, 'tests/e2e/layout-harness.tsx')],
    bundle: true,
    format: 'iife',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** What overflows in an extension page: the page itself, and any button or card wider than its box. */
const pageOverflow = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(
    tab,
    () => {
      const out: string[] = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > window.innerWidth) out.push(`page scrollWidth ${doc.scrollWidth}`);
      for (const el of document.querySelectorAll<HTMLElement>('button, .button, .card, h1, h2, summary, select')) {
        if (el.scrollWidth > el.clientWidth + 1)
          out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      }
      return out;
    },
    null,
  );

const setLanguage = (driver: BrowserDriver, language: string) =>
  driver.ext(
    (api, lang: string) =>
      api.storage.sync.set({
        settings: { banner: true, language: lang, inputHints: true, clearScope: 'cookies', version: 1 },
      }),
    language,
  );

interface Seen {
  lang: string;
  dir: string;
  direction: string;
  brand: string;
}
const popupLooks = (driver: BrowserDriver, popup: Tab) =>
  driver.evaluate(
    popup,
    (): Seen => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.body).direction,
      brand: document.querySelector('.brand')?.textContent?.trim() ?? '',
    }),
    null,
  );

export const languages: Scenarios = (ctx) => {
  it.each([
    ['de', 'wrong-password.de.html', 'wrong-password', 'ltr'],
    ['ar', 'wrong-password.ar.html', 'unknown-error', 'rtl'],
  ] as const)(
    'a browser whose UI language is %s shows the banner and the popup in it (%s), laid out in its direction',
    async (locale, page, cause, direction) => {
      const driver = await ctx().launchVariant({ uiLocale: locale });
      try {
        const uiLanguage: string = await driver.ext((api) => api.i18n.getUILanguage(), null);
        // The browser's language pack is what makes it speak German: without one it stays English.
        expect(uiLanguage, `the browser's own UI language (install its language pack)`).toMatch(
          new RegExp(`^${locale}`),
        );
        const tab = await driver.open(pageUrl(page), PHONE);
        await expectBanner(driver, tab, cause);
        await settle();
        const banner = await driver.inShadowRoot(
          tab,
          BANNER,
          (root) => {
            const section = root.querySelector('section');
            return section
              ? {
                  lang: section.getAttribute('lang'),
                  dir: section.getAttribute('dir'),
                  direction: getComputedStyle(section).direction,
                  text: section.textContent ?? '',
                }
              : null;
          },
          null,
        );
        const t = translator(locale);
        const headline = t(ruleFor(cause).guidance.headline);
        expect(banner).toMatchObject({ lang: htmlLang(locale), dir: direction, direction });
        expect(banner?.text).toContain(headline);
        mkdirSync(path.join(ARTIFACTS, driver.name), { recursive: true });
        await driver.screenshot(tab, path.join(ARTIFACTS, driver.name, `ui-language-${locale}-banner.png`));
        const popup = await expectPopupCause(driver, tab.id, cause, PHONE);
        const seen = await popupLooks(driver, popup);
        expect(seen).toMatchObject({ lang: htmlLang(locale), dir: direction, direction, brand: t('extShortName') });
        const popupText = await driver.evaluate(popup, () => document.body.textContent ?? '', null);
        expect(popupText).toContain(headline);
        await driver.screenshot(popup, path.join(ARTIFACTS, driver.name, `ui-language-${locale}-popup.png`));
        // The options page reads the same table; choosing English there turns it English at once.
        const options = await driver.openExtensionPage('options/options.html');
        const optionsLooks = () =>
          driver.evaluate(
            options,
            () => ({
              lang: document.documentElement.lang,
              dir: document.documentElement.dir,
              title: document.querySelector('h1')?.textContent ?? '',
            }),
            null,
          );
        await waitUntil(async () => (await optionsLooks()).title !== '', 'the options page');
        expect(await optionsLooks()).toEqual({ lang: htmlLang(locale), dir: direction, title: t('optionsTitle') });
        await driver.screenshot(options, path.join(ARTIFACTS, driver.name, `ui-language-${locale}-options.png`));
        await driver.click(options, 'input[name="language"][value="en"]');
        await waitUntil(async () => (await optionsLooks()).lang === 'en', 'the options page in English');
        expect(await optionsLooks()).toEqual({ lang: 'en', dir: 'ltr', title: translator('en')('optionsTitle') });
      } finally {
        await driver.close();
      }
    },
    // A second browser starts for each language: on a busy machine that alone can take half a minute.
    90_000,
  );

  it('at 360 px the banner of every cause fits in every language (no overflow, no clipped button)', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGES.otherCookies, PHONE);
    await driver.addScript(tab, await harnessScript());
    const render = (cases: HarnessCase[], extraCss = '') =>
      driver.evaluate(
        tab,
        (arg: { cases: HarnessCase[]; width: number; extraCss: string }) =>
          (
            globalThis as unknown as { signinHelperRenderBanners(c: HarnessCase[], w: number, css: string): string[] }
          ).signinHelperRenderBanners(arg.cases, arg.width, arg.extraCss),
        { cases, width: BANNER_WIDTH, extraCss },
      );
    const cases = bannerCases();
    // Control: the old unwrapped buttons with a long German label must be caught, or the check is blind.
    const long = {
      ...cases[0]!,
      label: 'control',
      signedIn: { text: '', label: 'Anmeldeprobleme-Hilfe-Seite '.repeat(3) },
    };
    expect(await render([long], 'button { white-space: nowrap; }')).not.toEqual([]);
    const problems = await render(cases);
    expect(problems).toEqual([]);
  });

  it('at 360 px the popup fits in every language (diagnosis and general help)', async () => {
    const { driver } = ctx();
    const problem = await driver.open(pageUrl('wrong-password.en.html'));
    const clean = await driver.open(PAGES.clean);
    await expectBanner(driver, problem, 'wrong-password');
    const seen: string[] = [];
    try {
      for (const language of LANGUAGES) {
        await setLanguage(driver, language);
        for (const [tab, cause] of [
          [problem, 'wrong-password'],
          [clean, 'none'],
        ] as const) {
          const popup = await expectPopupCause(driver, tab.id, cause, PHONE);
          for (const what of await pageOverflow(driver, popup)) seen.push(`${language} ${cause}: ${what}`);
          await driver.closeTab(popup);
        }
      }
    } finally {
      await resetOptions(driver);
    }
    expect(seen).toEqual([]);
  });
};
