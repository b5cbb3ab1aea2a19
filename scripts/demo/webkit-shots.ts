// The phone shots again in WebKit, Safari's engine, at an iPhone's 390×844: every picked cause in each
// language, drawn through the WebKit harness (tests/webkit), with the browser's language set to the
// page's. Skipped with a word when WebKitGTK is not installed.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { builtinRoutes, ownPages } from '../../tests/e2e/routes';
import { diagnoseInWebKit, webkitMissing } from '../../tests/webkit/run';
import { htmlLang } from '../../src/languages';
import type { Lang, Scenario } from './gallery';
import { warnings } from './shots';

export async function shootWebKit(picks: readonly Scenario[], out: string, langs: readonly Lang[]): Promise<string[]> {
  const missing = webkitMissing();
  if (missing) {
    warnings.push(`WebKit shots skipped: ${missing}`);
    return [];
  }
  const routes = [...builtinRoutes(), ...ownPages().map((p) => p.route)];
  const files: string[] = [];
  for (const lang of langs) {
    const mine = picks.filter((p) => p.lang === lang);
    const shots = mine.map((s) => path.join(out, lang, `${s.cause}.banner.iphone-webkit.png`));
    mkdirSync(path.join(out, lang), { recursive: true });
    const jobs = mine.map((s, i) => ({
      url: s.url,
      sizes: [[390, 844]] as const,
      blockCookies: !!s.cookiesBlocked,
      snapshot: shots[i]!,
    }));
    const results = await diagnoseInWebKit(jobs, { routes, uiLanguage: htmlLang(lang) });
    results.forEach((r, i) => {
      if (r.cause !== mine[i]!.cause) warnings.push(`${mine[i]!.label} webkit: banner ${r.cause ?? 'none'}`);
      if (r.snapshot) files.push(r.snapshot);
    });
    process.stdout.write('w');
  }
  return files;
}
