// When the content script works: a task after the page's load event, and what prepares in idle time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, whenIdle } from '../../../content-scripts/idle';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A window whose readyState and timers the test controls. */
function fakeWindow(readyState: DocumentReadyState, idle?: (cb: () => void, o: { timeout: number }) => number) {
  const target = new EventTarget();
  const timers: (() => void)[] = [];
  const win = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    setTimeout: (cb: () => void, ms: number) => timers.push(() => cb()) && ms,
    requestIdleCallback: idle,
  } as unknown as Window;
  return {
    win,
    target,
    runTimers: () => {
      for (const t of timers.splice(0)) t();
    },
  };
}

describe('afterLoad', () => {
  it('waits for the load event, then one more task (the load event itself stays the page’s)', () => {
    const { win, target, runTimers } = fakeWindow('interactive');
    const fn = vi.fn();
    afterLoad(win, fn);
    runTimers();
    expect(fn).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('load'));
    expect(fn).not.toHaveBeenCalled();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('on a page that has loaded already, starts a task later', () => {
    const { win, runTimers } = fakeWindow('complete');
    const fn = vi.fn();
    afterLoad(win, fn);
    expect(fn).not.toHaveBeenCalled();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  it('uses requestIdleCallback, with a timeout so a busy page still gets ready', () => {
    const idle = vi.fn((cb: () => void, _options: { timeout: number }) => (cb(), 1));
    const { win } = fakeWindow('complete', idle);
    const fn = vi.fn();
    whenIdle(win, fn);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(idle.mock.calls[0]![1]).toEqual({ timeout: expect.any(Number) });
  });

  it('falls back to a timer where there is no requestIdleCallback (Safari)', () => {
    const { win, runTimers } = fakeWindow('complete');
    const fn = vi.fn();
    whenIdle(win, fn);
    expect(fn).not.toHaveBeenCalled();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
