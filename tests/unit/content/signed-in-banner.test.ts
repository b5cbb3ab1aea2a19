// The banner and this browser's sessions, end to end in one process: the real content script talks to
// the real background (router, sender checks, cookie listing) on the fake browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../content-scripts/app';
import { CAUSE_ATTRIBUTE } from '../../../content-scripts/banner-host';
import type { Language } from '../../../src/i18n';
import { translator } from '../../translations';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { startBackground } from '../background/helpers';
import { buttonByText, captureShadowRoots, flushMutations, manualTiming, sourceUi, trustedClick } from './helpers';
import { passwordPage, SIGNIN_URL } from './pages';

const NOT_FOUND = 'このEメールアドレスを持つアカウントが見つかりません';
const SUBS = ['amazon.co.jp', 'amazon.com'];
let app: ReturnType<typeof startApp> | null = null;

afterEach(() => {
  app?.dispose();
  app = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function showPage(fake: FakeBrowser, alert: string, language: Language = 'en') {
  await startBackground(fake);
  await fake.storage.sync.set({ settings: { language } });
  const tab = fake.addTab({ url: SIGNIN_URL });
  // The content script's messages leave from that tab, as in the browser.
  vi.stubGlobal('browser', {
    runtime: { sendMessage: (m: unknown) => fake.sendFromContentScript(tab.id, m) },
    storage: fake.browser.storage,
  });
  document.body.innerHTML = passwordPage(alert);
  const roots = captureShadowRoots();
  const navigate = vi.fn<(url: string) => void>();
  const clock = manualTiming();
  app = startApp({
    doc: document,
    href: () => SIGNIN_URL,
    cookiesEnabled: () => true,
    timing: clock.timing,
    navigate,
    reload: () => undefined,
    ui: sourceUi().loader,
    whenIdle: clock.whenIdle,
  });
  for (let i = 0; i < 10; i++) await flushMutations();
  const host = document.querySelector(`[${CAUSE_ATTRIBUTE}]`);
  return { host, inside: host ? roots.get(host)! : null, navigate };
}

describe('banner: where this browser is signed in', () => {
  for (const language of ['en', 'ja'] as const) {
    it(`account not found on amazon.co.jp with an amazon.com session: says it, the button signs in there (${language})`, async () => {
      const t = translator(language);
      const fake = createFakeBrowser();
      fake.addCookie({ name: 'at-main', domain: '.amazon.com', value: 'canary-value' });
      const { host, inside, navigate } = await showPage(fake, NOT_FOUND, language);
      expect(host?.getAttribute(CAUSE_ATTRIBUTE)).toBe('account-not-found');
      expect(inside!.querySelector('.s')?.textContent).toBe(t('signedInElsewhereText', SUBS));
      const button = buttonByText(inside!, t('signedInElsewhereButton', SUBS));
      expect(button.className).toBe('primary');
      trustedClick(button);
      expect(navigate).toHaveBeenCalledWith('https://www.amazon.com/gp/sign-in.html');
      expect(inside!.innerHTML).not.toContain('canary');
    });
  }

  it('without any session: the banner as before (no sentence, the sister store button)', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 'ubid-main', domain: '.amazon.com' });
    const { inside } = await showPage(fake, NOT_FOUND);
    expect(inside!.querySelector('.s')).toBeNull();
    expect(buttonByText(inside!, translator('en')('actionSisterSignIn', SUBS)).className).toBe('primary');
  });

  it('signed in on amazon.co.jp itself: says so, and the button signs out of it here', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 'x-acbjp', domain: '.amazon.co.jp' });
    const { inside } = await showPage(fake, NOT_FOUND);
    const t = translator('en');
    expect(inside!.querySelector('.s')?.textContent).toBe(t('signedInHereText', ['amazon.co.jp']));
    expect(inside!.querySelector('.note')).not.toBeNull(); // what clearing does, said beforehand
    trustedClick(buttonByText(inside!, 'Sign out of amazon.co.jp here'));
    for (let i = 0; i < 10; i++) await flushMutations();
    expect(fake.cookieJar().filter((c) => c.domain.endsWith('amazon.co.jp'))).toEqual([]);
  });

  it('a cause where sessions are no answer (wrong password signed in here only): nothing is added', async () => {
    const fake = createFakeBrowser();
    fake.addCookie({ name: 'at-acbjp', domain: '.amazon.co.jp' });
    const { host, inside } = await showPage(fake, 'パスワードが正しくありません');
    expect(host?.getAttribute(CAUSE_ATTRIBUTE)).toBe('wrong-password');
    expect(inside!.querySelector('.s')).toBeNull();
  });
});
