// Which messages the background acts on: parseMessage's shapes AND a sender that fits the route.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ALERT_CHARS } from '../../../src/messages';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { diagnosisMessage, JP_SIGNIN, settle, startBackground, tabStateCount } from './helpers';

let fake: FakeBrowser;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fake = createFakeBrowser();
  await startBackground(fake);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** Nothing the background keeps changed: no tab state, no history, no badge, no tab opened. */
async function expectNothingChanged(tabId: number) {
  await settle();
  expect(tabStateCount(fake)).toBe(0);
  expect(fake.storage.local.data.size).toBe(0);
  expect(fake.badge(tabId).text).toBe('');
  expect(fake.calls.created).toEqual([]);
  expect(fake.calls.reloaded).toEqual([]);
  expect(fake.calls.popupOpens).toEqual([]);
}

function expectWarned(fragment: string) {
  expect(warn).toHaveBeenCalled();
  expect(String(warn.mock.calls.at(-1)?.[0])).toContain(fragment);
}

describe('accepted messages', () => {
  it('registers its listeners when the module loads', () => {
    expect(fake.events.runtimeMessage.hasListeners()).toBe(true);
    expect(fake.events.tabsUpdated.hasListeners()).toBe(true);
    expect(fake.events.tabsRemoved.hasListeners()).toBe(true);
  });

  it('takes a diagnosis from the top frame of an Amazon sign-in tab and stores it', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    const reply = await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    expect(reply).toMatchObject({ settings: { banner: true, inputHints: true, language: 'en' } });
    const state = await fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId: tab.id });
    expect(state).toMatchObject({
      tabId: tab.id,
      marketplace: 'jp',
      diagnosis: { cause: 'wrong-password', step: 'password' },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers ui-bg-get-tab from an extension page opened as a tab too', async () => {
    const page = fake.addTab({ url: fake.browser.runtime.getURL('popup/popup.html?tabId=9') });
    const reply = await fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId: 9 }, 'popup/popup.html?tabId=9', {
      tab: fake.tab(page.id),
    });
    expect(reply).toEqual({ tabId: 9, diagnosis: null, marketplace: null, time: null });
  });
});

describe('rejected messages change nothing', () => {
  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'cs-bg-do-something' }],
    ['unknown key', { ...diagnosisMessage('captcha'), extra: 1 }],
    ['unknown cause', diagnosisMessage('wrong-password', { cause: 'made-up' })],
    ['unknown marketplace', diagnosisMessage('captcha', { marketplace: 'zz' })],
    ['typed value smuggled in', diagnosisMessage('captcha', { email: 'someone@example.com' })],
    [
      'oversized alert text',
      diagnosisMessage('unknown-error', { alert: { heading: 'x', text: 'y'.repeat(MAX_ALERT_CHARS + 1) } }),
    ],
  ])('bad shape: %s', async (_name, message) => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await expect(fake.sendFromContentScript(tab.id, message)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNothingChanged(tab.id);
  });

  it('never logs alert text or field values', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    const secret = 'someone@example.com';
    await fake.sendFromContentScript(
      tab.id,
      diagnosisMessage('unknown-error', {
        alert: { heading: secret, text: `${secret}${'z'.repeat(MAX_ALERT_CHARS)}` },
      }),
    );
    await fake.sendFromContentScript(
      tab.id,
      diagnosisMessage('unknown-error', { alert: { heading: secret, text: secret } }),
      { id: 'other-extension' },
    );
    expect(warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(warn.mock.calls)).not.toContain(secret);
  });

  it('rejects a sender that is not this extension', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await expect(
      fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'), { id: 'another-extension-id' }),
    ).resolves.toBeUndefined();
    expectWarned('not this extension');
    await expect(
      fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId: tab.id }, 'popup/popup.html', { id: 'x' }),
    ).resolves.toBeUndefined();
    await expectNothingChanged(tab.id);
  });

  it.each([
    ['another site', 'https://example.com/ap/signin'],
    ['a look-alike host', 'https://www.amazon.co.jp.example.net/ap/signin'],
    ['plain http', 'http://www.amazon.co.jp/ap/signin'],
  ])('rejects content messages from %s', async (_name, url) => {
    const tab = fake.addTab({ url });
    await expect(fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'))).resolves.toBeUndefined();
    await expect(fake.sendFromContentScript(tab.id, { type: 'cs-bg-open-popup' })).resolves.toBeUndefined();
    expectWarned('not from an Amazon store or sign-in door page');
    await expectNothingChanged(tab.id);
  });

  it('rejects content messages from a sub-frame, even of an Amazon tab', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await expect(
      fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'), { frameId: 4 }),
    ).resolves.toBeUndefined();
    expectWarned('top frame');
    await expectNothingChanged(tab.id);
  });

  it('rejects content messages without a tab (e.g. from an extension page)', async () => {
    await expect(fake.sendFromExtensionPage(diagnosisMessage('captcha'))).resolves.toBeUndefined();
    await expect(fake.sendFromExtensionPage({ type: 'cs-bg-clear-cookies' })).resolves.toBeUndefined();
    expectWarned('not from a tab');
    expect(tabStateCount(fake)).toBe(0);
  });

  it('rejects ui messages from a content script', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'));
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    warn.mockClear();
    await expect(fake.sendFromContentScript(tab.id, { type: 'ui-bg-get-tab', tabId: tab.id })).resolves.toBeUndefined();
    await expect(
      fake.sendFromContentScript(tab.id, { type: 'ui-bg-reload-tab', tabId: tab.id }),
    ).resolves.toBeUndefined();
    await expect(
      fake.sendFromContentScript(tab.id, { type: 'ui-bg-clear-cookies', marketplace: 'jp', tabId: tab.id }),
    ).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expectWarned('not from an extension page');
    expect(fake.calls.reloaded).toEqual([]);
    expect(fake.cookieJar()).toHaveLength(1);
  });

  it("rejects ui messages from another extension's page", async () => {
    const other = 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html';
    await expect(
      fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId: 1 }, 'popup/popup.html', { url: other }),
    ).resolves.toBeUndefined();
    expectWarned('not from an extension page');
  });
});

describe('handling failures', () => {
  it('reaches the sender as a rejected promise, not as a wrong answer', async () => {
    fake.addCookie({ name: 'session-id', domain: '.amazon.co.jp' });
    // Tab 77 does not exist: its cookie store cannot be known, so nothing is cleared.
    await expect(
      fake.sendFromExtensionPage({ type: 'ui-bg-clear-cookies', marketplace: 'jp', tabId: 77 }),
    ).rejects.toThrow();
    expect(fake.cookieJar()).toHaveLength(1);
  });
});
