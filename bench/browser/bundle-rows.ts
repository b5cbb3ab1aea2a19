// Rows for the bytes each surface reads (issue 19, "each language once"): the background's, popup's
// and options' scripts, the popup's script with the one locale table it fetches, Safari's injected
// script; and the popup's first render against a blank page of the same extension, in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, type BrowserName } from '../../tests/e2e/env';
import type { Result } from './main';
import type { PopupRun } from './measure-ext';
import { kb, ms, type Row } from './report';
import { perBrowser } from './rows';
import { bootstrapRounds, median, medianOfRatios } from './stats';

type Results = Partial<Record<BrowserName, Result>>;
const DIR: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };

const size = (target: string, file: string) => readFileSync(path.join(DIST, target, file));

/** Each packaged locale table's bytes, by language. */
function tables(target: string): [string, number][] {
  const dir = path.join(DIST, target, '_locales');
  return readdirSync(dir).map((lang) => [lang, size(target, path.join('_locales', lang, 'messages.json')).length]);
}

const SCRIPT_BUDGET = { max: 150, aim: 100, label: '≤ 150 KB (100)' };

/** One value per browser that has results, from its build (dist/chrome, dist/firefox). */
const perBuild =
  (results: Results) =>
  (f: (target: string) => { shown: string; value: number }): Row['values'] =>
    Object.fromEntries(Object.keys(results).map((b) => [b, f(DIR[b as BrowserName])]));

export function bundleRows(results: Results): Row[] {
  const each = perBuild(results);
  // Safari is not driven here: the same dist/safari figure in every column.
  const safariRow = (file: string, what: string, budget?: Row['budget']): Row => ({
    metric: `${what}, raw / gzip`,
    values: each(() => {
      const code = size('safari', file);
      const gzip = gzipSync(code).length;
      return { shown: `${kb(code.length)} / ${kb(gzip)}`, value: budget ? gzip / 1024 : NaN };
    }),
    ...(budget && { budget }),
  });
  const scriptRow = (file: string): Row => ({
    metric: `${file}, raw`,
    values: each((target) => {
      const raw = size(target, file).length;
      return { shown: kb(raw), value: raw / 1024 };
    }),
    budget: SCRIPT_BUDGET,
  });
  return [
    scriptRow('background.js'),
    scriptRow('popup/popup.js'),
    scriptRow('options/options.js'),
    {
      metric: 'popup.js + its language table, en / largest (language)',
      values: each((target) => {
        const script = size(target, 'popup/popup.js').length;
        const all = tables(target);
        const en = all.find(([l]) => l === 'en')?.[1] ?? 0;
        const [lang, largest] = all.reduce((a, b) => (b[1] > a[1] ? b : a));
        return { shown: `${kb(script + en)} / ${kb(script + largest)} (${lang})`, value: (script + largest) / 1024 };
      }),
      budget: { max: 150, aim: 150, label: '≤ 150 KB' },
    },
    safariRow('content.js', 'Safari content.js (dist/safari, injected into every sign-in page)', {
      max: 16,
      aim: 8,
      label: '≤ 16 KB gz (8)',
    }),
    safariRow('rules-and-ui.js', 'Safari rules-and-ui.js (injected by the background on content.js’s ask)'),
  ];
}

export function popupRows(results: Results): Row[] {
  const each = perBrowser(results);
  // Only called for the popup section, which measured r.popup (main.ts --only).
  const runs = (r: Result) => r.popup!;
  const rounds = (r: Result) => runs(r).map((_, i) => i);
  const ratioRow = (clock: string, popup: (p: PopupRun) => number, blank: (p: PopupRun) => number): Row => ({
    metric: `popup / blank page, ${clock}, median of per-run ratios [bootstrap 95 %]`,
    values: each((r) => {
      const ratio = (chosen: readonly number[]) => medianOfRatios(runs(r).map(popup), runs(r).map(blank), chosen);
      const [lo, hi] = bootstrapRounds(runs(r).length, ratio);
      const value = ratio(rounds(r));
      return { shown: `${value.toFixed(2)}× [${lo.toFixed(2)}, ${hi.toFixed(2)}]`, value };
    }),
    budget: { max: 1.25, aim: 1.25, label: '≤ 1.25×' },
  });
  return [
    {
      metric: 'baseline: blank extension page to first render, its own clock / from opening, median',
      values: each((r) => ({
        shown: `${ms(median(runs(r).map((p) => p.blank.ms)))} / ${ms(median(runs(r).map((p) => p.blank.openedMs)))}`,
        value: NaN,
      })),
    },
    {
      metric: "popup first render from opening (opener's clock, navigation included), median",
      values: each((r) => ({ shown: ms(median(runs(r).map((p) => p.openedMs))), value: NaN })),
    },
    ratioRow(
      'from opening',
      (p) => p.openedMs,
      (p) => p.blank.openedMs,
    ),
    ratioRow(
      "each page's own clock",
      (p) => p.ms,
      (p) => p.blank.ms,
    ),
  ];
}
