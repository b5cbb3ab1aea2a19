// An error that is in the page as it is parsed, on a slow network (issue 18): the page has an image
// the fake Amazon holds for 8 s, so its load event waits for it, as on a phone with weak reception.
// Timed in the page: from the frame that first lays out Amazon's error box (the person sees it) to the
// frame that first lays out our banner host, in ms and frames, and whether the load event had fired.
import { waitUntil, type BrowserDriver } from '../../tests/e2e/driver';

/** How long the image is held: the load event comes this long after the page asked for it. */
export const HELD_MS = 8000;

export interface ParseRun {
  /** Error box laid out → banner host laid out. */
  ms: number;
  frames: number;
  /** document.readyState was not yet complete when the banner was laid out. */
  beforeLoad: boolean;
  visible: boolean;
}

/**
 * In the page, from the start of <body>: a MutationObserver finds Amazon's error box as the parser
 * inserts it and our host when it comes; a ResizeObserver's first report on each names the frame
 * that first laid it out (it comes in that frame's rendering steps, after its animation-frame
 * callbacks, where the counter below has already counted the frame). window.benchParse holds the
 * result once the banner is laid out.
 */
function recorder(): void {
  const w = window as unknown as { benchParse?: object };
  let frame = 0;
  let error: { at: number; frame: number } | null = null;
  const count = () => {
    frame++;
    if (!w.benchParse) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  const watched = new Set<Element>();
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const now = { at: performance.now(), frame };
      if (e.target.id === 'auth-error-message-box') error ??= now;
      else if (error && !w.benchParse) {
        w.benchParse = {
          ms: now.at - error.at,
          frames: now.frame - error.frame,
          beforeLoad: document.readyState !== 'complete',
          visible: document.visibilityState === 'visible',
        };
        sizes.disconnect();
        observer.disconnect();
      }
    }
  });
  const observer = new MutationObserver(() => {
    for (const el of [
      document.getElementById('auth-error-message-box'),
      document.querySelector('[data-signin-helper-cause]'),
    ]) {
      if (el && !watched.has(el)) {
        watched.add(el);
        sizes.observe(el);
      }
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-signin-helper-cause'],
  });
}

export const PARSE_RECORDER = `<script>(${recorder.toString()})();</script>`;

export async function parseRun(driver: BrowserDriver, url: string): Promise<ParseRun> {
  const tab = await driver.open(url);
  try {
    return await waitUntil(
      () => driver.evaluate(tab, () => (window as unknown as { benchParse?: ParseRun }).benchParse, null),
      'the banner on the page with a held image',
      HELD_MS + 5000,
      20,
    );
  } finally {
    await driver.closeTab(tab);
  }
}
