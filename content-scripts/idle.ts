// When the content script does its work. A page that shows a problem as it is parsed gets it in the
// frame that first shows it: the banner must not wait for images and scripts still arriving on a slow
// network. Any other page is left alone until its load event (that time is the page's, and most
// sign-in pages never need us), and what only prepares for later waits for idle time.

/** Runs `fn` a task after the load event (or now, a task later, if the page has loaded). */
export function afterLoad(win: Window, fn: () => void): void {
  // A task later, not in a load listener: the load event's own duration stays the page's.
  const later = () => win.setTimeout(fn, 0);
  if (win.document.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true });
}

/** What a cheap look at the page says before its load event (first-look.ts). */
export type FirstLook = 'problem' | 'clean' | 'not-laid-out';

/**
 * Runs `fn` once: at once if `look()` sees a problem while the page is still loading, else a task
 * after the load event. The script is injected at document_start, so the page is looked at on each
 * animation frame while it is parsed (and until it has a layout): in that frame's callbacks, before
 * its rendering, so the layout the look needs is the one the frame was about to do, and the error box
 * the parser has just inserted is seen in the frame that first shows it. The UI import starts there.
 * A page parsed clean is not looked at again before load (the full observer starts then and sees
 * what changed); a hidden tab gets no frames and so the after-load start.
 */
export function startWhenNeeded(win: Window, look: () => FirstLook, fn: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    fn();
  };
  afterLoad(win, start);
  const check = () => {
    if (started || win.document.readyState === 'complete') return;
    let seen: FirstLook = 'clean';
    try {
      seen = look();
    } catch {
      // A look that fails decides nothing: the page gets the after-load start.
    }
    if (seen === 'problem') start();
    else if (seen === 'not-laid-out' || win.document.readyState === 'loading') win.requestAnimationFrame(check);
  };
  check();
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
