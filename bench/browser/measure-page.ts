// In-page measurements, taken with the page's own clock (performance.now, Navigation Timing):
// detection latency (error box inserted → banner host with its attribute) in ms and frames, layout
// shift, and page load time.
import { waitUntil, type BrowserDriver, type Tab, type Viewport } from '../../tests/e2e/driver';
import { BENCH, loadUrl, shiftUrl, type ShiftKind } from './pages';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
 * until an element carries data-signin-helper-cause; and count the frames between the two. The frame
 * of each is the frame whose rendering first lays it out: a ResizeObserver's first report on it comes
 * in that frame's rendering steps, after its animation-frame callbacks, where a page-side counter has
 * already counted the frame. Also says whether the tab was visible (hidden tabs get no frames; the
 * content script then waits on a 100 ms timer instead).
 */
function timeErrorToBanner(): Promise<{ ms: number; frames: number; visible: boolean }> {
  return new Promise((resolve) => {
    let frame = 0;
    let errorFrame = NaN;
    let bannerFrame = NaN;
    let bannerMs = NaN;
    let finished = false;
    const box = (window as unknown as { benchErrorBox: Element }).benchErrorBox;
    const count = () => {
      frame++;
      if (!finished) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const sizes = new ResizeObserver((entries) => {
      for (const e of entries) {
        if (e.target === box) errorFrame = Number.isNaN(errorFrame) ? frame : errorFrame;
        else bannerFrame = Number.isNaN(bannerFrame) ? frame : bannerFrame;
      }
      if (!Number.isNaN(bannerFrame) && !Number.isNaN(errorFrame)) done();
    });
    const t0 = performance.now();
    const done = () => {
      finished = true;
      observer.disconnect();
      sizes.disconnect();
      clearTimeout(timer);
      resolve({ ms: bannerMs, frames: bannerFrame - errorFrame, visible: document.visibilityState === 'visible' });
    };
    const observer = new MutationObserver(() => {
      const host = document.querySelector('[data-signin-helper-cause]');
      if (!host || !Number.isNaN(bannerMs)) return;
      bannerMs = performance.now() - t0;
      sizes.observe(host);
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-signin-helper-cause'],
    });
    const timer = setTimeout(done, 5000);
    (window as unknown as { benchShowError(): void }).benchShowError();
    sizes.observe(box);
  });
}

export interface LatencyRun {
  /** First error on a fresh page (loaded and idle, no banner shown yet). */
  first: number;
  firstFrames: number;
  /** The error goes and comes back on the same page: banner shown before. */
  again: number;
  visible: boolean;
}

export async function latencyRun(driver: BrowserDriver): Promise<LatencyRun> {
  const tab = await driver.open(BENCH.latency);
  try {
    await loadEventEnd(driver, tab);
    await sleep(300); // the content script's first (clean) report, its reply, and idle time
    const first = await driver.evaluate(tab, timeErrorToBanner, null);
    await driver.evaluate(tab, () => (window as unknown as { benchHideError(): void }).benchHideError(), null);
    await waitUntil(
      async () => !(await driver.evaluate(tab, () => !!document.querySelector('[data-signin-helper-cause]'), null)),
      'banner gone',
    );
    await sleep(100);
    const again = await driver.evaluate(tab, timeErrorToBanner, null);
    return { first: first.ms, firstFrames: first.frames, again: again.ms, visible: first.visible && again.visible };
  } finally {
    await driver.closeTab(tab);
  }
}

/** The page's layout shift totals (shift-sampler.ts). */
export interface Shifts {
  /** Layout Instability (Chromium); null where the browser has no such API. */
  instability: number | null;
  /** The page's own per-frame sampling of its elements' boxes (both browsers). */
  sampled: number;
}

export const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 412, height: 860 },
  { width: 1280, height: 800 },
] as const;

/**
 * One page of the layout-shift runs at one width: loaded, its error put in after load (`late`) or
 * there from the start (`load`), then watched until the banner has been up for a while (or, without
 * the content script, for as long as that takes at most).
 */
export async function shiftRun(
  driver: BrowserDriver,
  side: 'with' | 'without',
  kind: ShiftKind,
  viewport: Viewport,
  run: number,
): Promise<Shifts> {
  const tab = await driver.open(shiftUrl(side, kind, run), viewport);
  try {
    await loadEventEnd(driver, tab);
    await sleep(300);
    if (kind === 'late') {
      await driver.evaluate(tab, () => (window as unknown as { benchShowError(): void }).benchShowError(), null);
    }
    const banner = () => driver.evaluate(tab, () => !!document.querySelector('[data-signin-helper-cause]'), null);
    if (side === 'with') await waitUntil(banner, 'banner', 5000, 20);
    else await sleep(300);
    await sleep(500); // frames after the banner came: a late move would show here
    return await driver.evaluate(tab, () => (window as unknown as { benchShifts(): Shifts }).benchShifts(), null);
  } finally {
    await driver.closeTab(tab);
  }
}

/** The three loads of a round, in a rotating order: each kind goes first, second and third equally
 *  often (the load after another kind runs measurably slower, whichever it is). */
const ROUND_ORDERS = [
  ['with', 'without', 'control'],
  ['without', 'control', 'with'],
  ['control', 'with', 'without'],
] as const;

export interface LoadRounds {
  /** loadEventEnd per round, with the content script, without it, and without it at a second address. */
  with: number[];
  without: number[];
  control: number[];
  next: number;
}

/**
 * Load times in one tab, navigated from address to address, in rounds of three: with the content
 * script, without it, and without it again (the noise floor). A round's three loads are a few hundred
 * ms apart, so the machine's load, which drifts over minutes on a shared machine, is nearly the same
 * for all three: the statistics compare within rounds (rows.ts), and the noise floor is measured in
 * the same minutes as the ratio it judges.
 */
export async function loadRounds(driver: BrowserDriver, rounds: number, firstRun: number): Promise<LoadRounds> {
  let tab = await driver.open(loadUrl('without', firstRun));
  let run = firstRun + 1;
  const load = async (s: 'with' | 'without' | 'control') => {
    tab = await driver.goto(tab, loadUrl(s, run++));
    return loadEventEnd(driver, tab);
  };
  try {
    for (const side of ROUND_ORDERS[0]) await load(side); // warm-up
    const out: LoadRounds = { with: [], without: [], control: [], next: 0 };
    for (let i = 0; i < rounds; i++) {
      for (const side of ROUND_ORDERS[i % ROUND_ORDERS.length]!) out[side].push(await load(side));
    }
    return { ...out, next: run };
  } finally {
    await driver.closeTab(tab);
  }
}
