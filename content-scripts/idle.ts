// When the content script does its work: nothing before the page's load event (that time is the
// page's, and most sign-in pages never need us), and what only prepares for later in idle time.

/** Runs `fn` a task after the load event (or now, a task later, if the page has loaded). */
export function afterLoad(win: Window, fn: () => void): void {
  // A task later, not in a load listener: the load event's own duration stays the page's.
  const later = () => win.setTimeout(fn, 0);
  if (win.document.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true });
}

/** Longest wait for idle time; a page that is never idle still gets ready. */
const IDLE_TIMEOUT_MS = 2000;
/** Where requestIdleCallback is missing (Safari): a guess at "after the page settled". */
const NO_IDLE_DELAY_MS = 300;

/** Runs `fn` when the page is idle. */
export function whenIdle(win: Window, fn: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => fn(), { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(fn, NO_IDLE_DELAY_MS);
}
