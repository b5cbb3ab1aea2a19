// The popup and this browser's Amazon sessions: the data-signed-in-elsewhere contract, the sign-in on
// the other store as the first action (ja and en), the sign-out where the session is on this store,
// the general help's list, and silence when the background can't tell.
import { afterEach, describe, expect, it } from 'vitest';
import type { CauseId } from '../../../src/detect/types';
import type { Language } from '../../../src/i18n';
import { translator } from '../../translations';
import type { SignedInState, TabState } from '../../../src/messages';
import type { MarketplaceId } from '../../../src/marketplaces';
import { Popup } from '../../../popup/app';
import { click, mount, stubBackground, text, waitFor, type Mounted } from './helpers';

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const onJp = (cause: CauseId | null): TabState => ({
  tabId: 7,
  diagnosis: { cause, step: 'email', marketplace: 'jp', alert: null, hints: [] },
  marketplace: 'jp',
  time: 0,
});

async function open(state: TabState | null, signedIn: SignedInState | null, language: Language = 'en') {
  const stub = stubBackground(state, { uiLanguage: language === 'ja' ? 'ja-JP' : 'en-US' });
  stub.signedIn = signedIn;
  view = mount(<Popup search="?tabId=7" />);
  const app = await waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'), 'data-cause');
  return { app, stub };
}

const signedInOn = (tabStore: MarketplaceId | null, ...stores: MarketplaceId[]): SignedInState => ({
  tabStore,
  stores,
});
/** The popup's actions in page order: links and buttons that do something. */
const actions = (app: HTMLElement) => [...app.querySelectorAll<HTMLElement>('a.button, button[data-action]')];

describe('popup: data-signed-in-elsewhere', () => {
  it("carries the other stores' domains exactly when another store than the tab's has a session", async () => {
    let { app } = await open(onJp('wrong-password'), signedInOn('jp', 'jp', 'us', 'uk'));
    expect(app.getAttribute('data-signed-in-elsewhere')).toBe('amazon.com amazon.co.uk');
    view!.unmount();
    ({ app } = await open(onJp('wrong-password'), signedInOn('jp', 'jp')));
    expect(app.hasAttribute('data-signed-in-elsewhere')).toBe(false);
    view!.unmount();
    ({ app } = await open(onJp(null), signedInOn('jp')));
    expect(app.hasAttribute('data-signed-in-elsewhere')).toBe(false);
  });

  it('is there whatever the cause, "none" included', async () => {
    const { app } = await open(onJp(null), signedInOn('jp', 'us'));
    expect(app.dataset.cause).toBe('none');
    expect(app.getAttribute('data-signed-in-elsewhere')).toBe('amazon.com');
  });

  it("on a page of no store carries every store with a session (none is the tab's)", async () => {
    const { app } = await open(null, signedInOn(null, 'jp', 'us'));
    expect(app.getAttribute('data-signed-in-elsewhere')).toBe('amazon.co.jp amazon.com');
  });

  it('is absent, and nothing is said, when the background cannot tell', async () => {
    const { app, stub } = await open(onJp('account-not-found'), null);
    expect(stub.messages).toContainEqual({ type: 'ui-bg-signed-in', tabId: 7 });
    expect(app.hasAttribute('data-signed-in-elsewhere')).toBe(false);
    expect(app.querySelector('[data-session]')).toBeNull();
    expect(text(app)).not.toMatch(/signed in to|サインインしています/);
  });
});

describe('popup: a session on another store', () => {
  for (const language of ['en', 'ja'] as const) {
    it(`account not found on amazon.co.jp, signed in on amazon.com: said first, with its sign-in (${language})`, async () => {
      const t = translator(language);
      const { app } = await open(onJp('account-not-found'), signedInOn('jp', 'us'), language);
      const session = app.querySelector('[data-session="elsewhere"]')!;
      expect(text(session.querySelector('p'))).toBe(t('signedInElsewhereText', ['amazon.co.jp', 'amazon.com']));
      const first = actions(app)[0]!;
      expect(first.getAttribute('href')).toBe('https://www.amazon.com/gp/sign-in.html');
      expect(first.className).toContain('primary');
      expect(text(first)).toBe(t('signedInElsewhereButton', ['amazon.co.jp', 'amazon.com']));
      // Only one filled button: the cause's own first action steps back; amazon.com is offered once.
      expect(app.querySelectorAll('.button.primary')).toHaveLength(1);
      expect(app.querySelectorAll('a[href="https://www.amazon.com/gp/sign-in.html"]')).toHaveLength(1);
    });
  }

  it('names the sister store first and offers every other store with a session', async () => {
    const { app } = await open(onJp('wrong-password'), signedInOn('jp', 'uk', 'us'));
    const offered = [...app.querySelectorAll('[data-action="signed-in-sign-in"]')].map((a) =>
      a.getAttribute('data-store'),
    );
    expect(offered).toEqual(['amazon.com', 'amazon.co.uk']);
    expect(text(app.querySelector('[data-session] p'))).toContain('amazon.com');
  });

  it('is not said for causes where another store is no answer (a captcha)', async () => {
    const { app } = await open(onJp('captcha'), signedInOn('jp', 'us'));
    expect(app.getAttribute('data-signed-in-elsewhere')).toBe('amazon.com');
    expect(app.querySelector('[data-session]')).toBeNull();
  });
});

describe('popup: a session on this store', () => {
  for (const language of ['en', 'ja'] as const) {
    it(`account not found while signed in on amazon.co.jp: says so and offers the sign-out first (${language})`, async () => {
      const t = translator(language);
      const { app, stub } = await open(onJp('account-not-found'), signedInOn('jp', 'jp'), language);
      expect(text(app.querySelector('[data-session="here"]'))).toBe(
        t('signedInHereText', ['amazon.co.jp', 'amazon.co.jp']),
      );
      const first = actions(app)[0]!;
      expect(first.dataset.action).toBe('clear-cookies');
      expect(text(first)).toBe(t('signedInHereButton', ['amazon.co.jp', 'amazon.co.jp']));
      await click(first);
      expect(stub.messages).toContainEqual({ type: 'ui-bg-clear-cookies', marketplace: 'jp', tabId: 7 });
      expect(app.querySelectorAll('[data-action="clear-cookies"]')).toHaveLength(1);
    });
  }
});

describe('popup: sessions here and elsewhere', () => {
  it('says both, the other store first, with one filled button', async () => {
    const { app } = await open(onJp('account-not-found'), signedInOn('jp', 'jp', 'us'));
    expect([...app.querySelectorAll('[data-session]')].map((e) => e.getAttribute('data-session'))).toEqual([
      'elsewhere',
      'here',
    ]);
    expect(actions(app)[0]!.getAttribute('href')).toBe('https://www.amazon.com/gp/sign-in.html');
    expect(app.querySelectorAll('.button.primary')).toHaveLength(1);
  });
});

describe('popup: general help', () => {
  it('lists every store this browser is signed in to', async () => {
    const t = translator('ja');
    const { app } = await open(null, signedInOn(null, 'jp', 'us'), 'ja');
    const list = app.querySelector('[data-signed-in-list]')!;
    expect(text(list.querySelector('h2'))).toBe(t('popupSignedInTitle'));
    expect([...list.querySelectorAll('li')].map((li) => text(li))).toEqual(['amazon.co.jp', 'amazon.com']);
  });

  it('shows no list when this browser is signed in nowhere', async () => {
    const { app } = await open(null, signedInOn(null));
    expect(app.querySelector('[data-signed-in-list]')).toBeNull();
  });
});
