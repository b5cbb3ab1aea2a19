// Browser benchmark (npm run bench): per browser, with the e2e suite's own drivers and fake Amazon
// (tests/e2e, used as they are): injected bytes, detection latency, page-load ratio, popup render
// time and clearing 50 cookies. Prints the machine and one table with budgets and verdicts.
//   node bench/browser.bench.mjs [--runs N] [--load-pairs N] [--browser chromium|firefox]
// Speed is measured here, never asserted in tests. Needs a build (npm run build).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/e2e/chromium';
import type { BrowserDriver, LaunchOptions } from '../../tests/e2e/driver';
import { waitUntil } from '../../tests/e2e/driver';
import { browserPath, DIST, type BrowserName } from '../../tests/e2e/env';
import { launchFirefox } from '../../tests/e2e/firefox';
import { builtinRoutes, HOSTS } from '../../tests/e2e/routes';
import { startFakeAmazon } from '../../tests/e2e/server';
import { clearRun, popupRuns } from './measure-ext';
import { latencyRun, loadPairs } from './measure-page';
import { BENCH, benchRoutes } from './pages';
import { kb, machine, ms, table, type Row } from './report';
import { median, p95 } from './stats';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Math.max(20, Number(arg('--runs') ?? 24));
/** Load times vary by several percent from run to run on a loaded machine: many more pairs for the ratio. */
const LOAD_PAIRS = Math.max(20, Number(arg('--load-pairs') ?? 60));
const ONLY = arg('--browser');

const LAUNCH: Record<BrowserName, (o: LaunchOptions) => Promise<BrowserDriver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};
const DIR: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };

function bytes(name: BrowserName, file: string) {
  const code = readFileSync(path.join(DIST, DIR[name], file));
  return { raw: code.length, gzip: gzipSync(code).length };
}

async function measure(name: BrowserName, driver: BrowserDriver) {
  const log = (what: string) => process.stderr.write(`  ${name}: ${what}\n`);
  log(`detection latency, ${RUNS} fresh pages`);
  const latency = [];
  for (let i = 0; i < RUNS; i++) latency.push(await latencyRun(driver));
  log(`page load, ${LOAD_PAIRS} alternating pairs, and as many without/without (the noise floor)`);
  const load = await loadPairs(driver, LOAD_PAIRS, 'with', 0);
  const control = await loadPairs(driver, LOAD_PAIRS, 'control', load.next);
  log(`popup, ${RUNS} renders`);
  const problem = await driver.open(BENCH.problem);
  await waitUntil(
    async () => (await driver.ext((api, id: number) => api.action.getBadgeText({ tabId: id }), problem.id)) !== '',
    'badge',
  );
  const popup = await popupRuns(driver, problem.id, RUNS);
  log('clearing 50 cookies, 5 times');
  const page = await driver.openExtensionPage('options/options.html');
  const clears = [];
  for (let i = 0; i < 5; i++) clears.push(await clearRun(driver, page));
  await driver.closeScenarioTabs();
  return {
    latency,
    load,
    control,
    popup,
    clears,
    content: bytes(name, 'content.js'),
    ui: bytes(name, 'content-ui.js'),
  };
}

type Result = Awaited<ReturnType<typeof measure>>;

function rows(results: Partial<Record<BrowserName, Result>>): Row[] {
  const each = (f: (r: Result) => { shown: string; value: number }) =>
    Object.fromEntries(Object.entries(results).map(([b, r]) => [b, f(r!)]));
  const first = (r: Result) => r.latency.map((l) => l.first);
  const again = (r: Result) => r.latency.map((l) => l.again);
  return [
    {
      metric: 'injected content.js, raw / gzip',
      values: each((r) => ({ shown: `${kb(r.content.raw)} / ${kb(r.content.gzip)}`, value: r.content.gzip / 1024 })),
      budget: { max: 16, aim: 8, label: '≤ 16 KB gz (8)' },
    },
    {
      metric: 'content-ui.js (on first cause), raw / gzip',
      values: each((r) => ({ shown: `${kb(r.ui.raw)} / ${kb(r.ui.gzip)}`, value: NaN })),
    },
    {
      metric: 'error box → banner host, median',
      values: each((r) => ({ shown: ms(median(first(r))), value: median(first(r)) })),
      budget: { max: 50, aim: 16, label: '≤ 50 ms (16)' },
    },
    { metric: 'error box → banner host, p95', values: each((r) => ({ shown: ms(p95(first(r))), value: NaN })) },
    {
      metric: 'same, UI already loaded, median / p95',
      values: each((r) => ({ shown: `${ms(median(again(r)))} / ${ms(p95(again(r)))}`, value: NaN })),
    },
    {
      metric: 'load event with / without content script, median',
      values: each((r) => ({ shown: `${ms(median(r.load.a))} / ${ms(median(r.load.b))}`, value: NaN })),
    },
    {
      metric: 'load ratio with / without (ratio of medians)',
      values: each((r) => ({ shown: r.load.ratio.toFixed(3), value: r.load.ratio })),
      budget: { max: 1.05, aim: 1.02, label: '≤ 1.05 (1.02)' },
    },
    {
      metric: 'noise floor: same without / without',
      values: each((r) => ({ shown: r.control.ratio.toFixed(3), value: NaN })),
    },
    {
      metric: 'popup to first render with data-cause, median',
      values: each((r) => ({ shown: ms(median(r.popup.map((p) => p.ms))), value: median(r.popup.map((p) => p.ms)) })),
      budget: { max: 100, aim: 100, label: '≤ 100 ms' },
    },
    { metric: 'popup, p95', values: each((r) => ({ shown: ms(p95(r.popup.map((p) => p.ms))), value: NaN })) },
    {
      metric: 'clear 50 amazon.co.jp cookies, median of 5',
      values: each((r) => ({
        shown: `${ms(median(r.clears.map((c) => c.ms)))} (removed ${median(r.clears.map((c) => c.removed))}, left ${Math.max(...r.clears.map((c) => c.remaining))})`,
        value: NaN,
      })),
    },
  ];
}

const results: Partial<Record<BrowserName, Result>> = {};
const binaries: Record<string, string> = {};
for (const name of ['chromium', 'firefox'] as const) {
  if (ONLY && ONLY !== name) continue;
  try {
    binaries[name] = browserPath(name);
  } catch (error) {
    process.stderr.write(`${name}: skipped (${(error as Error).message})\n`);
    continue;
  }
  // Two series of LOAD_PAIRS pairs, a warm-up each and one address to start from.
  const server = await startFakeAmazon([...builtinRoutes(), ...benchRoutes(4 * LOAD_PAIRS + 4)]);
  const driver = await LAUNCH[name]({ serverPort: server.port, hosts: HOSTS });
  try {
    results[name] = await measure(name, driver);
    const hidden = results[name]!.latency.filter((l) => !l.visible).length;
    if (hidden) process.stderr.write(`  ${name}: ${hidden} latency runs in a hidden tab (timer instead of frames)\n`);
  } finally {
    await driver.close();
    await server.close();
  }
}

console.log(machine(binaries).join('\n'));
console.log(
  `runs: ${RUNS} per figure, page load ${LOAD_PAIRS} pairs per ratio, cookie clearing 5; gzip: zlib default level\n`,
);
console.log(table(rows(results), Object.keys(results)));
