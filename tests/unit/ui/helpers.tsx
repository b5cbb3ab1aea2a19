// Shared by the popup and options tests: mount a preact tree into jsdom, wait for async effects, and
// stand in for the background with a stub that records what the pages send.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll } from 'vitest';
import type { ClearResult, SignedInState, TabState } from '../../../src/messages';
import { installFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../fake-browser';

// preact/hooks runs effects after paint: requestAnimationFrame raced by a 100 ms timer that calls
// cancelAnimationFrame. jsdom's window must outlive that timer, or a file's teardown can beat it
// ("cancelAnimationFrame is not defined", seen on a loaded machine).
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

export interface Mounted {
  root: HTMLElement;
  unmount: () => void;
}

export function mount(tree: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(tree, root);
  });
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Lets pending promises and preact updates run. */
export async function flush(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** Polls until `check` returns a value (not null/undefined/false), flushing between tries. */
export async function waitFor<T>(check: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = check();
    if (value !== null && value !== undefined && value !== false) return value;
    await flush(1);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}

export interface StubBackground {
  fake: FakeBrowser;
  messages: Array<Record<string, unknown>>;
  /** Next answer to ui-bg-clear-cookies; a function may throw to simulate a failure. */
  clearResult: ClearResult | (() => never);
  /** Answer to ui-bg-signed-in; null: no answer (as when the background can't tell). */
  signedIn: SignedInState | null;
  /** The tab state ui-bg-get-tab answers with (for its tabId); a test may change it meanwhile. */
  state: TabState | null;
}

export const CLEAN: ClearResult = { removed: 5, remaining: 0, remainingCookies: [], errors: [], siteData: 'off' };

/** A fake browser whose background answers the popup's messages from the given tab state. */
export function stubBackground(state: TabState | null, options: FakeBrowserOptions = {}): StubBackground {
  const fake = installFakeBrowser(options);
  const stub: StubBackground = { fake, messages: [], clearResult: CLEAN, signedIn: null, state };
  fake.browser.runtime.onMessage.addListener(((message: Record<string, unknown>) => {
    stub.messages.push(message);
    switch (message.type) {
      case 'ui-bg-get-tab':
        return Promise.resolve(
          stub.state && message.tabId === stub.state.tabId
            ? stub.state
            : { tabId: message.tabId, diagnosis: null, marketplace: null, time: null },
        );
      case 'ui-bg-clear-cookies':
        return Promise.resolve().then(() =>
          typeof stub.clearResult === 'function' ? stub.clearResult() : stub.clearResult,
        );
      case 'ui-bg-reload-tab':
        return Promise.resolve(true);
      case 'ui-bg-signed-in':
        return Promise.resolve(stub.signedIn ?? undefined);
      default:
        return undefined;
    }
  }) as never);
  return stub;
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
