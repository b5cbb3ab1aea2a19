import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { startApp, type AppOptions } from '../../../content-scripts/app';
import { CAUSE_ATTRIBUTE } from '../../../content-scripts/banner-host';
import { claimPage } from '../../../content-scripts/instance';
import type { ContentApi } from '../../../content-scripts/runtime';
import type { ContentSettings } from '../../../src/messages';
import { installFakeBrowser, type FakeBrowser } from '../fake-browser';
import {
  buttonByText,
  captureShadowRoots,
  dispatchTrusted,
  flushMutations,
  manualTiming,
  sourceUi,
  trustedClick,
  untrustedClick,
} from './helpers';
import { CLAIM_PAGE, CLAIM_URL, passwordPage, SIGNIN_URL } from './pages';

const TEXTS: Record<string, string> = {
  extShortName: 'Sign-in Helper',
  bannerProblemFound: 'A problem was found.',
  bannerAmazonSays: 'Amazon says:',
  bannerMore: 'More',
  bannerDismiss: 'Hide',
  bannerClearNote: 'This signs you out.',
  bannerClearing: 'Clearing…',
  bannerClearedRemoved: 'Removed:',
  bannerClearedLeft: 'Left:',
  bannerClearFailed: 'Could not clear.',
  bannerReload: 'Reload page',
  inputHintTypo: 'Did you mean:',
  identifierInvalidHeadline: 'Check the address.',
  actionSignIn: 'Back to sign-in',
  wrongPasswordHeadline: 'The password was not accepted.',
  actionForgotPassword: 'Reset the password',
  cookiesDisabledHeadline: 'Cookies are off.',
  actionClearCookies: 'Clear cookies',
};

interface Harness {
  fake: FakeBrowser;
  messages: Array<Record<string, unknown>>;
  reply: ContentSettings;
  /** While set, the answer to a report waits for it (a background slow to answer). */
  replyGate: Promise<void> | null;
  clearReply: unknown;
  clock: ReturnType<typeof manualTiming>;
  ui: ReturnType<typeof sourceUi>;
  options: AppOptions & { navigate: Mock<(url: string) => void>; reload: Mock<() => void> };
  roots: Map<Element, ShadowRoot>;
}

let h: Harness;
let app: ReturnType<typeof startApp> | null = null;

function setup(html: string, url: string, cookiesEnabled = true): Harness {
  document.body.innerHTML = html;
  const fake = installFakeBrowser();
  // The content script reads the native namespace (content-scripts/runtime.ts), as in Firefox.
  vi.stubGlobal('browser', fake.browser);
  const clock = manualTiming();
  const ui = sourceUi();
  const harness: Harness = {
    fake,
    messages: [],
    reply: { banner: true, inputHints: true, language: 'en', texts: TEXTS },
    replyGate: null,
    clearReply: { removed: 3, remaining: 0, remainingCookies: [], errors: [], siteData: 'off' },
    clock,
    ui,
    options: {
      doc: document,
      href: () => url,
      cookiesEnabled: () => cookiesEnabled,
      timing: clock.timing,
      navigate: vi.fn<(url: string) => void>(),
      reload: vi.fn<() => void>(),
      ui: ui.loader,
      whenIdle: clock.whenIdle,
    },
    roots: captureShadowRoots(),
  };
  fake.browser.runtime.onMessage.addListener(((message: Record<string, unknown>) => {
    harness.messages.push(message);
    if (message.type === 'cs-bg-diagnosis') return (harness.replyGate ?? Promise.resolve()).then(() => harness.reply);
    if (message.type === 'cs-bg-clear-cookies') return Promise.resolve(harness.clearReply);
    return Promise.resolve(undefined);
  }) as never);
  return harness;
}

async function start(): Promise<void> {
  app = startApp(h.options);
  await flushMutations(); // the background's reply
}

/** One animation frame after the page changed, then the reply. */
async function nextFrame(): Promise<void> {
  await flushMutations();
  h.clock.frame();
  await flushMutations();
}

const host = () => document.querySelector(`[${CAUSE_ATTRIBUTE}]`);
const inside = () => h.roots.get(host()!)!;
const diagnoses = () =>
  h.messages.filter((m) => m.type === 'cs-bg-diagnosis').map((m) => m.diagnosis as { cause: string | null });

afterEach(() => {
  app?.dispose();
  app = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('content script on a claim page', () => {
  beforeEach(() => {
    h = setup(CLAIM_PAGE, CLAIM_URL);
  });

  it('reports the clean page once and shows no banner', async () => {
    await start();
    expect(diagnoses()).toEqual([expect.objectContaining({ cause: null, step: 'claim', marketplace: 'jp' })]);
    expect(host()).toBeNull();
  });

  it('sends the page structure with a diagnosis that names a cause, and none with a clean one', async () => {
    await start();
    (document.querySelector('#ap_email_login') as HTMLInputElement).value = 'typed-canary@example.org';
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await nextFrame();
    const sent = h.messages.filter((m) => m.type === 'cs-bg-diagnosis');
    expect(sent.map((m) => m.structure === null)).toEqual([true, false]);
    const structure = sent[1]!.structure as { cause: string; alerts: { id: string }[] };
    expect(structure.cause).toBe('identifier-invalid');
    expect(structure.alerts.map((a) => a.id)).toContain('invalid-email-alert');
    expect(JSON.stringify(sent)).not.toContain('typed-canary');
  });

  it('notices an alert Amazon shows without navigating, reports it once, and shows the banner', async () => {
    await start();
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await nextFrame();
    expect(diagnoses().map((d) => d.cause)).toEqual([null, 'identifier-invalid']);
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('identifier-invalid');
    expect(document.body.lastElementChild).toBe(host());
    expect(inside().textContent).toContain('Check the address.');

    // More changes that leave the diagnosis as it is: nothing new is sent.
    for (let i = 0; i < 5; i++) document.getElementById('a-page')!.append(document.createElement('span'));
    await nextFrame();
    expect(diagnoses()).toHaveLength(2);

    // The alert goes away again: reported, and the banner is gone from the DOM.
    document.getElementById('invalid-email-alert')!.classList.add('aok-hidden');
    await nextFrame();
    expect(diagnoses().map((d) => d.cause)).toEqual([null, 'identifier-invalid', null]);
    expect(host()).toBeNull();
  });

  it('asks where this browser is signed in together with the report, not after its answer', async () => {
    let answer = () => {};
    h.replyGate = new Promise((resolve) => (answer = resolve));
    await start();
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await nextFrame();
    expect(h.messages.map((m) => m.type)).toEqual(['cs-bg-diagnosis', 'cs-bg-diagnosis', 'cs-bg-signed-in']);
    expect(h.messages[2]).toEqual({ type: 'cs-bg-signed-in', cause: 'identifier-invalid' });
    expect(host()).toBeNull(); // the banner waits for the report's answer (its texts)
    answer();
    await flushMutations();
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('identifier-invalid');
  });

  it('shows no banner when the banner is switched off, but still reports', async () => {
    h.reply = { ...h.reply, banner: false };
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await start();
    expect(diagnoses().map((d) => d.cause)).toEqual(['identifier-invalid']);
    expect(host()).toBeNull();
  });

  it('sends what the detector found, never what was typed', async () => {
    await start();
    const field = document.getElementById('ap_email_login') as HTMLInputElement;
    field.value = 'secret.person@gmial.com';
    dispatchTrusted(field, new InputEvent('input', { bubbles: true }));
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await nextFrame();
    expect(h.messages.length).toBeGreaterThan(1);
    expect(JSON.stringify(h.messages)).not.toContain('secret.person');
    // The input hint is shown meanwhile (from the texts in the reply).
    const hint = field.nextElementSibling!;
    expect(hint.localName).toBe('signin-helper-hint');
    expect(h.roots.get(hint)!.textContent).toContain('Did you mean: @gmail.com');
  });

  it('keeps working silently when the extension is gone (sendMessage rejects)', async () => {
    h.fake.browser.runtime.sendMessage = (() => Promise.reject(new Error('Extension context invalidated.'))) as never;
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await expect(start()).resolves.toBeUndefined();
    expect(host()).toBeNull(); // no settings, no texts: nothing to show
  });

  it('asks again when the options change, and follows the new switches', async () => {
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await start();
    expect(host()).not.toBeNull();
    h.reply = { ...h.reply, banner: false };
    await h.fake.browser.storage.sync.set({ settings: { banner: false } });
    await flushMutations();
    expect(diagnoses()).toHaveLength(2);
    expect(host()).toBeNull();
  });
});

describe('banner actions', () => {
  it('dismisses for this cause only: the same cause stays hidden, another shows again', async () => {
    h = setup(passwordPage('Your password is incorrect'), SIGNIN_URL);
    await start();
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('wrong-password');
    untrustedClick(buttonByText(inside(), 'Hide'));
    expect(host()).not.toBeNull();
    trustedClick(buttonByText(inside(), 'Hide'));
    expect(host()).toBeNull();

    // Amazon re-renders the same error: still dismissed.
    document.querySelector('.a-list-item')!.textContent = 'Your password is incorrect';
    await nextFrame();
    expect(host()).toBeNull();

    // A different problem appears: the banner is back.
    document.body.innerHTML = CLAIM_PAGE;
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await nextFrame();
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('identifier-invalid');
  });

  it('opens the fix on this store in the same tab, only for a real click', async () => {
    h = setup(passwordPage('Your password is incorrect'), SIGNIN_URL);
    await start();
    const primary = buttonByText(inside(), 'Reset the password');
    untrustedClick(primary);
    expect(h.options.navigate).not.toHaveBeenCalled();
    trustedClick(primary);
    expect(h.options.navigate).toHaveBeenCalledWith(
      'https://www.amazon.co.jp/ap/forgotpassword?openid.assoc_handle=jpflex',
    );
  });

  it('"More" asks the background to open the popup', async () => {
    h = setup(passwordPage('Your password is incorrect'), SIGNIN_URL);
    await start();
    trustedClick(buttonByText(inside(), 'More'));
    await flushMutations();
    expect(h.messages.at(-1)).toEqual({ type: 'cs-bg-open-popup' });
  });

  it('clears cookies, reports "removed N, M left", and offers a reload', async () => {
    // An error no rule knows: clearing this store's cookies is the general first fix.
    h = setup(passwordPage('Something went wrong on our side'), SIGNIN_URL);
    await start();
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('unknown-error');
    expect(inside().textContent).toContain('This signs you out.');
    untrustedClick(buttonByText(inside(), 'Clear cookies'));
    await flushMutations();
    expect(h.messages.some((m) => m.type === 'cs-bg-clear-cookies')).toBe(false);
    trustedClick(buttonByText(inside(), 'Clear cookies'));
    await flushMutations();
    expect(h.messages.filter((m) => m.type === 'cs-bg-clear-cookies')).toHaveLength(1);
    expect(inside().textContent).toContain('Removed: 3 · Left: 0');
    trustedClick(buttonByText(inside(), 'Reload page'));
    expect(h.options.reload).toHaveBeenCalledTimes(1);
  });

  it('says so when clearing fails', async () => {
    h = setup(passwordPage('Something went wrong on our side'), SIGNIN_URL);
    h.clearReply = undefined;
    await start();
    trustedClick(buttonByText(inside(), 'Clear cookies'));
    await flushMutations();
    expect(inside().textContent).toContain('Could not clear.');
  });

  it('stops on pagehide and starts afresh when the page comes back from the back/forward cache', async () => {
    h = setup(passwordPage('Your password is incorrect'), SIGNIN_URL);
    await start();
    trustedClick(buttonByText(inside(), 'Hide'));
    expect(host()).toBeNull();
    app!.end();
    document.body.innerHTML = CLAIM_PAGE;
    await flushMutations();
    expect(h.clock.pendingFrames()).toBe(0);
    const sent = diagnoses().length;
    document.body.innerHTML = passwordPage('Your password is incorrect');
    app!.begin();
    await flushMutations();
    // Restored page: told to the background again, and the earlier dismissal no longer holds.
    expect(diagnoses()).toHaveLength(sent + 1);
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('wrong-password');
  });

  it('shows Amazon words as text even when they look like markup', async () => {
    h = setup(passwordPage('Your password is incorrect <img src=x onerror=alert(1)>'), SIGNIN_URL);
    await start();
    expect(inside().querySelector('img')).toBeNull();
    expect(inside().textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('after an update: the previous copy, cut off from its extension', () => {
  /** Starts the app as content.js does, with its claim on the page; returns how to cut it off. */
  async function startClaimed() {
    h = setup(passwordPage('Your password is incorrect'), SIGNIN_URL);
    const runtime = h.fake.browser.runtime as unknown as { id?: string };
    const instance = claimPage(window, h.fake.browser as unknown as ContentApi);
    if (!instance) throw new Error('the page was claimed already');
    h.options.instance = instance;
    await start();
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('wrong-password');
    return { instance, cutOff: () => delete runtime.id };
  }

  it('takes its banner, observer and listeners down on its next look at the page', async () => {
    const { instance, cutOff } = await startClaimed();
    expect(h.fake.events.storageChanged.hasListeners()).toBe(true);
    cutOff();
    const sent = h.messages.length;
    document.querySelector('.a-list-item')!.append(' ');
    await nextFrame();
    expect(host()).toBeNull();
    expect(instance.signal.aborted).toBe(true);
    expect(h.fake.events.storageChanged.hasListeners()).toBe(false);
    // Nothing more is sent, and later changes find no observer.
    document.querySelector('.a-list-item')!.append(' ');
    await nextFrame();
    expect(h.messages).toHaveLength(sent);
    expect(h.clock.pendingFrames()).toBe(0);
  });

  it('a click on its button does nothing but take the dead banner away (no throw, no navigation)', async () => {
    const { cutOff } = await startClaimed();
    const primary = buttonByText(inside(), 'Reset the password');
    const more = buttonByText(inside(), 'More');
    cutOff();
    const sent = h.messages.length;
    expect(() => trustedClick(primary)).not.toThrow();
    expect(h.options.navigate).not.toHaveBeenCalled();
    expect(host()).toBeNull();
    trustedClick(more);
    await flushMutations();
    expect(h.messages).toHaveLength(sent);
  });

  it('a send that fails because the extension went away meanwhile ends it too', async () => {
    const { instance, cutOff } = await startClaimed();
    const pending: ((error: Error) => void)[] = [];
    h.fake.browser.runtime.sendMessage = (() => new Promise((_, reject) => pending.push(reject))) as never;
    document.querySelector('.a-list-item')!.textContent = 'Your password is incorrect.';
    await nextFrame();
    expect(instance.signal.aborted).toBe(false);
    expect(pending.length).toBeGreaterThan(0);
    cutOff();
    for (const fail of pending) fail(new Error('Extension context invalidated.'));
    await flushMutations();
    expect(instance.signal.aborted).toBe(true);
    expect(host()).toBeNull();
  });
});
