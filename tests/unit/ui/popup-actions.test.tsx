// The popup's one-click actions: clearing a store's cookies (message, result, reload) and copying
// the report (clipboard, fallback), plus the general help's store choice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REASON_KEPT } from '../../../src/background/clear-reasons';
import { ruleFor } from '../../../src/detect/causes';
import type { Diagnosis } from '../../../src/detect/types';
import { translator } from '../../translations';
import { MARKETPLACES, storeUrl, marketplaceById } from '../../../src/marketplaces';
import type { TabState } from '../../../src/messages';
import { Popup } from '../../../popup/app';
import { click, mount, stubBackground, text, waitFor, type Mounted, type StubBackground } from './helpers';

const en = translator('en');
const UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36';

function stateFor(diagnosis: Diagnosis | null, tabId = 7, marketplace = diagnosis?.marketplace ?? null): TabState {
  return { tabId, diagnosis, marketplace, time: Date.UTC(2025, 4, 6, 1, 2, 3) };
}
const wrongPassword: Diagnosis = {
  cause: 'wrong-password',
  step: 'password',
  marketplace: 'jp',
  alert: { heading: 'There was a problem', text: 'Your password is incorrect for someone@example.com' },
  hints: ['input'],
};

let view: Mounted | undefined;
let stub: StubBackground;
const writeText = vi.fn<(s: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(navigator, 'userAgent', { value: UA, configurable: true });
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function open(state: TabState | null, search = '?tabId=7', uiLanguage?: string) {
  stub = stubBackground(state, uiLanguage ? { uiLanguage } : {});
  view = mount(<Popup search={search} />);
  return waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'));
}
const clearButton = (app: Element) => app.querySelector<HTMLButtonElement>('button[data-action="clear-cookies"]')!;

describe('clear cookies', () => {
  it('says beforehand what it does, then one click clears this store and reports "removed N, 0 left"', async () => {
    const app = await open(stateFor(wrongPassword));
    const button = clearButton(app);
    const effect = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(text(effect)).toBe(en('popupClearEffect', 'amazon.co.jp'));
    await click(button);
    expect(stub.messages).toContainEqual({ type: 'ui-bg-clear-cookies', marketplace: 'jp', tabId: 7 });
    expect(text(app.querySelector('.clear [role="status"]'))).toContain(en('popupClearDone', ['5', '0']));
  });

  it('lists what remained and why, and the errors', async () => {
    const app = await open(stateFor(wrongPassword));
    stub.clearResult = {
      removed: 3,
      remaining: 2,
      remainingCookies: [
        { name: 'session-id', domain: '.amazon.co.jp', reason: REASON_KEPT },
        { name: 'ubid-acbjp', domain: '.amazon.co.jp', reason: 'removal failed: Invalid cookie store id' },
      ],
      errors: ['cookies.remove failed: session-id'],
      siteData: 'not-permitted',
    };
    await click(clearButton(app));
    const status = text(app.querySelector('.clear [role="status"]'));
    expect(status).toContain(en('popupClearPartly', ['3', '2']));
    expect(status).toContain(`session-id (.amazon.co.jp): ${en('clearReasonKept')}`);
    expect(status).toContain(`ubid-acbjp (.amazon.co.jp): ${en('clearReasonFailed', 'Invalid cookie store id')}`);
    expect(status).toContain('cookies.remove failed: session-id');
    expect(status).toContain(en('popupSiteDataNotPermitted'));
  });

  it('reports a failure when the background does not answer', async () => {
    const app = await open(stateFor(wrongPassword));
    stub.clearResult = () => {
      throw new Error('no receiver');
    };
    await click(clearButton(app));
    expect(text(app.querySelector('.clear [role="status"]'))).toContain(en('popupClearFailed'));
    expect(app.querySelector('[data-action="reload-tab"]')).toBeNull();
  });

  it('offers to reload the sign-in page afterwards', async () => {
    const app = await open(stateFor(wrongPassword));
    expect(app.querySelector('[data-action="reload-tab"]')).toBeNull();
    await click(clearButton(app));
    await click(app.querySelector('[data-action="reload-tab"]'));
    expect(stub.messages).toContainEqual({ type: 'ui-bg-reload-tab', tabId: 7 });
    expect(text(app.querySelector('.clear [role="status"]'))).toContain(en('popupReloaded'));
  });
});

describe('copy a report', () => {
  it('copies cause, store, step, browser and time, and nothing typed or shown by Amazon', async () => {
    const app = await open(stateFor(wrongPassword));
    await click(app.querySelector('[data-action="copy-report"]'));
    expect(writeText).toHaveBeenCalledTimes(1);
    const report = writeText.mock.calls[0]![0];
    expect(report).toContain(`${en(ruleFor('wrong-password').guidance.headline)} (wrong-password)`);
    expect(report).toContain('amazon.co.jp');
    expect(report).toContain('(password)');
    expect(report).toContain('Chrome 131 (Android)');
    expect(report).toContain('2025-05-06T01:02:03.000Z');
    expect(report).not.toContain('example.com');
    expect(report).not.toContain('There was a problem');
    expect(report).not.toMatch(/@/);
    expect(text(app.querySelector('.report [role="status"]'))).toBe(en('popupReportCopied'));
  });

  it('shows the text selected for copying by hand when the clipboard is refused', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const app = await open(stateFor(wrongPassword));
    await click(app.querySelector('[data-action="copy-report"]'));
    const area = await waitFor(() => app.querySelector<HTMLTextAreaElement>('textarea.report-text'));
    expect(area.value).toContain('(wrong-password)');
    expect(area.readOnly).toBe(true);
    expect(text(app.querySelector('.report [role="status"]'))).toBe(en('popupReportManual'));
  });
});

describe('general help', () => {
  it("offers every store, defaulting to the tab's store, with its account links", async () => {
    const app = await open(stateFor(null, 4, 'de'), '?tabId=4');
    const select = app.querySelector<HTMLSelectElement>('select#store')!;
    expect(select.options).toHaveLength(MARKETPLACES.length);
    expect(select.value).toBe('de');
    const de = marketplaceById('de');
    for (const link of ['forgot-password', 'login-security', 'two-step-settings', 'contact-us'] as const) {
      expect(app.querySelector<HTMLAnchorElement>(`a[data-link="${link}"]`)!.href).toBe(storeUrl(de, link));
    }
  });

  it("defaults to the first store in the browser's language (ja → amazon.co.jp, pt-BR → amazon.com.br), else amazon.com", async () => {
    for (const [uiLanguage, store] of [
      ['ja', 'jp'],
      ['fr-FR', 'fr'],
      ['pt-BR', 'br'],
      ['sv-SE', 'se'],
      ['ko-KR', 'us'],
    ] as const) {
      const app = await open(null, '?tabId=9', uiLanguage);
      expect(app.querySelector<HTMLSelectElement>('select#store')!.value, uiLanguage).toBe(store);
      view!.unmount();
    }
  });

  it('clears the chosen store and offers a reload only when the tab shows that store', async () => {
    const app = await open(stateFor(null, 4, 'jp'), '?tabId=4');
    const select = app.querySelector<HTMLSelectElement>('select#store')!;
    select.value = 'uk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => text(clearButton(app)) === en('popupClearButton', 'amazon.co.uk'));
    await click(clearButton(app));
    expect(stub.messages).toContainEqual({ type: 'ui-bg-clear-cookies', marketplace: 'uk', tabId: 4 });
    expect(app.querySelector('[data-action="reload-tab"]')).toBeNull();
  });

  it('has the reset steps, the store note, another device, keyboard traps, per-browser clearing and the hijack checklist', async () => {
    const app = await open(null);
    const all = text(app);
    for (const key of [
      'helpResetStep1',
      'helpResetStep7',
      'helpStoresBody',
      'helpDeviceBody',
      'helpHijack1',
      'helpHijack2',
      'helpHijack3',
      'helpHijack4',
      'helpHijack5',
      'helpKeyboardPaste',
      'helpCacheSafari2',
      'helpCacheChrome3',
    ]) {
      expect(all).toContain(en(key));
    }
    expect([...app.querySelectorAll('details[data-browser]')].map((d) => d.getAttribute('data-browser'))).toEqual([
      'safari-iphone',
      'chrome-android',
      'firefox-android',
      'desktop',
    ]);
    const headings = [...app.querySelectorAll('h1, h2')].map((h) => h.tagName);
    expect(headings[0]).toBe('H1');
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
  });
});
