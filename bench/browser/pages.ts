// What the browser benchmark serves: one real capture (post-signin-invalid-password.html) at the
// sign-in path, where the content script runs, and byte for byte the same at paths it does not
// match (the "without the extension" side of the load ratio and of layout shift, and a
// without/without control); and copies whose error box the page holds back until the benchmark asks
// for it (an error that appears after load).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CAPTURES } from '../../tests/e2e/env';
import { OTHER, US } from '../../tests/e2e/routes';
import type { Route } from '../../tests/e2e/server';
import { PARSE_RECORDER } from './measure-parse';
import { SHIFT_SAMPLER } from './shift-sampler';

export const BENCH = {
  /** The capture with an error: the content script runs here (a sign-in path, src/signin-pages.ts). */
  problem: `${US}/ap/signin?bench=problem`,
  latency: `${US}/ap/signin?bench=latency`,
} as const;

export type Side = 'with' | 'without' | 'control';
const PREFIX: Record<Side, string> = { with: 'ap', without: 'ap-bench', control: 'ap-control' };

/**
 * The load-time pages, one address per run (a fragment change would not load anything): `with` where
 * the content script runs, `without` (/ap-bench/…) and `control` (/ap-control/…) where it doesn't.
 * Same host, same HTML; relative subresources are 404 on all three paths alike.
 */
export const loadUrl = (side: Side, run: number) => `${US}/${PREFIX[side]}/signin?bench=load&run=${run}`;

/** The same page on a site that is not Amazon (no host access): what an install costs any open tab. */
export const otherSiteUrl = (run: number) => `${OTHER}/bench/other-site?run=${run}`;

/** Error in the HTML (`load`) or put in after load (`late`); with or without the content script. */
export type ShiftKind = 'load' | 'late';

/** The capture with its error in the HTML and an image the server holds (measure-parse.ts). */
export const parseUrl = (run: number) => `${US}/ap/signin?bench=parse&run=${run}`;
export const heldImageUrl = (run: number) => `${US}/bench/held.gif?run=${run}`;
export const shiftUrl = (side: 'with' | 'without', kind: ShiftKind, run: number) =>
  `${US}/${PREFIX[side]}/signin?bench=shift-${kind}&run=${run}`;

/** Takes Amazon's error box out while the page parses; benchShowError() / benchHideError() put it back / out. */
const HOLD_BACK = `<script>(() => {
  const box = document.getElementById('auth-error-message-box');
  const parent = box.parentNode, next = box.nextSibling;
  box.remove();
  window.benchErrorBox = box;
  window.benchShowError = () => parent.insertBefore(box, next);
  window.benchHideError = () => box.remove();
})();</script>`;

function beforeBodyEnd(html: string, script: string): string {
  const end = html.lastIndexOf('</body>');
  return html.slice(0, end) + script + html.slice(end);
}

function atBodyStart(html: string, script: string): string {
  const start = html.indexOf('>', html.search(/<body[\s>]/i)) + 1;
  return html.slice(0, start) + script + html.slice(start);
}

/** `runs`: how many addresses per side the benchmark will ask for (each load is a fresh address). */
export function benchRoutes(runs: number): Route[] {
  const html = readFileSync(path.join(CAPTURES, 'post-signin-invalid-password.html'), 'utf8');
  const shiftHtml: Record<ShiftKind, string> = {
    load: beforeBodyEnd(html, SHIFT_SAMPLER),
    late: beforeBodyEnd(html, HOLD_BACK + SHIFT_SAMPLER),
  };
  const numbered = (make: (run: number) => Route[]) => Array.from({ length: runs }, (_, run) => make(run)).flat();
  return [
    { url: BENCH.problem, html },
    { url: BENCH.latency, html: beforeBodyEnd(html, HOLD_BACK) },
    ...numbered((run) => (['with', 'without', 'control'] as const).map((side) => ({ url: loadUrl(side, run), html }))),
    ...numbered((run) => [{ url: otherSiteUrl(run), html }]),
    ...numbered((run) => [
      {
        url: parseUrl(run),
        html: beforeBodyEnd(
          atBodyStart(html, PARSE_RECORDER),
          `<img src="${heldImageUrl(run)}" alt="" width="1" height="1">`,
        ),
      },
    ]),
    ...numbered((run) =>
      (['with', 'without'] as const).flatMap((side) =>
        (['load', 'late'] as const).map((kind) => ({ url: shiftUrl(side, kind, run), html: shiftHtml[kind] })),
      ),
    ),
  ];
}
