// Measurements in the extension's own pages: the popup's time to first render with the tab's
// diagnosis, against a blank page of the same extension opened in turn (the floor: what any page of
// the extension costs to open), and the round trip of clearing 50 cookies of amazon.co.jp.
import type { BrowserDriver, Tab } from '../../tests/e2e/driver';

/**
 * In an extension page: load popup.html?tabId=N in an iframe and report the popup's own
 * performance.now() (ms since its navigation started) when its root first carries data-cause, and
 * the opener's time from setting the frame's address to then (what a person waits, navigation included).
 */
function timePopup(src: string): Promise<{ ms: number; openedMs: number; cause: string | null }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:380px;height:600px;border:0';
    let watched: Document | null = null;
    let finished = false;
    const look = (): boolean => {
      if (finished) return true;
      const doc = frame.contentDocument;
      if (!doc || doc.URL === 'about:blank') return false;
      const root = doc.querySelector('[data-cause]');
      if (root) {
        finished = true;
        const ms = frame.contentWindow!.performance.now();
        resolve({ ms, openedMs: performance.now() - start, cause: root.getAttribute('data-cause') });
        frame.remove();
        return true;
      }
      if (doc !== watched) {
        watched = doc;
        new MutationObserver(() => void look()).observe(doc, { subtree: true, childList: true, attributes: true });
      }
      return false;
    };
    const poll = () => {
      if (!look()) setTimeout(poll, 0);
    };
    frame.src = src;
    document.body.append(frame);
    poll();
  });
}

/** Added to the extension's copy for the bench only (LaunchOptions.extraFiles): no script, no
 *  style, and the mark timePopup waits for already in its markup. */
export const BLANK_PAGE = {
  'bench-blank.html':
    '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><main data-cause="blank"></main></body></html>\n',
};

export interface PopupRun {
  ms: number;
  openedMs: number;
  cause: string | null;
  /** The blank extension page opened right after, the same way: its own clock and the opener's. */
  blank: { ms: number; openedMs: number };
}

export async function popupRuns(driver: BrowserDriver, tabId: number, runs: number): Promise<PopupRun[]> {
  const harness = await driver.openExtensionPage('options/options.html');
  const url = `${driver.extensionBase}popup/popup.html?tabId=${tabId}`;
  const blank = `${driver.extensionBase}${Object.keys(BLANK_PAGE)[0]}`;
  try {
    await driver.evaluate(harness, timePopup, url); // warm-up (a stopped service worker wakes here)
    await driver.evaluate(harness, timePopup, blank);
    const out: PopupRun[] = [];
    for (let i = 0; i < runs; i++) {
      const popup = await driver.evaluate(harness, timePopup, url);
      const { ms, openedMs } = await driver.evaluate(harness, timePopup, blank);
      out.push({ ...popup, blank: { ms, openedMs } });
    }
    return out;
  } finally {
    await driver.closeTab(harness);
  }
}

const JP_COOKIE_COUNT = 50;

/** Sets 50 amazon.co.jp cookies (domain and host-only, two paths), then times ui-bg-clear-cookies. */
export async function clearRun(driver: BrowserDriver, page: Tab) {
  for (let i = 0; i < JP_COOKIE_COUNT; i++) {
    await driver.setCookie({
      name: `bench-${i}`,
      value: String(i),
      domain: i % 2 ? '.amazon.co.jp' : 'www.amazon.co.jp',
      path: i % 3 ? '/' : '/ap',
    });
  }
  const before = (await driver.cookies()).filter((c) => c.domain.replace(/^\./, '').endsWith('amazon.co.jp')).length;
  const result = await driver.evaluate(
    page,
    async () => {
      type Api = {
        runtime: { sendMessage(m: unknown): Promise<{ removed?: number; remaining?: number } | undefined> };
      };
      const g = globalThis as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const t0 = performance.now();
      const reply = await api.runtime.sendMessage({ type: 'ui-bg-clear-cookies', marketplace: 'jp', tabId: null });
      return { ms: performance.now() - t0, removed: reply?.removed ?? -1, remaining: reply?.remaining ?? -1 };
    },
    null,
  );
  return { ...result, before };
}
