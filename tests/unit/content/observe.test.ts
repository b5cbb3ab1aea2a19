import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameScheduler, observeChanges } from '../../../content-scripts/observe';
import { createShadowHost } from '../../../content-scripts/shadow';
import { flushMutations, manualTiming } from './helpers';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  vi.restoreAllMocks();
});

beforeEach(() => {
  document.body.innerHTML = `
    <form id="claim"><input id="ap_email_login" name="email" type="email">
      <div id="invalid-email-alert" class="a-alert-inline aok-hidden">Invalid email address</div></form>`;
});

describe('observeChanges', () => {
  it('re-diagnoses once for a burst of mutations, on the next animation frame', async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    stop = observeChanges(document, clock.timing, onChange);
    const alert = document.getElementById('invalid-email-alert')!;
    // Several separate mutation batches before the frame: Amazon toggling classes, adding nodes.
    for (let i = 0; i < 20; i++) {
      alert.classList.toggle('aok-hidden');
      document.body.append(document.createElement('span'));
      await flushMutations();
    }
    expect(onChange).not.toHaveBeenCalled();
    expect(clock.pendingFrames()).toBe(1);
    clock.frame();
    expect(onChange).toHaveBeenCalledTimes(1);

    // The next change schedules the next frame.
    alert.style.display = 'block';
    await flushMutations();
    clock.frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('watches class, style and hidden, not other attributes', async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    stop = observeChanges(document, clock.timing, onChange);
    const alert = document.getElementById('invalid-email-alert')!;
    alert.setAttribute('data-foo', '1');
    alert.setAttribute('aria-live', 'polite');
    await flushMutations();
    expect(clock.pendingFrames()).toBe(0);
    alert.hidden = true;
    await flushMutations();
    expect(clock.pendingFrames()).toBe(1);
  });

  it('ignores its own hosts being added, changed or removed', async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    stop = observeChanges(document, clock.timing, onChange);
    const { host } = createShadowHost(document, 'signin-helper-banner', '');
    document.body.prepend(host);
    await flushMutations();
    host.setAttribute('class', 'x');
    host.style.color = 'red';
    const { host: hint } = createShadowHost(document, 'signin-helper-hint', '');
    document.getElementById('ap_email_login')!.after(hint);
    await flushMutations();
    host.remove();
    hint.remove();
    await flushMutations();
    expect(clock.pendingFrames()).toBe(0);
    clock.frame();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("does not take the page's own signin-helper-* elements for ours (they cannot hide changes)", async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    stop = observeChanges(document, clock.timing, onChange);
    const lookAlike = document.createElement('signin-helper-banner');
    lookAlike.setAttribute('data-signin-helper-cause', 'captcha');
    lookAlike.append(document.getElementById('invalid-email-alert')!);
    document.body.prepend(lookAlike);
    await flushMutations();
    expect(clock.pendingFrames()).toBe(1);
  });

  it('while the page loads, gathers changes over an interval; once loaded, looks on the next frame', async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    stop = observeChanges(document, clock.timing, onChange);
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await flushMutations();
    }
    expect(clock.pendingFrames()).toBe(0);
    expect(clock.pendingTimers()).toBe(1);
    document.dispatchEvent(new Event('readystatechange')); // still 'interactive': nothing changes
    expect(clock.pendingTimers()).toBe(1);
    // Complete (stylesheets may have been pending): the waiting look moves to the next frame.
    state.mockReturnValue('complete');
    document.dispatchEvent(new Event('readystatechange'));
    expect(clock.pendingTimers()).toBe(0);
    clock.frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    // Nothing pending: completing alone still looks once.
    document.dispatchEvent(new Event('readystatechange'));
    clock.frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('uses a timer instead of frames while the tab is hidden', async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    stop = observeChanges(document, clock.timing, onChange);
    document.body.append(document.createElement('p'));
    document.body.append(document.createElement('p'));
    await flushMutations();
    expect(clock.pendingFrames()).toBe(0);
    expect(clock.pendingTimers()).toBe(1);
    clock.timers();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('switches a waiting frame to a timer when the tab is hidden', () => {
    const clock = manualTiming();
    const run = vi.fn();
    const scheduler = frameScheduler(document, clock.timing, run);
    scheduler.schedule();
    expect(clock.pendingFrames()).toBe(1);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.pendingFrames()).toBe(0);
    clock.timers();
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.dispose();
  });

  it('does nothing after stop (pagehide)', async () => {
    const clock = manualTiming();
    const onChange = vi.fn();
    stop = observeChanges(document, clock.timing, onChange);
    document.body.append(document.createElement('p'));
    await flushMutations();
    stop();
    stop = null;
    clock.frame();
    document.body.append(document.createElement('p'));
    await flushMutations();
    clock.frame();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps a throwing diagnosis away from the page and keeps observing', async () => {
    const clock = manualTiming();
    const onChange = vi.fn(() => {
      throw new Error('boom');
    });
    stop = observeChanges(document, clock.timing, onChange);
    document.body.append(document.createElement('p'));
    await flushMutations();
    expect(() => clock.frame()).not.toThrow();
    document.body.append(document.createElement('p'));
    await flushMutations();
    clock.frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
