// The screenshot run: every cause in each language asked for (`--lang`; default Japanese and English), desktop and phone (and phone in dark mode), the
// general help, the options page, the gallery; cookies-disabled in a second browser that blocks cookies;
// the phone shots once more in WebKit at an iPhone's size.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTS } from '../../tests/e2e/routes';
import type { FakeAmazon } from '../../tests/e2e/server';
import { launchDemoChromium, type DemoBrowser, type Viewport } from './browser';
import { cleanScenario, GALLERY_URL, type Lang, LANGS, shotScenarios, type Scenario } from './gallery';
import { shootWebKit } from './webkit-shots';
import { DESKTOP, PHONE, setLanguage, shootOptions, shootPopup, shootScenario, vpName, warnings } from './shots';

const VIEWS: Viewport[] = [DESKTOP, PHONE, { ...PHONE, dark: true }];

async function shootBrowser(
  b: DemoBrowser,
  all: readonly Scenario[],
  picks: Scenario[],
  out: string,
  extras: boolean,
  langs: readonly Lang[],
): Promise<string[]> {
  const files: string[] = [];
  for (const lang of langs) {
    await setLanguage(b, lang);
    for (const s of picks.filter((p) => p.lang === lang)) {
      for (const vp of VIEWS) files.push(...(await shootScenario(b, s, vp, out)));
      process.stdout.write('.');
    }
    if (!extras) continue;
    const clean = cleanScenario(all, lang);
    for (const vp of VIEWS) {
      if (clean) {
        const { page, tabId } = await b.open(clean.url, vp);
        files.push(
          await shootPopup(b, tabId, 'none', vp, out, `${lang}/general-help.popup.${vpName(vp)}.png`, clean.label),
        );
        await page.close();
      }
      files.push(await shootOptions(b, lang, vp, out));
    }
  }
  return files;
}

export async function shootAll(
  server: FakeAmazon,
  all: readonly Scenario[],
  out: string,
  langs: readonly Lang[] = LANGS,
): Promise<string[]> {
  const picks = shotScenarios(all, langs);
  const launch = (blockCookies: boolean) =>
    launchDemoChromium({ serverPort: server.port, hosts: HOSTS, headed: false, blockCookies });
  const files: string[] = [];
  mkdirSync(out, { recursive: true });
  const b = await launch(false);
  try {
    const { page } = await b.open(GALLERY_URL, DESKTOP);
    files.push(path.join(out, 'gallery.png'));
    await page.screenshot({ path: files[0], fullPage: true });
    await page.close();
    files.push(
      ...(await shootBrowser(
        b,
        all,
        picks.filter((p) => !p.cookiesBlocked),
        out,
        true,
        langs,
      )),
    );
  } finally {
    await b.close();
  }
  // Cookies off is a whole-browser setting: a second browser, so the first one's cookies keep working.
  const blocked = picks.filter((p) => p.cookiesBlocked);
  if (blocked.length) {
    const nb = await launch(true);
    try {
      files.push(...(await shootBrowser(nb, all, blocked, out, false, langs)));
    } finally {
      await nb.close();
    }
  }
  files.push(...(await shootWebKit(picks, out, langs)));
  process.stdout.write('\n');
  writeIndex(out, files);
  if (warnings.length) console.log(`Checks found:\n${warnings.map((w) => `  ${w}`).join('\n')}`);
  return files;
}

/** demo-shots/index.html: every shot, grouped by language and cause, for a person to look through. */
function writeIndex(out: string, files: string[]): void {
  const rel = files.map((f) => path.relative(out, f)); // shooting order: ja first, causes in PRODUCT order
  const groups = new Map<string, string[]>();
  for (const f of rel) {
    const key = f.split('.')[0]!;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const section = ([key, shots]: [string, string[]]) =>
    `<h2>${key}</h2><div>${shots.map((s) => `<figure><a href="${s}"><img src="${s}" loading="lazy"></a><figcaption>${s}</figcaption></figure>`).join('')}</div>`;
  writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Sign-in Helper screenshots</title>
<style>body{font:14px system-ui,sans-serif;margin:16px}div{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
figure{margin:0}img{max-height:420px;border:1px solid #ccc}figcaption{font-size:12px;color:#555}</style>
${[...groups].map(section).join('\n')}`,
  );
}
