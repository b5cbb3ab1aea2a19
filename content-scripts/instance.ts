// One content script per page, however often it is injected: by the manifest at load, by the
// background into tabs that were open before the extension started (src/background/inject.ts), by
// Firefox itself on install and update, by the popup on demand. The page's isolated world holds one
// record: a second copy of the same extension finds it, asks the running copy to report again, and
// stops. A copy from before an update (Chromium keeps it running, cut off from the extension) is
// ended instead: it notices itself on its next look or click (runtime.id is gone), and the new copy
// removes what a dead one left on the page before it starts.
import type { ContentApi } from './runtime';

const KEY = Symbol.for('signin-helper-for-amazon');
/** Our hosts' tags (banner-host.ts, input-hints-ui.ts), spelt here so content.js stays small. */
const OUR_HOSTS = 'signin-helper-banner, signin-helper-hint';

export interface Instance {
  /** False once the extension this copy belongs to is gone (updated, disabled or removed). */
  alive(): boolean;
  /** Aborted when this copy ends: every page listener it adds is registered with it. */
  readonly signal: AbortSignal;
  /** Takes this copy off the page: runs the teardowns, aborts the listeners. Once. */
  end(): void;
  onEnd(fn: () => void): void;
  /** What another copy asks of this one: report the page to the background again. */
  onRefresh(fn: () => void): void;
}

interface Record_ {
  alive(): boolean;
  refresh(): void;
  end(): void;
}

/** The extension behind `api` is still there: after an update or removal its runtime.id is undefined. */
export function extensionAlive(api: ContentApi | undefined): boolean {
  try {
    return typeof api?.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/** This copy's claim on the page, or null when a live copy already runs there (it was asked to report again). */
export function claimPage(win: Window, api: ContentApi | undefined): Instance | null {
  const slot = win as unknown as { [KEY]?: Record_ };
  const previous = slot[KEY];
  if (previous?.alive()) {
    previous.refresh();
    return null;
  }
  previous?.end();
  // A dead copy in another world (or one whose world the browser discarded) leaves its hosts behind;
  // ours have no light-DOM children, so a page's own element of that name is left alone.
  for (const el of win.document.querySelectorAll(OUR_HOSTS)) if (!el.hasChildNodes()) el.remove();
  const controller = new AbortController();
  const teardowns: (() => void)[] = [];
  let refresh = () => {};
  const instance: Instance = {
    alive: () => extensionAlive(api),
    signal: controller.signal,
    end() {
      if (controller.signal.aborted) return;
      controller.abort();
      if (slot[KEY] === record) delete slot[KEY];
      for (const fn of teardowns.splice(0)) {
        try {
          fn();
        } catch {
          // Taking down what is left: one failing part must not keep the others up.
        }
      }
    },
    onEnd: (fn) => void teardowns.push(fn),
    onRefresh(fn) {
      refresh = fn;
    },
  };
  const record: Record_ = { alive: instance.alive, refresh: () => refresh(), end: instance.end };
  slot[KEY] = record;
  return instance;
}
