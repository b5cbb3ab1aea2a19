// Test helpers for the content script: closed shadow roots opened for inspection, events marked as
// real user input (jsdom makes every scripted event untrusted), and animation frames stepped by hand.
import { vi } from 'vitest';
import type { Timing } from '../../../content-scripts/observe';
import * as uiModule from '../../../content-scripts/rules-and-ui';
import { uiLoader, type UiLoader } from '../../../content-scripts/ui-loader';

/** Records every shadow root attached from now on, so tests can read inside closed ones. */
export function captureShadowRoots(): Map<Element, ShadowRoot> {
  const roots = new Map<Element, ShadowRoot>();
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  });
  return roots;
}

type Impl = { isTrusted: boolean; _dispatch(event: unknown): boolean };
function implOf(wrapper: object): Impl {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  if (!symbol) throw new Error('jsdom internals changed: cannot reach the implementation object');
  return (wrapper as Record<symbol, Impl>)[symbol]!;
}

/**
 * Dispatches `event` as the browser does for real user input (isTrusted true). Script-dispatched
 * events are always untrusted, so this goes through jsdom's own internal dispatch, as its UI does.
 */
export function dispatchTrusted(target: EventTarget, event: Event): void {
  const impl = implOf(event);
  impl.isTrusted = true;
  implOf(target)._dispatch(impl);
}

export function trustedClick(el: Element): void {
  dispatchTrusted(el, new MouseEvent('click', { bubbles: true, composed: true }));
}

export function untrustedClick(el: Element): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

/** Animation frames and timers that run only when the test says so. */
export function manualTiming() {
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  const idle = new Map<number, () => void>();
  const timing: Timing = {
    requestAnimationFrame: (cb) => (frames.set(nextId, () => cb(0)), nextId++),
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: ((cb: () => void) => (timers.set(nextId, cb), nextId++)) as Timing['setTimeout'],
    clearTimeout: (id) => void timers.delete(id ?? 0),
  };
  const run = (queue: Map<number, () => void>) => {
    const due = [...queue.values()];
    queue.clear();
    for (const cb of due) cb();
  };
  return {
    timing,
    /** AppOptions.whenIdle: runs when the test calls idle(). */
    whenIdle: (cb: () => void) => void idle.set(nextId++, cb),
    idle: () => run(idle),
    pendingFrames: () => frames.size,
    pendingTimers: () => timers.size,
    frame: () => run(frames),
    timers: () => run(timers),
  };
}

/** MutationObserver callbacks are microtasks: let them run. */
export async function flushMutations(): Promise<void> {
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/**
 * The UI bundle as the content script loads it, but from source: `imports` counts how often it was
 * asked for (it must be asked for only when there is something to show).
 */
export function sourceUi() {
  const counter = { imports: 0 };
  // Already imported (statically, above): it arrives within the same flushMutations() as a reply.
  const loader = uiLoader(async () => {
    counter.imports++;
    return uiModule;
  });
  return Object.assign(counter, { loader });
}

/** A loader whose module is already in: show() renders in the same task, as after the first load. */
export async function loadedUi(): Promise<UiLoader> {
  const { loader } = sourceUi();
  await loader.load();
  return loader;
}
