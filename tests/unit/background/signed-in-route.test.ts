// The two routes that ask where this browser is signed in: what the popup and the banner get, who may
// ask, and that no cookie value reaches a reply or storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../translations';
import type { BannerSignedIn, SignedInState } from '../../../src/messages';
import { parseMessage } from '../../../src/messages';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { JP_SIGNIN, settle, startBackground, US_SIGNIN } from './helpers';

const CANARY = 'Atza|cookie-value-canary';
let fake: FakeBrowser;

beforeEach(async () => {
  fake = createFakeBrowser();
  await startBackground(fake);
});

const askBanner = (tabId: number, cause: string) =>
  fake.sendFromContentScript(tabId, { type: 'cs-bg-signed-in', cause }) as Promise<BannerSignedIn | null>;

describe('ui-bg-signed-in (popup)', () => {
  it("answers the tab's store from its address and every store with a session", async () => {
    fake.addCookie({ name: 'at-main', domain: '.amazon.com', value: CANARY });
    fake.addCookie({ name: 'x-acbjp', domain: '.amazon.co.jp', value: CANARY });
    const tab = fake.addTab({ url: 'https://www.amazon.co.jp/gp/cart/view.html' });
    const other = fake.addTab({ url: 'https://www.example.org/' });
    const reply = (tabId: number | null) =>
      fake.sendFromExtensionPage({ type: 'ui-bg-signed-in', tabId }) as Promise<SignedInState>;
    expect(await reply(tab.id)).toEqual({ tabStore: 'jp', stores: ['jp', 'us'] });
    expect(await reply(other.id)).toEqual({ tabStore: null, stores: ['jp', 'us'] });
    expect(await reply(null)).toEqual({ tabStore: null, stores: ['jp', 'us'] });
  });

  it('is asked afresh each time: a sign-out since the last question shows at once', async () => {
    fake.addCookie({ name: 'at-main', domain: '.amazon.com' });
    const tab = fake.addTab({ url: JP_SIGNIN });
    const ask = () => fake.sendFromExtensionPage({ type: 'ui-bg-signed-in', tabId: tab.id });
    expect(await ask()).toEqual({ tabStore: 'jp', stores: ['us'] });
    await fake.browser.cookies.remove({ url: 'https://amazon.com/', name: 'at-main' });
    expect(await ask()).toEqual({ tabStore: 'jp', stores: [] });
  });

  it('comes only from our extension pages, with a valid tab id', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    expect(await fake.sendFromContentScript(tab.id, { type: 'ui-bg-signed-in', tabId: tab.id })).toBeUndefined();
    expect(parseMessage({ type: 'ui-bg-signed-in', tabId: -1 }).ok).toBe(false);
    expect(parseMessage({ type: 'ui-bg-signed-in', tabId: 1, extra: 1 }).ok).toBe(false);
  });
});

describe('cs-bg-signed-in (banner)', () => {
  it('account not found on amazon.co.jp with an amazon.com session: amazon.com first, in the chosen language', async () => {
    fake.addCookie({ name: 'x-acbuk', domain: '.amazon.co.uk' });
    fake.addCookie({ name: 'at-main', domain: '.amazon.com' });
    const tab = fake.addTab({ url: JP_SIGNIN });
    const subs = ['amazon.co.jp', 'amazon.com'];
    for (const language of ['en', 'ja'] as const) {
      // The options page's choice, as stored (the background reads it on every question).
      await fake.storage.sync.set({ settings: { language } });
      const t = translator(language);
      expect(await askBanner(tab.id, 'account-not-found')).toEqual({
        kind: 'elsewhere',
        store: 'us',
        text: t('signedInElsewhereText', subs),
        label: t('signedInElsewhereButton', subs),
      });
    }
    expect(translator('en')('signedInElsewhereText', subs)).toBe(
      'This browser is signed in to amazon.com. Your account may belong to amazon.com, which is a separate store from amazon.co.jp.',
    );
    expect(translator('en')('signedInElsewhereButton', subs)).toBe('Sign in on amazon.com');
  });

  it('wrong password and an invalid address too; other causes and no session: nothing', async () => {
    fake.addCookie({ name: 'sess-at-acbde', domain: '.amazon.de' });
    const us = fake.addTab({ url: US_SIGNIN });
    expect((await askBanner(us.id, 'wrong-password'))?.store).toBe('de');
    expect((await askBanner(us.id, 'identifier-invalid'))?.store).toBe('de');
    expect(await askBanner(us.id, 'captcha')).toBeNull();
    const de = fake.addTab({ url: 'https://www.amazon.de/ap/signin' });
    expect(await askBanner(de.id, 'wrong-password')).toBeNull();
  });

  it('signed in on this very store while it says the account is not found: offers the sign-out', async () => {
    fake.addCookie({ name: 'at-acbjp', domain: '.amazon.co.jp' });
    const tab = fake.addTab({ url: JP_SIGNIN });
    const t = translator('en');
    expect(await askBanner(tab.id, 'account-not-found')).toEqual({
      kind: 'here',
      store: 'jp',
      text: t('signedInHereText', ['amazon.co.jp', 'amazon.co.jp']),
      label: 'Sign out of amazon.co.jp here',
    });
    expect(await askBanner(tab.id, 'wrong-password')).toBeNull();
  });

  it('is accepted only from our content script with a known cause', async () => {
    fake.addCookie({ name: 'at-main', domain: '.amazon.com' });
    const tab = fake.addTab({ url: JP_SIGNIN });
    expect(await fake.sendFromExtensionPage({ type: 'cs-bg-signed-in', cause: 'account-not-found' })).toBeUndefined();
    expect(await askBanner(tab.id, 'no-such-cause')).toBeUndefined();
    expect(
      await fake.sendFromContentScript(tab.id, { type: 'cs-bg-signed-in', cause: 'account-not-found' }, { frameId: 3 }),
    ).toBeUndefined();
  });
});

describe('privacy', () => {
  it('no cookie value reaches a reply, a message or storage', async () => {
    for (const name of ['at-main', 'sess-at-main', 'x-main', 'at-acbjp', 'ubid-acbjp'])
      fake.addCookie({ name, domain: name.includes('jp') ? '.amazon.co.jp' : '.amazon.com', value: CANARY });
    const tab = fake.addTab({ url: JP_SIGNIN });
    const replies = [
      await fake.sendFromContentScript(tab.id, {
        type: 'cs-bg-diagnosis',
        diagnosis: { cause: 'account-not-found', step: 'email', marketplace: 'jp', alert: null, hints: [] },
      }),
      await askBanner(tab.id, 'account-not-found'),
      await fake.sendFromExtensionPage({ type: 'ui-bg-signed-in', tabId: tab.id }),
      await fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId: tab.id }),
    ];
    await settle();
    expect((replies[1] as BannerSignedIn).store).toBe('us'); // the answers are real
    const stored = await Promise.all([
      fake.storage.local.get(null),
      fake.storage.session.get(null),
      fake.storage.sync.get(null),
    ]);
    expect(JSON.stringify(replies)).not.toContain('canary');
    expect(JSON.stringify(stored)).toContain('account-not-found');
    expect(JSON.stringify(stored)).not.toContain('canary');
  });
});
