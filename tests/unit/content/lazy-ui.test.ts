// The cause rules and the banner and hint UI (content-ui.js) are loaded in idle time, or at once when
// the page may have a cause or on a real first event in Amazon's identifier or password field. Until
// then nothing of it is on the page; if it can't be loaded, no empty host is left behind and no
// diagnosis is claimed for a page that may have a cause.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../content-scripts/app';
import { CAUSE_ATTRIBUTE, bannerHost } from '../../../content-scripts/banner-host';
import { HINT_TAG } from '../../../content-scripts/input-hints-ui';
import { lazyHints } from '../../../content-scripts/lazy-hints';
import * as uiModule from '../../../content-scripts/content-ui';
import { uiLoader, type UiLoader, type UiModule } from '../../../content-scripts/ui-loader';
import type { BannerProps } from '../../../content-scripts/banner';
import { installFakeBrowser } from '../fake-browser';
import { captureShadowRoots, dispatchTrusted, flushMutations, manualTiming, sourceUi } from './helpers';
import { CLAIM_PAGE, CLAIM_URL } from './pages';

const TEXTS = {
  extShortName: 'Sign-in Helper',
  bannerMore: 'More',
  bannerDismiss: 'Hide',
  inputHintTypo: 'Did you mean:',
};
const HINT_TEXTS = { texts: TEXTS, language: 'en' as const };

/** A loader the test resolves (or fails) by hand. */
function deferredUi() {
  let resolve: (m: UiModule) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const importer = vi.fn(() => new Promise<UiModule>((res, rej) => ((resolve = res), (reject = rej))));
  return {
    loader: uiLoader(importer),
    importer,
    arrive: () => resolve(uiModule),
    fail: () => reject(new Error('refused')),
  };
}

const props = (over: Partial<BannerProps> = {}): BannerProps => ({
  cause: 'wrong-password',
  language: 'en',
  texts: TEXTS,
  headlineKey: 'x',
  primaryLabelKey: null,
  primaryClears: false,
  alert: null,
  clear: { state: 'idle' },
  onPrimary: vi.fn(),
  onMore: vi.fn(),
  onDismiss: vi.fn(),
  onReload: vi.fn(),
  ...over,
});
const host = () => document.querySelector(`[${CAUSE_ATTRIBUTE}]`);
let roots: Map<Element, ShadowRoot>;

beforeEach(() => {
  document.body.innerHTML = CLAIM_PAGE;
  roots = captureShadowRoots();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('banner host with a lazily loaded UI', () => {
  it('puts the host on the page only together with its content, once the UI has arrived', async () => {
    const ui = deferredUi();
    const banner = bannerHost(document, ui.loader);
    banner.show(props());
    expect(host()).toBeNull();
    ui.arrive();
    await flushMutations();
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('wrong-password');
    expect(roots.get(host()!)!.textContent).toContain('Hide');
    // Loaded: later changes render in the same task.
    banner.show(props({ cause: 'captcha' }));
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('captcha');
    expect(ui.importer).toHaveBeenCalledTimes(1);
  });

  it('shows nothing if hidden while the UI was loading, and the latest props if changed meanwhile', async () => {
    const ui = deferredUi();
    const banner = bannerHost(document, ui.loader);
    banner.show(props());
    banner.hide();
    ui.arrive();
    await flushMutations();
    expect(host()).toBeNull();
    banner.show(props({ cause: 'captcha' }));
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('captcha');
  });

  it('leaves no empty host when the UI cannot be loaded', async () => {
    const ui = deferredUi();
    bannerHost(document, ui.loader).show(props());
    ui.fail();
    await flushMutations();
    expect(host()).toBeNull();
  });
});

describe('input hints with a lazily loaded UI', () => {
  const email = () => document.getElementById('ap_email_login') as HTMLInputElement;

  it('loads nothing for forged events, other fields, or while hints are off', async () => {
    const ui = sourceUi();
    const hints = lazyHints(document, ui.loader);
    email().dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    email().dispatchEvent(new InputEvent('input', { bubbles: true }));
    dispatchTrusted(document.getElementById('continue')!, new FocusEvent('focusin', { bubbles: true }));
    hints.update(HINT_TEXTS);
    await flushMutations();
    expect(ui.imports).toBe(0);
    hints.update(null);
    dispatchTrusted(email(), new FocusEvent('focusin', { bubbles: true }));
    await flushMutations();
    expect(ui.imports).toBe(0);
    hints.dispose();
  });

  it('loads on the first real event in the field, hands it over, and the hint UI takes it from there', async () => {
    const ui = sourceUi();
    const hints = lazyHints(document, ui.loader);
    hints.update(HINT_TEXTS);
    email().value = 'taro@gmial.com';
    dispatchTrusted(email(), new FocusEvent('focusout', { bubbles: true }));
    await flushMutations();
    expect(ui.imports).toBe(1);
    expect(roots.get(email().nextElementSibling!)?.textContent).toContain('Did you mean: @gmail.com');
    email().value = 'taro@gmail.com';
    dispatchTrusted(email(), new InputEvent('input', { bubbles: true }));
    expect(document.querySelector(HINT_TAG)).toBeNull();
    hints.dispose();
  });

  it('checks what was typed while the UI was still loading (paste or autofill right after focus)', async () => {
    const ui = deferredUi();
    const hints = lazyHints(document, ui.loader);
    hints.update(HINT_TEXTS);
    dispatchTrusted(email(), new FocusEvent('focusin', { bubbles: true }));
    // Typed before content-ui.js arrived: no listener of the hint UI saw these keys.
    email().value = 'taro@gmial.com';
    ui.arrive();
    await flushMutations();
    expect(roots.get(email().nextElementSibling!)?.textContent).toContain('Did you mean: @gmail.com');
    hints.dispose();
  });
});

/** The causes of the diagnoses the content script reported, in order. */
const causesSent = (sent: unknown[]) =>
  sent
    .filter((m) => (m as { type?: string }).type === 'cs-bg-diagnosis')
    .map((m) => (m as { diagnosis: { cause: string | null } }).diagnosis.cause);

/** The content script on the claim page, the background answering every report with `reply`. */
type Reply = { banner: boolean; inputHints: boolean; texts: Record<string, string> };

async function startWithLoader(reply: Reply, loader: UiLoader) {
  const fake = installFakeBrowser();
  vi.stubGlobal('browser', fake.browser);
  const sent: unknown[] = [];
  fake.browser.runtime.onMessage.addListener(((message: unknown) => {
    sent.push(message);
    return Promise.resolve({ language: 'en', ...reply });
  }) as never);
  const clock = manualTiming();
  const app = startApp({
    doc: document,
    href: () => CLAIM_URL,
    cookiesEnabled: () => true,
    timing: clock.timing,
    navigate: vi.fn(),
    reload: vi.fn(),
    ui: loader,
    whenIdle: clock.whenIdle,
  });
  await flushMutations();
  return { app, clock, sent };
}

/** The same with the UI from source, counting its imports. */
async function startOnClaimPage(reply: Reply) {
  const ui = sourceUi();
  return { ...(await startWithLoader(reply, ui.loader)), ui };
}

describe('content script and the UI bundle', () => {
  it('does not load the UI on a clean page, loads it once when a cause appears', async () => {
    const { app, clock, ui } = await startOnClaimPage({ banner: true, inputHints: true, texts: TEXTS });
    expect(ui.imports).toBe(0);
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await flushMutations();
    clock.frame();
    await flushMutations();
    expect(ui.imports).toBe(1);
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('identifier-invalid');
    app.dispose();
  });
});

describe('ready before needed', () => {
  it('loads the UI once the page is idle; a later error then has its banner, with its own headline, in the frame that finds it', async () => {
    const texts = { ...TEXTS, identifierInvalidHeadline: 'Check the address.', actionSignIn: 'Back' };
    const { app, clock, ui, sent } = await startOnClaimPage({ banner: true, inputHints: true, texts });
    expect(ui.imports).toBe(0); // a clean page: nothing until idle
    clock.idle();
    await flushMutations();
    expect(ui.imports).toBe(1);
    const reportsBefore = causesSent(sent).length;

    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await flushMutations();
    clock.frame(); // the one frame: diagnosis and banner, before any reply to the new report
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('identifier-invalid');
    expect(roots.get(host()!)?.textContent).toContain('Check the address.');
    expect(causesSent(sent).length).toBe(reportsBefore + 1); // reported, but the banner did not wait for the answer
    expect(ui.imports).toBe(1);
    app.dispose();
  });

  it('loads the rules in idle time with the banner switched off too: the badge still gets the cause, no banner', async () => {
    const { app, clock, ui, sent } = await startOnClaimPage({ banner: false, inputHints: false, texts: TEXTS });
    clock.idle();
    await flushMutations();
    expect(ui.imports).toBe(1);
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    await flushMutations();
    clock.frame();
    await flushMutations();
    expect(causesSent(sent)).toEqual([null, 'identifier-invalid']);
    expect(host()).toBeNull();
    app.dispose();
  });
});

describe('the rules come with the UI bundle', () => {
  it('a clean page is reported clean at once, without them; they arrive in idle time and change nothing', async () => {
    const { app, clock, ui, sent } = await startOnClaimPage({ banner: true, inputHints: true, texts: TEXTS });
    expect(ui.imports).toBe(0);
    expect(causesSent(sent)).toEqual([null]);
    clock.idle();
    await flushMutations();
    expect(ui.imports).toBe(1);
    expect(causesSent(sent)).toEqual([null]); // the same diagnosis: not sent again
    app.dispose();
  });

  it('a page with an error shown at start loads them at once and reports the cause (no clean report first)', async () => {
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    const { app, ui, sent } = await startOnClaimPage({ banner: true, inputHints: true, texts: TEXTS });
    await flushMutations();
    expect(ui.imports).toBe(1);
    expect(causesSent(sent)).toEqual(['identifier-invalid']);
    expect(host()?.getAttribute(CAUSE_ATTRIBUTE)).toBe('identifier-invalid');
    app.dispose();
  });

  it('sends nothing it cannot stand behind when they cannot be loaded', async () => {
    document.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    const ui = deferredUi();
    const { app, sent } = await startWithLoader({ banner: true, inputHints: true, texts: TEXTS }, ui.loader);
    ui.fail();
    await flushMutations();
    expect(ui.importer).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]); // not "no problem" on a page showing an error
    expect(host()).toBeNull();
    app.dispose();
  });
});
