// The popup against a stubbed background: the data-cause contract, both languages, the cause view.
// Strings are compared with the real _locales tables through translator().
import { afterEach, describe, expect, it } from 'vitest';
import { GUIDANCE } from '../../../src/guidance';
import type { CauseId, Diagnosis } from '../../../src/detect/types';
import { translator } from '../../translations';
import type { TabState } from '../../../src/messages';
import { saveSettings } from '../../../src/settings';
import { Popup } from '../../../popup/app';
import { flush, mount, stubBackground, text, waitFor, type Mounted } from './helpers';

const en = translator('en');
const ja = translator('ja');

function stateFor(cause: CauseId | null, extra: Partial<Diagnosis> = {}, tabId = 7): TabState {
  const diagnosis: Diagnosis = { cause, step: 'password', marketplace: 'jp', alert: null, hints: [], ...extra };
  return { tabId, diagnosis, marketplace: diagnosis.marketplace, time: Date.UTC(2025, 4, 6, 1, 2, 3) };
}

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  document.documentElement.removeAttribute('lang');
});

interface OpenOptions {
  search?: string;
  uiLanguage?: string;
  language?: 'auto' | 'ja' | 'en';
}

async function open(state: TabState | null, { search = '?tabId=7', uiLanguage, language }: OpenOptions = {}) {
  const stub = stubBackground(state, uiLanguage ? { uiLanguage } : {});
  if (language) await saveSettings({ language });
  view = mount(<Popup search={search} />);
  const app = await waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'), 'data-cause');
  return { stub, app };
}

describe('popup: data-cause contract', () => {
  it('claims no cause before the state is loaded, then carries the cause id on #app', async () => {
    stubBackground(stateFor('wrong-password'));
    view = mount(<Popup search="?tabId=7" />);
    expect(view.root.querySelector('[data-cause]')).toBeNull();
    const app = await waitFor(() => view!.root.querySelector<HTMLElement>('[data-cause]'));
    expect(app.id).toBe('app');
    expect(app.dataset.cause).toBe('wrong-password');
    expect(view.root.querySelectorAll('[data-cause]')).toHaveLength(1);
  });

  it('says "none" for a tab without a diagnosis and shows the general help', async () => {
    const { app, stub } = await open(null, { search: '?tabId=12' });
    expect(app.dataset.cause).toBe('none');
    expect(stub.messages[0]).toEqual({ type: 'ui-bg-get-tab', tabId: 12 });
    expect(text(app.querySelector('h1'))).toBe(en('popupHelpTitle'));
  });

  it('says "none" on a sign-in page that shows no problem', async () => {
    const { app } = await open(stateFor(null));
    expect(app.dataset.cause).toBe('none');
    expect(text(app)).toContain(en('popupHelpNoProblem'));
  });

  it('says "none" when the background cannot be reached', async () => {
    const stub = stubBackground(null);
    (stub.fake.browser.runtime as { sendMessage: unknown }).sendMessage = () =>
      Promise.reject(new Error('no receiver'));
    view = mount(<Popup search="?tabId=3" />);
    const app = await waitFor(() => view!.root.querySelector<HTMLElement>('[data-cause]'));
    expect(app.dataset.cause).toBe('none');
  });

  it('asks about the active tab when opened from the toolbar without ?tabId', async () => {
    const stub = stubBackground(null);
    stub.fake.addTab({ url: 'https://example.org/' });
    const tab = stub.fake.addTab({ url: 'https://www.amazon.com/ap/signin', active: true });
    view = mount(<Popup search="" />);
    await waitFor(() => view!.root.querySelector('[data-cause]'));
    expect(stub.messages[0]).toEqual({ type: 'ui-bg-get-tab', tabId: tab.id });
  });

  it('ignores a malformed diagnosis from the background', async () => {
    const state = {
      ...stateFor('wrong-password'),
      diagnosis: { cause: 'made-up', step: 'password', marketplace: 'jp', alert: null, hints: [] },
    };
    const { app } = await open(state as unknown as TabState);
    expect(app.dataset.cause).toBe('none');
  });
});

describe('popup: language', () => {
  it('renders English from the English table', async () => {
    const { app } = await open(stateFor('wrong-password'), { language: 'en', uiLanguage: 'ja' });
    expect(app.getAttribute('lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(text(app.querySelector('h1'))).toBe(en(GUIDANCE['wrong-password'].headline));
    expect(text(app)).toContain(en('popupWhyTitle'));
    expect(text(app)).not.toContain(ja('popupWhyTitle'));
  });

  it('renders Japanese from the Japanese table when chosen in the options', async () => {
    const { app } = await open(stateFor('wrong-password'), { language: 'ja' });
    expect(app.getAttribute('lang')).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
    const headline = GUIDANCE['wrong-password'].headline;
    expect(text(app.querySelector('h1'))).toBe(ja(headline));
    expect(ja(headline)).not.toBe(en(headline));
    expect(ja(headline)).not.toBe(headline);
    expect(text(app)).toContain(ja('popupWhyTitle'));
    expect(text(app)).not.toContain(en('popupWhyTitle'));
  });

  it('follows the browser language on "auto" and switches as soon as the setting changes', async () => {
    const { app } = await open(stateFor('captcha'), { uiLanguage: 'ja-JP' });
    expect(app.getAttribute('lang')).toBe('ja');
    expect(text(app)).toContain(ja('popupFixTitle'));
    await saveSettings({ language: 'en' });
    // Once the English table is read: no reopening.
    await waitFor(() => app.getAttribute('lang') === 'en', 'the English table');
    expect(text(app)).toContain(en('popupFixTitle'));
  });
});

describe('popup: a detected cause', () => {
  it('shows why, the steps as a numbered list, and links that open the right store page', async () => {
    const { app } = await open(stateFor('wrong-password'));
    const guidance = GUIDANCE['wrong-password'];
    expect(text(app)).toContain(en(guidance.why, ['amazon.co.jp', 'amazon.com']));
    const steps = [...app.querySelectorAll('ol.steps > li')].map((li) => text(li));
    expect(steps).toEqual(guidance.steps.map((k) => en(k, ['amazon.co.jp', 'amazon.com'])));
    const reset = app.querySelector<HTMLAnchorElement>('a[data-action="forgot-password"]')!;
    expect(reset.href).toBe('https://www.amazon.co.jp/ap/forgotpassword?openid.assoc_handle=jpflex');
    expect(reset.target).toBe('_blank');
    expect(reset.rel).toContain('noopener');
    // Clearing and copying are offered once each, in their own sections.
    expect(app.querySelectorAll('[data-action="clear-cookies"]')).toHaveLength(1);
    expect(app.querySelectorAll('[data-action="copy-report"]')).toHaveLength(1);
  });

  it("shows Amazon's words as text in a labelled quote, never as markup", async () => {
    const alert = { heading: 'There was a problem', text: 'Your password is incorrect <img src=x onerror=alert(1)>' };
    const { app } = await open(stateFor('wrong-password', { alert }));
    const figure = app.querySelector('figure.amazon-says')!;
    expect(text(figure.querySelector('figcaption'))).toBe(en('popupAmazonSays'));
    expect(text(figure.querySelector('blockquote'))).toContain('There was a problem');
    expect(figure.querySelector('blockquote')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(figure.querySelector('img')).toBeNull();
  });

  it('shows the store and, for account-not-found, the sister store with one link to its sign-in', async () => {
    const { app } = await open(
      stateFor('account-not-found', { step: 'email', hints: ['marketplace', 'sister-store'] }),
    );
    expect(text(app.querySelector('[data-hint="marketplace"]'))).toContain(en('popupHintStore', 'amazon.co.jp'));
    expect(app.querySelector('[data-hint="sister-store"]')).not.toBeNull();
    const links = app.querySelectorAll<HTMLAnchorElement>('a[data-action="sister-sign-in"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe('https://www.amazon.com/gp/sign-in.html');
  });

  it('links the sister store from the hint when the cause has no such button', async () => {
    const { app } = await open(stateFor('wrong-password', { marketplace: 'us', hints: ['sister-store'] }));
    const link = app.querySelector<HTMLAnchorElement>('[data-hint="sister-store"] a[data-action="sister-sign-in"]')!;
    expect(link.href).toBe('https://www.amazon.co.jp/gp/sign-in.html');
    expect(text(link)).toBe(en('popupSisterSignIn', 'amazon.co.jp'));
  });

  it('shows exactly the hints of the diagnosis, which the detector narrowed to this store and page', async () => {
    const { app } = await open(stateFor('identifier-invalid', { marketplace: 'us', hints: ['input'] }));
    expect(app.querySelector('[data-hint="input"]')).not.toBeNull();
    // identifier-invalid lists carrier mail, but not for an amazon.com page that shows no such address.
    expect(app.querySelector('[data-hint="carrier-mail"]')).toBeNull();
    expect(app.querySelector('[data-hint="marketplace"]')).toBeNull();
  });

  it('reaches the general help from a diagnosis and back, keeping data-cause', async () => {
    const { app } = await open(stateFor('captcha'));
    app.querySelector<HTMLButtonElement>('[data-view="general-help"]')!.click();
    await flush();
    expect(app.querySelector('select#store')).not.toBeNull();
    expect(app.dataset.cause).toBe('captcha');
    app.querySelector<HTMLButtonElement>('[data-view="cause"]')!.click();
    await flush();
    expect(text(app.querySelector('h1'))).toBe(en(GUIDANCE.captcha.headline));
  });

  it('adds the hijack checklist to an approval request', async () => {
    const approval = await open(stateFor('approval-required', { step: 'approval' }));
    expect(text(approval.app)).toContain(en('helpHijack1'));
    view!.unmount();
    const captcha = await open(stateFor('captcha', { step: 'captcha' }));
    expect(text(captcha.app)).not.toContain(en('helpHijack1'));
  });

  it('opens the options page', async () => {
    const { app, stub } = await open(stateFor('captcha'));
    const button = [...app.querySelectorAll('button')].find((b) => text(b) === en('popupOpenOptions'))!;
    button.click();
    await flush();
    expect(stub.fake.calls.optionsOpened).toBe(1);
  });
});
