// Amazon shows many errors without navigating (claim-page alerts toggle `aok-hidden`, OTP and approval
// pages poll), so the page is diagnosed again whenever it changes. Work per mutation batch is bounded:
// the records are not walked beyond finding one that is not ours; a re-diagnosis is only scheduled,
// and a burst of batches within one animation frame runs it once. While the page is still loading
// (its own scripts changing it all the time), bursts are gathered over a longer interval instead, so
// the extension takes as little as it can from the page's load; once loaded, it looks right away.
import { guard } from './guard';
import { isOurNode } from './shadow';

/** Time sources: the window itself, or a fake in tests that steps frames by hand. */
export type Timing = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

/** Hidden tabs get no animation frames; a short timer keeps the badge current there. */
const HIDDEN_DELAY_MS = 100;
/** Until the document is complete: at most one look per this many ms (plus one when it completes). */
const LOADING_DELAY_MS = 150;

/** Runs `run` at most once per frame (per interval while loading) however often `schedule` is called. */
export function frameScheduler(doc: Document, timing: Timing, run: () => void) {
  let frame: number | null = null;
  let timer: number | null = null;
  const fire = guard(() => {
    frame = timer = null;
    run();
  });
  const cancel = () => {
    if (frame !== null) timing.cancelAnimationFrame(frame);
    if (timer !== null) timing.clearTimeout(timer);
    frame = timer = null;
  };
  const schedule = () => {
    if (frame !== null || timer !== null) return;
    if (doc.visibilityState === 'hidden') timer = timing.setTimeout(fire, HIDDEN_DELAY_MS);
    else if (doc.readyState !== 'complete') timer = timing.setTimeout(fire, LOADING_DELAY_MS);
    else frame = timing.requestAnimationFrame(fire);
  };
  // A frame requested just before the tab was hidden would wait until it is shown again.
  const onVisibility = guard(() => {
    if (frame !== null && doc.visibilityState === 'hidden') {
      cancel();
      schedule();
    }
  });
  doc.addEventListener('visibilitychange', onVisibility);
  return {
    schedule,
    cancel,
    dispose() {
      cancel();
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

/** A record only about our own hosts (inserted, removed, restyled) must not trigger a re-diagnosis. */
function isOurRecord(record: MutationRecord): boolean {
  if (isOurNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (!isOurNode(node)) return false;
  for (const node of record.removedNodes) if (!isOurNode(node)) return false;
  return true;
}

export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden'],
};

/** Calls `onChange` (once per frame at most) after the document changes. Returns stop(). */
export function observeChanges(doc: Document, timing: Timing, onChange: () => void): () => void {
  const scheduler = frameScheduler(doc, timing, onChange);
  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      if (records.some((r) => !isOurRecord(r))) scheduler.schedule();
    }),
  );
  observer.observe(doc, OBSERVE_OPTIONS);
  // Stylesheets still loading while the page is parsed can leave Amazon's error box without a layout box, so
  // it does not count as shown yet (Firefox); a page whose scripts are blocked (CSP) then never
  // changes again. Once everything has loaded, look once more, on the next frame.
  const onReady = guard(() => {
    if (doc.readyState !== 'complete') return;
    scheduler.cancel();
    scheduler.schedule();
  });
  doc.addEventListener('readystatechange', onReady);
  return () => {
    observer.disconnect();
    doc.removeEventListener('readystatechange', onReady);
    scheduler.dispose();
  };
}
