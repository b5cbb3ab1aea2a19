// What the demo shows: one page per cause and language from tests/pages (their <meta> tags say the
// cause and URL), the clean pages, and a generated index page linking them all.
import path from 'node:path';
import { ownPages, OTHER, type Expected } from '../../tests/e2e/routes';
import type { Route } from '../../tests/e2e/server';
import { CAUSE_IDS } from '../../src/detect/types';
import { ENDONYMS, isLanguage, LANGUAGES, type Language } from '../../src/languages';

export type Lang = Language;
/** The extension's languages the shots show unless `--lang` says otherwise. */
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** `--lang de`, `--lang de,ar` or `--lang all`: the extension's languages to show; default ja and en. */
export function demoLanguages(arg: string | undefined): Lang[] {
  if (!arg) return [...LANGS];
  if (arg === 'all') return [...LANGUAGES];
  const langs = arg.split(',').map((l) => l.trim());
  const unknown = langs.filter((l) => !isLanguage(l));
  if (unknown.length)
    throw new Error(`--lang: no such language ${unknown.join(', ')} (one of ${LANGUAGES.join(' ')} or all)`);
  return langs as Lang[];
}

export interface Scenario extends Expected {
  lang: Lang;
  /** The file's variant name: "wrong-password", "account-not-found-intent", "signin-clean". */
  name: string;
  file: string;
}

/** The gallery lives on a non-Amazon host, so the extension leaves it alone. */
export const GALLERY_URL = `${OTHER}/signin-helper-demo/`;

export function allScenarios(): Scenario[] {
  return ownPages().map(({ expected, route }) => {
    const [name = '', lang = ''] = path.basename(expected.label, '.html').split('.');
    return { ...expected, file: route.file ?? '', name, lang: isLanguage(lang) ? lang : 'en' };
  });
}

/** The page named exactly after the cause in that language (else its first variant), else in English. */
function pickPage(all: readonly Scenario[], cause: string, lang: Lang): Scenario | undefined {
  const inLang = (l: Lang) => {
    const mine = all.filter((s) => s.cause === cause && s.lang === l);
    return mine.find((s) => s.name === cause) ?? mine[0];
  };
  return inLang(lang) ?? inLang('en');
}

/** Per cause and extension language, the page that gets shot; `lang` names the extension's language
 *  (where the page has none of its own, amazon.com's English page stands in). */
export function shotScenarios(all: readonly Scenario[], langs: readonly Lang[] = LANGS): Scenario[] {
  return langs.flatMap((lang) =>
    CAUSE_IDS.flatMap((cause) => {
      const pick = pickPage(all, cause, lang);
      return pick ? [{ ...pick, lang }] : [];
    }),
  );
}

/** The clean sign-in page for a language (English where there is none): the popup there shows the general help. */
export const cleanScenario = (all: readonly Scenario[], lang: Lang) =>
  all.find((s) => s.name === 'signin-clean' && s.lang === lang) ??
  all.find((s) => s.name === 'signin-clean' && s.lang === 'en');

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function galleryRoute(all: readonly Scenario[]): Route {
  const link = (s: Scenario) =>
    `<a href="${esc(s.url)}" lang="${s.lang}">${esc(s.name)}.${s.lang}</a>` +
    (s.cookiesBlocked ? ' <small>(needs cookies blocked)</small>' : '');
  const row = (title: string, pages: Scenario[]) =>
    `<tr><th>${esc(title)}</th>${pageLangs
      .map(
        (l) =>
          `<td>${pages
            .filter((p) => p.lang === l)
            .map(link)
            .join('<br>')}</td>`,
      )
      .join('')}</tr>`;
  const pageLangs = LANGUAGES.filter((l) => all.some((s) => s.lang === l));
  const rows = [...CAUSE_IDS, 'none'].map((cause) =>
    row(
      cause === 'none' ? 'no problem' : cause,
      all.filter((s) => s.cause === cause),
    ),
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in Helper demo</title>
<style>body{font:15px/1.5 system-ui,"Noto Sans CJK JP",sans-serif;margin:24px;max-width:60rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
th{font-weight:600;white-space:nowrap}a{color:#0a58b8}small{color:#666}</style></head><body>
<h1>Sign-in Helper for Amazon: demo</h1>
<p>Each link opens a local copy of an Amazon sign-in page with a problem, on its real address
(served by the test server on this machine, nothing goes to Amazon). The banner appears at the top of
the page; the toolbar button shows a badge, click it for the popup. The extension speaks the language
chosen with <code>npm run demo -- --lang de</code> (any of ${LANGUAGES.join(', ')}), or the one picked
in its options. Ctrl-C in the terminal ends the demo.</p>
<table><thead><tr><th>cause</th>${pageLangs.map((l) => `<th lang="${l.replace('_', '-')}">${esc(ENDONYMS[l])}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></body></html>`;
  return { url: GALLERY_URL, html };
}
