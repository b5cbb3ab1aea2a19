// Private by construction, proven in the browser: the extension's own contexts (background, popup,
// options) make no network request while it diagnoses, shows its banner and popup, clears cookies and
// checks what is typed; and nothing typed into Amazon's fields ends up in any extension storage area.
// Requests are recorded by the browser (Chromium: the context's request events, service worker
// included; Firefox: BiDi for extension pages, the event page's own Resource Timing for the background).
import { expect, it } from 'vitest';
import { waitUntil, type BrowserDriver, type Tab } from '../driver';
import { expectBanner, expectPopupCause, settle, settled } from '../expect-ext';
import { PAGES } from '../routes';
import { captureUrl } from '../routes';
import type { Scenarios } from '../suite';
import { bannerView, ownPageUrl } from './banner-actions';
import { useObservedBrowser, type ObservedBrowser } from './observed-browser';
import { signInToAmazonCom, signOutOfAmazonCom } from './signed-in';

const CONTROL = 'https://www.example.org/e2e/privacy-control';
const EMAIL = 'pr1vacy-canary@docomo.ne.jp';
const PASSWORD = 'Canary-Pass-123';
/** Pieces of what was typed; none may appear in storage, in any case. */
const CANARIES = ['canary', 'pr1vacy', 'pass-123', 'docomo'];
/** The password step of a real capture (the sign-in capture has the e-mail field). */
const PASSWORD_PAGE = captureUrl('signin-claim-password.html');

/** Network URLs an extension page loaded, from its own Resource Timing buffer. */
const pageResources = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(
    tab,
    () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => /^(https?|wss?):/.test(u)),
    null,
  );

/** Types into Amazon's fields with input hints on; resolves once a hint has been shown (the checks ran). */
async function typeCanaries(o: ObservedBrowser): Promise<Tab[]> {
  const { driver } = o;
  const signin = await driver.open(PAGES.clean);
  await settled(signin);
  await o.type(signin, '#ap_email', `${EMAIL} `);
  await o.type(signin, '#ap_email', '\t');
  const hinted = await waitUntil(
    () =>
      driver.evaluate(
        signin,
        () => document.querySelector('#ap_email')?.nextElementSibling?.localName === 'signin-helper-hint',
        null,
      ),
    'an input hint after the e-mail field',
  ).catch(() => false);
  const password = await driver.open(PASSWORD_PAGE);
  await settled(password);
  await o.type(password, '#ap_password', PASSWORD);
  const typed = async (tab: Tab, sel: string) =>
    driver.evaluate(tab, (s: string) => (document.querySelector(s) as HTMLInputElement).value, sel);
  expect([await typed(signin, '#ap_email'), await typed(password, '#ap_password')]).toEqual([EMAIL, PASSWORD]);
  expect(hinted, 'input hints ran on what was typed').toBe(true);
  return [signin, password];
}

async function storageDump(driver: BrowserDriver): Promise<string> {
  const page = await driver.openExtensionPage('options/options.html');
  const dump = await driver.evaluate(
    page,
    async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      type Api = { storage: Record<'local' | 'session' | 'sync', Area | undefined> };
      const g = globalThis as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const areas: Record<string, unknown> = {};
      for (const name of ['local', 'session', 'sync'] as const)
        areas[name] = (await api.storage[name]?.get(null)) ?? null;
      return JSON.stringify(areas);
    },
    null,
  );
  await driver.closeTab(page);
  return dump;
}

/** Every runtime message, as an extension page listening to all of them sees it (never answered). */
async function listenToMessages(driver: BrowserDriver): Promise<Tab> {
  const page = await driver.openExtensionPage('options/options.html');
  await driver.evaluate(
    page,
    () => {
      type Api = { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } };
      const g = globalThis as { browser?: Api; chrome?: Api; e2eMessages?: string[] };
      const log: string[] = [];
      g.e2eMessages = log;
      (g.browser ?? g.chrome)!.runtime.onMessage.addListener((m) => void log.push(JSON.stringify(m)));
    },
    null,
  );
  return page;
}

export const privacy: Scenarios = (ctx) => {
  const browser = useObservedBrowser(ctx);

  it("the extension's own contexts make no network request (background, popup, options), recorder checked first", async () => {
    const o = browser();
    const { driver } = o;
    // The recorder sees the extension's contexts: known requests from an extension page (Firefox: the
    // probe) or the service worker (Chromium), and from the background itself…
    await driver.ext(async (api, url: string) => {
      const bg: typeof globalThis = typeof window === 'undefined' ? globalThis : await api.runtime.getBackgroundPage();
      await fetch(url).catch(() => undefined);
      await bg.fetch(`${url}-background`).catch(() => undefined);
    }, CONTROL);
    await waitUntil(
      async () => o.requests.some((r) => r.by === 'extension' && r.url === CONTROL),
      'the control request, recorded by the browser',
    );
    await waitUntil(
      async () => (await o.backgroundResources()).includes(`${CONTROL}-background`),
      "the background's control request",
    );
    const before = o.requests.length;

    // …then everything a person does: a diagnosis with banner and popup, the options page, cookie
    // clearing from the popup, a clean page, typing with input hints on.
    const problem = await driver.open(PAGES.wrongPassword);
    await expectBanner(driver, problem, 'wrong-password');
    const popup = await expectPopupCause(driver, problem.id, 'wrong-password');
    await driver.click(popup, '[data-action="clear-cookies"]');
    await waitUntil(
      () => driver.evaluate(popup, () => /\d/.test(document.querySelector('.clear-status')?.textContent ?? ''), null),
      'cookies cleared',
    );
    const options = await driver.openExtensionPage('options/options.html');
    // (A request from an extension page is recorded as the extension's too.)
    await driver.evaluate(options, (url: string) => void fetch(url).catch(() => undefined), `${CONTROL}-page`);
    await waitUntil(
      async () => o.requests.some((r) => r.by === 'extension' && r.url === `${CONTROL}-page`),
      "the options page's control request",
    );
    await typeCanaries(o);
    await settle();

    const ours = o.requests.slice(before).filter((r) => r.by === 'extension' && !r.url.startsWith(CONTROL));
    expect(ours.map((r) => r.url)).toEqual([]);
    expect((await o.backgroundResources()).filter((u) => !u.startsWith(CONTROL) && /^(https?|wss?):/.test(u))).toEqual(
      [],
    );
    expect(await pageResources(driver, popup)).toEqual([]);
    expect((await pageResources(driver, options)).filter((u) => !u.startsWith(CONTROL))).toEqual([]);
  });

  it('nothing typed into Amazon’s fields (input hints on) is kept in any extension storage area', async () => {
    const o = browser();
    await typeCanaries(o);
    // A diagnosis too, so the history has an entry to look into.
    await expectBanner(o.driver, await o.driver.open(PAGES.wrongPassword), 'wrong-password');
    await settle();
    const dump = (await storageDump(o.driver)).toLowerCase();
    expect(dump).toContain('wrong-password'); // the dump is real: the diagnosis is in it
    for (const canary of CANARIES) expect(dump, `storage contains "${canary}"`).not.toContain(canary);
  });

  it('no sign-in cookie value appears in storage, in a message, or in the DOM of the page, banner or popup', async () => {
    const { driver } = browser();
    const value = 'Atza|cookie-canary-7f3e';
    const listener = await listenToMessages(driver);
    await signInToAmazonCom(driver, value);
    try {
      const tab = await driver.open(ownPageUrl('account-not-found.ja.html'));
      await expectBanner(driver, tab, 'account-not-found');
      // The session was seen: the banner names amazon.com (so the cookie was listed, not skipped).
      await waitUntil(async () => (await bannerView(driver, tab))?.text.includes('amazon.com') || null, 'the hint');
      const popup = await expectPopupCause(driver, tab.id, 'account-not-found');
      await waitUntil(
        () => driver.evaluate(popup, () => document.querySelector('[data-signed-in-elsewhere]') !== null, null),
        'the popup to say where this browser is signed in',
      );
      await settle();
      const html = (t: Tab) => driver.evaluate(t, () => document.documentElement.outerHTML, null);
      const seen = {
        storage: await storageDump(driver),
        messages: (
          await driver.evaluate(listener, () => (globalThis as { e2eMessages?: string[] }).e2eMessages ?? [], null)
        ).join('\n'),
        page: await html(tab),
        banner: (await driver.inShadowRoot(tab, '[data-signin-helper-cause]', (root) => root.innerHTML, null)) ?? '',
        popup: await html(popup),
      };
      // The listener did hear the conversation about this page.
      expect(seen.messages).toContain('ui-bg-signed-in');
      expect(seen.messages).toContain('cs-bg-diagnosis');
      for (const [where, text] of Object.entries(seen)) expect(text, where).not.toContain('canary');
    } finally {
      await signOutOfAmazonCom(driver);
    }
  });
};
