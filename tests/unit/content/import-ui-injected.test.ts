// The Safari build's way to rules-and-ui.js (content-scripts/import-ui-injected.ts), end to end with
// the background's real handlers on the fake browser: content.js asks, the background injects the file
// into the asking frame, the file hands its module over in the shared world, content.js takes it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importUi } from '../../../content-scripts/import-ui-injected';
import * as uiModule from '../../../content-scripts/rules-and-ui';
import { handOver, takeOver } from '../../../content-scripts/rules-and-ui-handoff';
import { uiLoader } from '../../../content-scripts/ui-loader';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { JP_SIGNIN, settle, startBackground } from '../background/helpers';

let fake: FakeBrowser;

/** content.js on a tab at `url`: its messages reach the background with that tab as the sender. */
async function contentScriptOn(url: string) {
  fake = createFakeBrowser({ profile: 'safari' });
  await startBackground(fake);
  await settle();
  const tab = fake.addTab({ url });
  vi.stubGlobal('browser', {
    runtime: { id: fake.browser.runtime.id, sendMessage: (m: unknown) => fake.sendFromContentScript(tab.id, m) },
    storage: fake.browser.storage,
  });
  // What running rules-and-ui.js in the frame does (content-scripts/rules-and-ui-injected.ts).
  fake.onInject = (_tabId, files) => {
    if (files.includes('rules-and-ui.js')) handOver(uiModule);
  };
}

beforeEach(() => void takeOver());
afterEach(() => vi.unstubAllGlobals());

describe('import-ui-injected: rules-and-ui.js by scripting.executeScript', () => {
  it('asks once, gets the module the injected file handed over, and leaves nothing in the world', async () => {
    await contentScriptOn(JP_SIGNIN);
    const ui = uiLoader(importUi);
    expect(await ui.load()).toBe(uiModule);
    expect(ui.get()).toBe(uiModule);
    expect(fake.calls.injected.filter((c) => c.files.includes('rules-and-ui.js'))).toHaveLength(1);
    expect(takeOver()).toBeUndefined();
  });

  it('refused (not a sign-in page): no module, and a copy left by an earlier version is not taken', async () => {
    await contentScriptOn('https://www.amazon.co.jp/dp/B000000000');
    handOver({ stale: true });
    await expect(importUi()).rejects.toThrow('not injected');
    expect(await uiLoader(importUi).load()).toBeNull();
    expect(takeOver()).toBeUndefined();
  });
});
