// What the browser benchmark serves: one real capture (post-signin-invalid-password.html) at the
// sign-in path, where the content script runs, and byte for byte the same at paths it does not
// match (the "without the extension" side of the load ratio, and a without/without control); and a
// copy whose error box the page holds back until the benchmark asks for it (detection latency).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CAPTURES } from '../../tests/e2e/env';
import { US } from '../../tests/e2e/routes';
import type { Route } from '../../tests/e2e/server';

export const BENCH = {
  /** The capture with an error: the content script runs here (https://{store}/ap/*). */
  problem: `${US}/ap/signin?bench=problem`,
  latency: `${US}/ap/signin?bench=latency`,
} as const;

/**
 * The load-time pages, one address per run (a fragment change would not load anything): `with` where
 * the content script runs, `without` (/ap-bench/…) and `control` (/ap-control/…) where it doesn't.
 * Same host, same HTML; relative subresources are 404 on all three paths alike.
 */
export const loadUrl = (side: 'with' | 'without' | 'control', run: number) =>
  `${US}/${{ with: 'ap', without: 'ap-bench', control: 'ap-control' }[side]}/signin?bench=load&run=${run}`;

/** Takes Amazon's error box out while the page parses; benchShowError() / benchHideError() put it back / out. */
const HOLD_BACK = `<script>(() => {
  const box = document.getElementById('auth-error-message-box');
  const parent = box.parentNode, next = box.nextSibling;
  box.remove();
  window.benchShowError = () => parent.insertBefore(box, next);
  window.benchHideError = () => box.remove();
})();</script>`;

/** `loads`: how many load-time addresses per side the benchmark will ask for. */
export function benchRoutes(loads: number): Route[] {
  const html = readFileSync(path.join(CAPTURES, 'post-signin-invalid-password.html'), 'utf8');
  const end = html.lastIndexOf('</body>');
  const load = Array.from({ length: loads }, (_, run) =>
    (['with', 'without', 'control'] as const).map((side) => ({ url: loadUrl(side, run), html })),
  ).flat();
  return [
    { url: BENCH.problem, html },
    { url: BENCH.latency, html: html.slice(0, end) + HOLD_BACK + html.slice(end) },
    ...load,
  ];
}
