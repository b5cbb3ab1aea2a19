// In-page measurements, taken with the page's own clock (performance.now, Navigation Timing):
// detection latency (error box inserted → banner host with its attribute) and page load time.
import { waitUntil, type BrowserDriver, type Tab } from '../../tests/e2e/driver';
import { BENCH, loadUrl } from './pages';
import { median } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** loadEventEnd from Navigation Timing (ms after navigation start), once the load event has finished. */
export function loadEventEnd(driver: BrowserDriver, tab: Tab): Promise<number> {
  return waitUntil(
    () =>
      driver.evaluate(
        tab,
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd || 0,
        null,
      ),
    'the load event',
    15_000,
    20,
  );
}

/**
 * In the page: put Amazon's error box in and time, with a MutationObserver on the whole document,
 * until an element carries data-signin-helper-cause. Also says whether the tab was visible (hidden
 * tabs get no animation frames; the content script then waits on a 100 ms timer instead).
 */
function timeErrorToBanner(): Promise<{ ms: number; visible: boolean }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const done = (ms: number) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms, visible: document.visibilityState === 'visible' });
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-signin-helper-cause]')) done(performance.now() - t0);
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-signin-helper-cause'],
    });
    const timer = setTimeout(() => done(NaN), 5000);
    (window as unknown as { benchShowError(): void }).benchShowError();
  });
}

export interface LatencyRun {
  /** First error on a fresh page: includes loading the banner's UI bundle. */
  first: number;
  /** The error goes and comes back on the same page: UI already loaded. */
  again: number;
  visible: boolean;
}

export async function latencyRun(driver: BrowserDriver): Promise<LatencyRun> {
  const tab = await driver.open(BENCH.latency);
  try {
    await loadEventEnd(driver, tab);
    await sleep(300); // the content script's first (clean) report and its reply
    const first = await driver.evaluate(tab, timeErrorToBanner, null);
    await driver.evaluate(tab, () => (window as unknown as { benchHideError(): void }).benchHideError(), null);
    await waitUntil(
      async () => !(await driver.evaluate(tab, () => !!document.querySelector('[data-signin-helper-cause]'), null)),
      'banner gone',
    );
    await sleep(100);
    const again = await driver.evaluate(tab, timeErrorToBanner, null);
    return { first: first.ms, again: again.ms, visible: first.visible && again.visible };
  } finally {
    await driver.closeTab(tab);
  }
}

/**
 * Load times in one tab, navigated from address to address: with the content script against without
 * it (`with` side), or without against without (`control` side, the noise floor). Pairs alternate
 * which side goes first (ABBA), since the first load of a pair runs measurably slower.
 */
export async function loadPairs(driver: BrowserDriver, pairs: number, side: 'with' | 'control', firstRun: number) {
  let tab = await driver.open(loadUrl('without', firstRun));
  let run = firstRun + 1;
  const load = async (s: 'with' | 'without' | 'control') => {
    tab = await driver.goto(tab, loadUrl(s, run++));
    return loadEventEnd(driver, tab);
  };
  try {
    await load(side); // warm-up
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < pairs; i++) {
      if (i % 2 === 0) {
        a.push(await load(side));
        b.push(await load('without'));
      } else {
        b.push(await load('without'));
        a.push(await load(side));
      }
    }
    return { a, b, ratio: median(a) / median(b), next: run };
  } finally {
    await driver.closeTab(tab);
  }
}
