// Main-thread CPU time the content script adds to a page, from the browser's own counters where the
// automation protocol exposes them (Chromium: CDP Performance.getMetrics; Firefox's BiDi has none).
// One tab, navigated with / without in ABBA order like the load pairs; each page is read once its
// load event has passed and the content script's after-load and idle work had time to run.
import type { BrowserDriver } from '../../tests/e2e/driver';
import { loadEventEnd, sleep } from './measure-page';
import { loadUrl } from './pages';

/** After the load event: our start (a task later), the first report and the idle-time UI load. */
const AFTER_LOAD_MS = 1500;

export interface CpuPairs {
  /** Seconds of main-thread time per page, by metric, with and without the content script. */
  with: Record<string, number[]>;
  without: Record<string, number[]>;
}

export const CPU_METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

export async function cpuPairs(driver: BrowserDriver, pairs: number, firstRun: number): Promise<CpuPairs | null> {
  const read = driver.performanceMetrics?.bind(driver);
  if (!read) return null;
  const out: CpuPairs = { with: {}, without: {} };
  let tab = await driver.open(loadUrl('without', firstRun));
  let run = firstRun + 1;
  const page = async (side: 'with' | 'without') => {
    const before = await read(tab);
    tab = await driver.goto(tab, loadUrl(side, run++));
    await loadEventEnd(driver, tab);
    await sleep(AFTER_LOAD_MS);
    const after = await read(tab);
    for (const name of CPU_METRICS) {
      // Counters run per renderer; a new one (process swap) starts from zero.
      const spent = (after[name] ?? 0) - (after[name]! >= before[name]! ? before[name]! : 0);
      (out[side][name] ??= []).push(spent);
    }
  };
  try {
    await page('with'); // warm-up
    out.with = {};
    for (let i = 0; i < pairs; i++) {
      for (const side of i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)) await page(side);
    }
    return out;
  } finally {
    await driver.closeTab(tab);
  }
}
