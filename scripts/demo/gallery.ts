// What the demo shows: one page per cause and language from tests/pages (their <meta> tags say the
// cause and URL), the clean pages, and a generated index page linking them all.
import path from 'node:path';
import { ownPages, OTHER, type Expected } from '../../tests/e2e/routes';
import type { Route } from '../../tests/e2e/server';
import { CAUSE_IDS } from '../../src/detect/types';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

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
    return { ...expected, file: route.file ?? '', name, lang: lang === 'ja' ? 'ja' : 'en' };
  });
}

/** Per cause and language the page named exactly after the cause (else its first variant): what gets shot. */
export function shotScenarios(all: readonly Scenario[]): Scenario[] {
  return LANGS.flatMap((lang) =>
    CAUSE_IDS.flatMap((cause) => {
      const mine = all.filter((s) => s.cause === cause && s.lang === lang);
      const pick = mine.find((s) => s.name === cause) ?? mine[0];
      return pick ? [pick] : [];
    }),
  );
}

/** The clean sign-in page of each language: the popup there shows the general help. */
export const cleanScenario = (all: readonly Scenario[], lang: Lang) =>
  all.find((s) => s.name === 'signin-clean' && s.lang === lang);

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function galleryRoute(all: readonly Scenario[]): Route {
  const link = (s: Scenario) =>
    `<a href="${esc(s.url)}" lang="${s.lang}">${esc(s.name)}.${s.lang}</a>` +
    (s.cookiesBlocked ? ' <small>(needs cookies blocked)</small>' : '');
  const row = (title: string, pages: Scenario[]) =>
    `<tr><th>${esc(title)}</th>${LANGS.map(
      (l) =>
        `<td>${pages
          .filter((p) => p.lang === l)
          .map(link)
          .join('<br>')}</td>`,
    ).join('')}</tr>`;
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
the page; the toolbar button shows a badge, click it for the popup. Change the language in the
extension's options (日本語 / English). Ctrl-C in the terminal ends the demo.</p>
<table><thead><tr><th>cause</th><th>日本語 pages</th><th>English pages</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></body></html>`;
  return { url: GALLERY_URL, html };
}
