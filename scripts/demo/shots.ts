// Screenshots of what a person sees: the banner as part of the sign-in page (viewport shot: what is on
// the screen, Amazon's form included), the popup for that tab opened as a page (full length), and the
// options page. Cheap automatic checks (raw keys, sideways scroll) are printed next to the shots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoBrowser, Viewport } from './browser';
import { sleep } from './browser';
import type { Lang, Scenario } from './gallery';

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 360, height: 640 };

/** Problems noticed by the checks; the caller prints them. */
export const warnings: string[] = [];

export async function setLanguage(b: DemoBrowser, language: Lang): Promise<void> {
  // What the options page stores (src/settings.ts, version 1); the banner and popup read it on load.
  await b.ext(async (api, lang: string) => {
    const { settings } = await api.storage.sync.get('settings');
    await api.storage.sync.set({
      settings: { banner: true, inputHints: true, clearScope: 'cookies', ...settings, language: lang, version: 1 },
    });
  }, language);
}

async function until<T>(probe: () => Promise<T | null>, ms: number): Promise<T | null> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null || Date.now() > end) return v;
    await sleep(100);
  }
}

async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await sleep(150); // preact's first paint after the state arrived
}

/** Raw message keys, $PLACEHOLDERS$, __MSG_x__, "undefined" and sideways scroll, in a page's own DOM. */
async function check(page: Page, what: string): Promise<void> {
  const found = await page.evaluate(() => {
    const text = document.body.innerText;
    const raw =
      text.match(
        /__MSG_\w+__|\$[A-Z_]+\$|\b(?:undefined|null|NaN)\b|\[object \w+\]|\b[a-z]+(?:[A-Z][a-z0-9]+){2,}\b/g,
      ) ?? [];
    const wide =
      document.documentElement.scrollWidth > window.innerWidth
        ? [`scrollWidth ${document.documentElement.scrollWidth} > ${window.innerWidth}`]
        : [];
    return [...new Set(raw)].map((r) => `shows "${r}"`).concat(wide);
  });
  for (const f of found) warnings.push(`${what}: ${f}`);
}

function file(out: string, name: string): string {
  mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  return path.join(out, name);
}

export const vpName = (vp: Viewport) => `${vp.width < 600 ? 'phone' : 'desktop'}${vp.dark ? '.dark' : ''}`;

/** Banner on the page and the popup for its tab; returns the files written. */
export async function shootScenario(b: DemoBrowser, s: Scenario, vp: Viewport, out: string): Promise<string[]> {
  const base = `${s.lang}/${s.cause}`;
  const { page, tabId } = await b.open(s.url, vp);
  const written: string[] = [];
  try {
    const seen = await until(
      () =>
        page.evaluate(
          (c) =>
            document.querySelector('[data-signin-helper-cause]')?.getAttribute('data-signin-helper-cause') === c
              ? c
              : null,
          s.cause,
        ),
      8000,
    );
    if (!seen) warnings.push(`${s.label} ${vpName(vp)}: no banner for ${s.cause}`);
    await settleFonts(page);
    const banner = file(out, `${base}.banner.${vpName(vp)}.png`);
    await page.screenshot({ path: banner });
    written.push(banner);
    written.push(await shootPopup(b, tabId, s.cause, vp, out, `${base}.popup.${vpName(vp)}.png`, s.label));
  } finally {
    await page.close();
  }
  return written;
}

/** popup.html?tabId=N as a page; reopened when it read the tab's state before the content script reported. */
export async function shootPopup(
  b: DemoBrowser,
  tabId: number,
  cause: string,
  vp: Viewport,
  out: string,
  name: string,
  label: string,
): Promise<string> {
  let popup: Page | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    await popup?.close();
    popup = await b.openExtensionPage(`popup/popup.html?tabId=${tabId}`, vp);
    const seen = await until(
      () => popup!.evaluate(() => document.querySelector('[data-cause]')?.getAttribute('data-cause') ?? null),
      5000,
    );
    if (seen === cause) break;
    if (attempt === 2) warnings.push(`${label} ${vpName(vp)}: popup says "${seen}", expected "${cause}"`);
    await sleep(300);
  }
  try {
    await settleFonts(popup!);
    await check(popup!, `popup ${label} ${vpName(vp)}`);
    const f = file(out, name);
    await popup!.screenshot({ path: f, fullPage: true });
    return f;
  } finally {
    await popup!.close();
  }
}

export async function shootOptions(b: DemoBrowser, lang: Lang, vp: Viewport, out: string): Promise<string> {
  const page = await b.openExtensionPage('options/options.html', vp);
  try {
    await until(() => page.evaluate(() => (document.querySelector('input[name="language"]') ? true : null)), 5000);
    await settleFonts(page);
    await check(page, `options ${lang} ${vpName(vp)}`);
    const f = file(out, `${lang}/options.${vpName(vp)}.png`);
    await page.screenshot({ path: f, fullPage: true });
    return f;
  } finally {
    await page.close();
  }
}
