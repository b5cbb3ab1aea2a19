// When the content script works: at once on a page that shows a problem while it is parsed (looked at
// on each frame from document_start), else a task after the page's load event; and what prepares in
// idle time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, startWhenNeeded, whenIdle, type FirstLook } from '../../../content-scripts/idle';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A window whose readyState and timers the test controls. */
function fakeWindow(readyState: DocumentReadyState, idle?: (cb: () => void, o: { timeout: number }) => number) {
  const target = new EventTarget();
  const timers: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const document = { readyState };
  const win = {
    document,
    addEventListener: target.addEventListener.bind(target),
    setTimeout: (cb: () => void, ms: number) => timers.push(() => cb()) && ms,
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    requestIdleCallback: idle,
  } as unknown as Window;
  return {
    win,
    target,
    runTimers: () => {
      for (const t of timers.splice(0)) t();
    },
    runFrame: () => {
      for (const f of frames.splice(0)) f();
    },
    pendingFrames: () => frames.length,
    /** The page finishes loading: readyState complete, then the load event. */
    load: () => {
      document.readyState = 'complete';
      target.dispatchEvent(new Event('load'));
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

describe('startWhenNeeded', () => {
  /** A look that answers from a list, one answer per call (the last one repeated). */
  const looks = (...answers: FirstLook[]) => vi.fn(() => (answers.length > 1 ? answers.shift()! : answers[0]!));

  it('a problem shown while the page is parsed: starts at once, in that look (the frame that shows it), once', () => {
    const { win, load, runTimers, pendingFrames } = fakeWindow('loading');
    const fn = vi.fn();
    startWhenNeeded(win, looks('problem'), fn);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(pendingFrames()).toBe(0);
    load();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('while the page is parsed (document_start): looks on each frame until the parser inserts the problem', () => {
    const { win, runFrame } = fakeWindow('loading');
    const fn = vi.fn();
    const look = looks('not-laid-out', 'clean', 'clean', 'problem');
    startWhenNeeded(win, look, fn);
    runFrame();
    runFrame();
    expect(fn).not.toHaveBeenCalled();
    runFrame();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(look).toHaveBeenCalledTimes(4);
  });

  it('a page parsed clean: one more look once parsing ended, then nothing until a task after the load event', () => {
    const { win, load, runTimers, runFrame, pendingFrames } = fakeWindow('loading');
    const fn = vi.fn();
    const look = looks('clean');
    startWhenNeeded(win, look, fn);
    runFrame();
    expect(look).toHaveBeenCalledTimes(2);
    (win.document as { readyState: DocumentReadyState }).readyState = 'interactive';
    runFrame();
    expect(look).toHaveBeenCalledTimes(3);
    expect(pendingFrames()).toBe(0);
    expect(fn).not.toHaveBeenCalled();
    load();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a clean page: looked at once, then nothing until a task after the load event', () => {
    const { win, load, runTimers, runFrame, pendingFrames } = fakeWindow('interactive');
    const fn = vi.fn();
    const look = looks('clean');
    startWhenNeeded(win, look, fn);
    runTimers();
    runFrame();
    expect(pendingFrames()).toBe(0);
    expect(look).toHaveBeenCalledTimes(1);
    expect(fn).not.toHaveBeenCalled();
    load();
    expect(fn).not.toHaveBeenCalled();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('no layout yet: looks again on the next frames, and starts once the problem is laid out', () => {
    const { win, runFrame } = fakeWindow('interactive');
    const fn = vi.fn();
    const look = looks('not-laid-out', 'not-laid-out', 'problem');
    startWhenNeeded(win, look, fn);
    runFrame();
    expect(fn).not.toHaveBeenCalled();
    runFrame();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(look).toHaveBeenCalledTimes(3);
  });

  it('no layout until the load event: the after-load start, and no more looks', () => {
    const { win, load, runTimers, runFrame } = fakeWindow('interactive');
    const fn = vi.fn();
    const look = looks('not-laid-out');
    startWhenNeeded(win, look, fn);
    load();
    runFrame();
    expect(look).toHaveBeenCalledTimes(1);
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a page that has loaded already: no look needed, a task later', () => {
    const { win, runTimers } = fakeWindow('complete');
    const fn = vi.fn();
    const look = looks('problem');
    startWhenNeeded(win, look, fn);
    expect(fn).not.toHaveBeenCalled();
    expect(look).not.toHaveBeenCalled();
    runTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a look that throws decides nothing: the after-load start still comes', () => {
    const { win, load, runTimers } = fakeWindow('interactive');
    const fn = vi.fn();
    startWhenNeeded(
      win,
      () => {
        throw new Error('page in a strange state');
      },
      fn,
    );
    expect(fn).not.toHaveBeenCalled();
    load();
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
