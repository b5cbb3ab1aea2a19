// The stores' images (npm run demo -- --store), drawn from our own test pages in each listing's
// language: Chrome Web Store and Edge screenshots (1280×800 and 640×400) and small promo tile
// (440×280), AMO screenshots (1280×800), App Store iPhone 6.9" (1290×2796, WebKit at 430×932 ×3) and
// Mac (1280×800, WebKit) screenshots. STORE_IMAGES is the list the release dry-run checks.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { marketplaceForUrl } from '../../src/marketplaces';
import { REPO } from '../../tests/e2e/env';
import { builtinRoutes, HOSTS, ownPages } from '../../tests/e2e/routes';
import type { FakeAmazon } from '../../tests/e2e/server';
import { diagnoseInWebKit, webkitMissing } from '../../tests/webkit/run';
import { htmlLang } from '../../src/languages';
import { listingFields } from '../release/listings.mjs';
import { launchDemoChromium, sleep, type DemoBrowser } from './browser';
import type { Lang, Scenario } from './gallery';
import { openWithBanner, popupOf, ready } from './readme';
import { DESKTOP, setLanguage } from './shots';

export interface StoreImage {
  /** Path under <out>/<lang>/. */
  file: string;
  width: number;
  height: number;
}

const SHOTS = ['screenshot-1', 'screenshot-2'] as const;
const full = (dir: string) => SHOTS.map((s) => ({ file: `${dir}/${s}-1280x800.png`, width: 1280, height: 800 }));
export const STORE_IMAGES: readonly StoreImage[] = [
  ...full('chrome'),
  ...SHOTS.map((s) => ({ file: `chrome/${s}-640x400.png`, width: 640, height: 400 })),
  { file: 'chrome/promo-440x280.png', width: 440, height: 280 },
  ...full('edge'),
  { file: 'edge/promo-440x280.png', width: 440, height: 280 },
  ...full('amo'),
  { file: 'app-store/iphone-1290x2796.png', width: 1290, height: 2796 },
  { file: 'app-store/mac-1280x800.png', width: 1280, height: 800 },
];
const IPHONE = { css: [430, 932] as const, zoom: 3 };

const png = (buffer: Buffer) => `data:image/png;base64,${buffer.toString('base64')}`;

/** The cause's page in the language where the detector names that cause there, else the English one
 *  (Arabic pages stay unknown-error while Amazon's Arabic wording is unconfirmed): the extension still
 *  speaks the listing's language, set in its options. */
function pick(all: readonly Scenario[], cause: string, lang: Lang): Scenario {
  const page = (l: Lang) => all.find((x) => x.name === cause && x.lang === l && x.cause === cause);
  const s = page(lang) ?? page('en');
  if (!s) throw new Error(`tests/pages has no ${cause}.en.html showing ${cause}`);
  return s;
}

/** 1280×800: the sign-in page with its banner on the left, the popup for that tab beside it, uncovered. */
async function withPopup(b: DemoBrowser, s: Scenario, file: string, signedIn: boolean): Promise<void> {
  const popupSize = { width: 380, height: 760 };
  const { page, tabId } = await openWithBanner(b, s, { width: DESKTOP.width - popupSize.width - 40, height: 800 });
  const popup = await popupOf(b, tabId, popupSize);
  if (signedIn) await ready(popup, '[data-signed-in-elsewhere]').catch(() => undefined);
  const [pagePng, popupPng] = [await page.screenshot(), await popup.screenshot()];
  await draw(
    b,
    DESKTOP,
    file,
    `<div style="position:absolute;inset:0;background:#e9edf1"></div>
<img src="${png(pagePng)}" style="position:absolute;left:0;top:0;box-shadow:0 0 0 1px #c8d0d8">
<img src="${png(popupPng)}" style="position:absolute;right:20px;top:20px;border-radius:8px;
box-shadow:0 4px 24px rgba(0,0,0,.3),0 0 0 1px rgba(0,0,0,.12)">`,
  );
  await Promise.all([popup.close(), page.close()]);
}

/** Renders HTML on a canvas page of exactly that size and saves it (opaque PNG: no alpha channel). */
async function draw(b: DemoBrowser, size: { width: number; height: number }, file: string, html: string) {
  const canvas: Page = await b.ctx.newPage();
  await canvas.setViewportSize(size);
  await canvas.setContent(`<!doctype html><body style="margin:0;overflow:hidden;background:#fff">${html}</body>`);
  await canvas.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await sleep(100);
  await canvas.screenshot({ path: file });
  await canvas.close();
}

/** 440×280: the icon, the extension's name and the listing's one-line pitch, in the listing's language. */
function promoTile(lang: Lang): string {
  const { name, subtitle } = listingFields(REPO, lang);
  const icon = readFileSync(path.join(REPO, 'icons/icon-128.png'));
  return `<div lang="${htmlLang(lang)}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" style="box-sizing:border-box;width:440px;
height:280px;padding:36px;background:linear-gradient(135deg,#0f5c73,#0a3f52);color:#fff;display:flex;
flex-direction:column;justify-content:center;gap:14px;font-family:system-ui,'Noto Sans','Noto Sans CJK JP',sans-serif">
<img src="${png(icon)}" width="72" height="72">
<div style="font-size:26px;font-weight:700;line-height:1.2;line-break:strict;text-wrap:balance">${name}</div>
<div style="font-size:18px;opacity:.9">${subtitle}</div></div>`;
}

/** A cookie that makes the popup say "signed in to the other store" (names only: the value is a stand-in). */
function otherStoreCookie(s: Scenario) {
  const onCom = marketplaceForUrl(s.url)?.id === 'us';
  return onCom
    ? { name: 'at-acbjp', value: 'demo', domain: '.amazon.co.jp', path: '/', secure: true }
    : { name: 'at-main', value: 'demo', domain: '.amazon.com', path: '/', secure: true };
}

async function chromiumImages(server: FakeAmazon, all: readonly Scenario[], out: string, lang: Lang) {
  const dir = (sub: string) => {
    mkdirSync(path.join(out, lang, sub), { recursive: true });
    return path.join(out, lang, sub);
  };
  const chrome = dir('chrome');
  const b = await launchDemoChromium({ serverPort: server.port, hosts: HOSTS, headed: false });
  try {
    await setLanguage(b, lang);
    await withPopup(b, pick(all, 'wrong-password', lang), path.join(chrome, 'screenshot-1-1280x800.png'), false);
    const missing = pick(all, 'account-not-found', lang);
    await b.ctx.addCookies([otherStoreCookie(missing)]);
    await withPopup(b, missing, path.join(chrome, 'screenshot-2-1280x800.png'), true);
    for (const shot of SHOTS) {
      const big = readFileSync(path.join(chrome, `${shot}-1280x800.png`));
      await draw(
        b,
        { width: 640, height: 400 },
        path.join(chrome, `${shot}-640x400.png`),
        `<img src="${png(big)}"
style="width:640px;height:400px">`,
      );
    }
    await draw(b, { width: 440, height: 280 }, path.join(chrome, 'promo-440x280.png'), promoTile(lang));
  } finally {
    await b.close();
  }
  // Edge and AMO take the same pictures; each store's folder is complete on its own for upload.
  for (const store of ['edge', 'amo']) {
    for (const image of STORE_IMAGES.filter((i) => i.file.startsWith(`${store}/`))) {
      copyFileSync(path.join(chrome, path.basename(image.file)), path.join(dir(store), path.basename(image.file)));
    }
  }
}

/** iPhone and Mac pictures in WebKit, Safari's engine; null with the reason when WebKitGTK is missing. */
async function webkitImages(all: readonly Scenario[], out: string, lang: Lang): Promise<string | null> {
  const missing = webkitMissing();
  if (missing) return missing;
  const dir = path.join(out, lang, 'app-store');
  mkdirSync(dir, { recursive: true });
  const s = pick(all, 'wrong-password', lang);
  const jobs = [
    { url: s.url, sizes: [IPHONE.css], zoom: IPHONE.zoom, snapshot: path.join(dir, 'iphone-1290x2796.png') },
    { url: s.url, sizes: [[1280, 800] as const], snapshot: path.join(dir, 'mac-1280x800.png') },
  ];
  const routes = [...builtinRoutes(), ...ownPages().map((p) => p.route)];
  const results = await diagnoseInWebKit(jobs, { routes, uiLanguage: htmlLang(lang), concurrency: 1 });
  const wrong = results.filter((r) => r.cause !== s.cause);
  return wrong.length ? `WebKit showed ${wrong.map((r) => r.cause ?? r.error ?? 'no banner').join(', ')}` : null;
}

/** Every store image for each language into <out>/<lang>/…; returns problems (a missing WebKit is one). */
export async function writeStoreImages(
  server: FakeAmazon,
  all: readonly Scenario[],
  out: string,
  langs: readonly Lang[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const lang of langs) {
    await chromiumImages(server, all, out, lang);
    const webkit = await webkitImages(all, out, lang);
    if (webkit) problems.push(`${lang}: App Store images: ${webkit}`);
    process.stdout.write(`${lang} `);
  }
  process.stdout.write('\n');
  return problems;
}
