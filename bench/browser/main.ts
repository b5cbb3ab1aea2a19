// Browser benchmark (npm run bench): per browser, with the e2e suite's own drivers and fake Amazon
// (tests/e2e, used as they are): injected bytes, detection latency (ms and frames), layout shift
// caused by the extension at three widths, page-load ratio with its noise floor and bootstrap
// intervals, main-thread CPU added per page (Chromium), popup render time against a blank extension
// page, clearing 50 cookies, and the bytes each surface reads (bundle-rows.ts).
// Prints the machine and one table with budgets and verdicts.
//   npm run bench -- [--runs N] [--load-rounds N] [--shift-runs N] [--cpu-pairs N] [--parse-runs N]
//                    [--browser chromium|firefox] [--only latency,shift,load,cpu,popup,clear,parse,install]
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
import { cpuPairs } from './measure-cpu';
import { bundleRows, popupRows } from './bundle-rows';
import { BLANK_PAGE, clearRun, popupRuns } from './measure-ext';
import { latencyRun, loadRounds, shiftRun, VIEWPORTS, type Shifts } from './measure-page';
import { HELD_MS, parseRun } from './measure-parse';
import { BENCH, benchRoutes, heldImageUrl, parseUrl, type ShiftKind } from './pages';
import { kb, machine, ms, table, type Row } from './report';
import { cpuRows, installRows, loadRows, ownShiftRow, parseRows, perBrowser, shiftRows } from './rows';
import { installRun } from './measure-install';
import { median, p95 } from './stats';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Math.max(20, Number(arg('--runs') ?? 24));
/** Load times vary by several percent from run to run on a loaded machine: many rounds for the ratio. */
const LOAD_ROUNDS = Math.max(20, Number(arg('--load-rounds') ?? 80));
const BROWSER = arg('--browser');
/** Layout shift is near-deterministic; a few pages per width, kind and side show any spread. */
const SHIFT_RUNS = Math.max(1, Number(arg('--shift-runs') ?? 3));
const CPU_PAIRS = Math.max(4, Number(arg('--cpu-pairs') ?? 12));
/** Each page with a held image takes a second (up to HELD_MS without the early start). */
const PARSE_RUNS = Math.max(4, Number(arg('--parse-runs') ?? 12));
const SECTIONS = ['latency', 'shift', 'load', 'cpu', 'popup', 'clear', 'parse', 'install'] as const;
type Section = (typeof SECTIONS)[number];
/** The parts to run (all by default): the whole bench is heavy on a shared machine. */
const ONLY = new Set((arg('--only')?.split(',') ?? SECTIONS) as Section[]);
for (const s of ONLY)
  if (!SECTIONS.includes(s)) throw new Error(`--only: unknown part "${s}" (${SECTIONS.join(', ')})`);
const runs = <T>(section: Section, run: () => Promise<T>): Promise<T | undefined> =>
  ONLY.has(section) ? run() : Promise.resolve(undefined);

const LAUNCH: Record<BrowserName, (o: LaunchOptions) => Promise<BrowserDriver>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};
const DIR: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };

function bytes(name: BrowserName, file: string) {
  const code = readFileSync(path.join(DIST, DIR[name], file));
  return { raw: code.length, gzip: gzipSync(code).length };
}

async function repeat<T>(n: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await run(i));
  return out;
}

async function measure(name: BrowserName, driver: BrowserDriver, launch: LaunchOptions) {
  const log = (what: string) => process.stderr.write(`  ${name}: ${what}\n`);
  const latency = await runs('latency', () => {
    log(`detection latency, ${RUNS} fresh pages`);
    return repeat(RUNS, () => latencyRun(driver));
  });
  const shifts = await runs('shift', () => {
    log(`layout shift, ${SHIFT_RUNS} pages per width, error kind and side`);
    return shiftSeries(driver);
  });
  const load = await runs('load', () => {
    log(`page load, ${LOAD_ROUNDS} rounds of with / without / without again (the noise floor)`);
    return loadRounds(driver, LOAD_ROUNDS, 0);
  });
  const cpu = await runs('cpu', () => {
    if (driver.performanceMetrics) log(`main-thread CPU, ${CPU_PAIRS} alternating pairs`);
    return cpuPairs(driver, CPU_PAIRS, load?.next ?? 0);
  });
  const parse = await runs('parse', () => {
    log(`error at parse with an image held ${HELD_MS / 1000} s, ${PARSE_RUNS} pages`);
    return repeat(PARSE_RUNS, (i) => parseRun(driver, parseUrl(i)));
  });
  const popup = await runs('popup', async () => {
    log(`popup, ${RUNS} renders`);
    const problem = await driver.open(BENCH.problem);
    await waitUntil(
      async () => (await driver.ext((api, id: number) => api.action.getBadgeText({ tabId: id }), problem.id)) !== '',
      'badge',
    );
    return popupRuns(driver, problem.id, RUNS);
  });
  const clears = await runs('clear', async () => {
    log('clearing 50 cookies, 5 times');
    const page = await driver.openExtensionPage('options/options.html');
    return repeat(5, () => clearRun(driver, page));
  });
  await driver.closeScenarioTabs();
  const install = await runs('install', async () => {
    log('injection at install, a browser of its own: 3 store pages that are not sign-in pages, 3 that are');
    const later = await LAUNCH[name]({ ...launch, extensionLater: true });
    try {
      return await installRun(later, load?.next ?? 0);
    } finally {
      await later.close();
    }
  });
  return {
    latency,
    shifts,
    load,
    cpu,
    parse,
    popup,
    clears,
    install,
    content: bytes(name, 'content.js'),
    ui: bytes(name, 'rules-and-ui.js'),
  };
}

/** Per width and kind of error, the shift totals of each page with and without the content script. */
export type ShiftSeries = Record<ShiftKind, Record<number, Record<'with' | 'without', Shifts[]>>>;

async function shiftSeries(driver: BrowserDriver): Promise<ShiftSeries> {
  const out: ShiftSeries = { load: {}, late: {} };
  for (let rep = 0; rep < SHIFT_RUNS; rep++) {
    for (const [i, viewport] of VIEWPORTS.entries()) {
      for (const kind of ['load', 'late'] as const) {
        const byWidth = (out[kind][viewport.width] ??= { with: [], without: [] });
        for (const side of ['with', 'without'] as const) {
          byWidth[side].push(await shiftRun(driver, side, kind, viewport, rep * VIEWPORTS.length + i));
        }
      }
    }
  }
  return out;
}

export type Result = Awaited<ReturnType<typeof measure>>;

function rows(results: Partial<Record<BrowserName, Result>>): Row[] {
  const each = perBrowser(results);
  const first = (r: Result) => r.latency!.map((l) => l.first);
  const again = (r: Result) => r.latency!.map((l) => l.again);
  const sizes: Row[] = [
    {
      metric: 'injected content.js, raw / gzip',
      values: each((r) => ({ shown: `${kb(r.content.raw)} / ${kb(r.content.gzip)}`, value: r.content.gzip / 1024 })),
      budget: { max: 16, aim: 8, label: '≤ 16 KB gz (8)' },
    },
    {
      metric: 'rules-and-ui.js (cause rules + UI, loaded in idle time), raw / gzip',
      values: each((r) => ({ shown: `${kb(r.ui.raw)} / ${kb(r.ui.gzip)}`, value: NaN })),
    },
    ...bundleRows(results),
  ];
  const latency = (): Row[] => [
    {
      metric: 'error box → banner host, median',
      values: each((r) => ({ shown: ms(median(first(r))), value: median(first(r)) })),
      budget: { max: 50, aim: 16, label: '≤ 50 ms (16)' },
    },
    { metric: 'error box → banner host, p95', values: each((r) => ({ shown: ms(p95(first(r))), value: NaN })) },
    {
      metric: 'error box → banner host, frames later (first error), median (max)',
      values: each((r) => {
        const frames = r.latency!.map((l) => l.firstFrames);
        return { shown: `${median(frames)} (${Math.max(...frames.filter(Number.isFinite))})`, value: median(frames) };
      }),
      budget: { max: 1, aim: 1, label: '≤ 1 frame' },
    },
    {
      metric: 'same, UI already loaded, median / p95',
      values: each((r) => ({ shown: `${ms(median(again(r)))} / ${ms(p95(again(r)))}`, value: NaN })),
    },
  ];
  const popup = (r: Result) => r.popup!.map((p) => p.ms);
  const clears = (r: Result) => r.clears!;
  const bySection: Record<Section, () => Row[]> = {
    latency,
    shift: () => [...shiftRows(results), ownShiftRow(results)],
    load: () => loadRows(results),
    cpu: () => cpuRows(results),
    parse: () => parseRows(results),
    install: () => installRows(results),
    popup: () => [
      {
        metric: 'popup to first render with data-cause, median',
        values: each((r) => ({ shown: ms(median(popup(r))), value: median(popup(r)) })),
        budget: { max: 100, aim: 100, label: '≤ 100 ms' },
      },
      { metric: 'popup, p95', values: each((r) => ({ shown: ms(p95(popup(r))), value: NaN })) },
      ...popupRows(results),
    ],
    clear: () => [
      {
        metric: 'clear 50 amazon.co.jp cookies, median of 5',
        values: each((r) => ({
          shown: `${ms(median(clears(r).map((c) => c.ms)))} (removed ${median(clears(r).map((c) => c.removed))}, left ${Math.max(...clears(r).map((c) => c.remaining))})`,
          value: NaN,
        })),
      },
    ],
  };
  return [...sizes, ...SECTIONS.filter((s) => ONLY.has(s)).flatMap((s) => bySection[s]())];
}

const results: Partial<Record<BrowserName, Result>> = {};
const binaries: Record<string, string> = {};
for (const name of ['chromium', 'firefox'] as const) {
  if (BROWSER && BROWSER !== name) continue;
  try {
    binaries[name] = browserPath(name);
  } catch (error) {
    process.stderr.write(`${name}: skipped (${(error as Error).message})\n`);
    continue;
  }
  // LOAD_ROUNDS rounds of three and CPU_PAIRS pairs, their warm-ups and one address to start each from.
  const addresses = Math.max(3 * LOAD_ROUNDS + 2 * CPU_PAIRS + 8, SHIFT_RUNS * VIEWPORTS.length, PARSE_RUNS);
  const server = await startFakeAmazon([...builtinRoutes(), ...benchRoutes(addresses)]);
  for (let i = 0; i < PARSE_RUNS; i++) server.hold(heldImageUrl(i), HELD_MS);
  const launch = { serverPort: server.port, hosts: HOSTS, extraFiles: BLANK_PAGE };
  const driver = await LAUNCH[name](launch);
  try {
    results[name] = await measure(name, driver, launch);
    const hidden = [...(results[name]!.latency ?? []), ...(results[name]!.parse ?? [])].filter(
      (l) => !l.visible,
    ).length;
    if (hidden) process.stderr.write(`  ${name}: ${hidden} latency runs in a hidden tab (timer instead of frames)\n`);
  } finally {
    await driver.close();
    await server.close();
  }
}

console.log(machine(binaries).join('\n'));
console.log(
  `runs: ${RUNS} per figure, page load ${LOAD_ROUNDS} rounds of three, layout shift ${SHIFT_RUNS} pages per cell, CPU ${CPU_PAIRS} pairs, error at parse ${PARSE_RUNS} pages, cookie clearing 5; gzip: zlib default level; parts: ${[...ONLY].join(', ')}\n`,
);
console.log(table(rows(results), Object.keys(results)));
