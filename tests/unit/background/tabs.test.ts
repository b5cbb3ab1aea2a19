// Per-tab state and badge: set from a diagnosis, cleared on navigation and close, kept in
// storage.session across a worker restart; history only for causes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_COLOR } from '../../../src/background/badge';
import { ruleFor } from '../../../src/detect/causes/index';
import type { CauseId } from '../../../src/detect/types';
import type { Translate } from '../../../src/i18n';
import { translator } from '../../translations';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { diagnosisMessage, JP_SIGNIN, settle, startBackground, tabStateCount, US_SIGNIN } from './helpers';

let fake: FakeBrowser;
const en = translator('en');
const ja = translator('ja');
const getTab = (tabId: number) => fake.sendFromExtensionPage({ type: 'ui-bg-get-tab', tabId });

/** The headline where _locales has it (cause strings are being written), else the generic title. */
function causeTitle(cause: CauseId, t: Translate): string {
  const key = ruleFor(cause).guidance.headline;
  return t.has(key) ? t(key) : t('badgeTitleProblem');
}

beforeEach(async () => {
  fake = createFakeBrowser();
  await startBackground(fake);
});

describe('badge', () => {
  it('is "!" with the cause\'s headline on the tab with a cause, empty on the others', async () => {
    const problem = fake.addTab({ url: JP_SIGNIN });
    const fine = fake.addTab({ url: US_SIGNIN });
    const elsewhere = fake.addTab({ url: 'https://example.com/' });
    await fake.sendFromContentScript(problem.id, diagnosisMessage('wrong-password'));
    await fake.sendFromContentScript(fine.id, diagnosisMessage(null, { marketplace: 'us' }));

    const badge = fake.badge(problem.id);
    expect(badge.text).toBe('!');
    expect(badge.color).toBe(BADGE_COLOR);
    expect(badge.title).toContain(causeTitle('wrong-password', en));
    expect(badge.title).not.toBe(en('actionTitle'));

    expect(fake.badge(fine.id).text).toBe('');
    expect(fake.badge(fine.id).title).toBe(en('actionTitle'));
    expect(fake.badge(elsewhere.id).text).toBe('');
  });

  it('is cleared when a later diagnosis of the same tab has no cause', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'));
    expect(fake.badge(tab.id).text).toBe('!');
    await fake.sendFromContentScript(tab.id, diagnosisMessage(null));
    expect(fake.badge(tab.id).text).toBe('');
  });

  it('is titled in the language chosen in the options', async () => {
    await fake.storage.sync.set({ settings: { language: 'ja' } });
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'));
    expect(fake.badge(tab.id).title).toContain(causeTitle('captcha', ja));
    expect(fake.badge(tab.id).title).toContain('サインインヘルパー');
  });

  it('is re-titled when the language option changes', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'));
    expect(fake.badge(tab.id).title).toContain(causeTitle('captcha', en));
    await fake.storage.sync.set({ settings: { language: 'ja', version: 1 } });
    await settle();
    expect(fake.badge(tab.id).title).toContain(causeTitle('captcha', ja));
    expect(fake.badge(tab.id).title).toContain('サインインヘルパー');
    expect(fake.badge(tab.id).text).toBe('!');
  });
});

describe('tab state', () => {
  it('is cleared, with the badge, when the tab starts loading another page', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    const other = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    await fake.sendFromContentScript(other.id, diagnosisMessage('captcha'));
    fake.navigate(tab.id, 'https://www.amazon.co.jp/');
    await settle();
    expect(fake.badge(tab.id).text).toBe('');
    expect(fake.badge(tab.id).title).toBe(en('actionTitle'));
    expect(await getTab(tab.id)).toEqual({ tabId: tab.id, diagnosis: null, marketplace: null, time: null });
    // Only that tab.
    expect(fake.badge(other.id).text).toBe('!');
    expect(await getTab(other.id)).toMatchObject({ diagnosis: { cause: 'captcha' } });
  });

  it('keeps a diagnosis sent after the navigation began (events are applied in order)', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    fake.navigate(tab.id);
    await fake.sendFromContentScript(tab.id, diagnosisMessage('captcha'));
    await settle();
    expect(await getTab(tab.id)).toMatchObject({ diagnosis: { cause: 'captcha' } });
    expect(fake.badge(tab.id).text).toBe('!');
  });

  it('is removed from storage.session when the tab closes', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    expect(tabStateCount(fake)).toBe(1);
    fake.closeTab(tab.id);
    await settle();
    expect(tabStateCount(fake)).toBe(0);
  });

  it("records the time and the store from the tab's URL", async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const tab = fake.addTab({ url: US_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('captcha', { marketplace: 'us' }));
    vi.restoreAllMocks();
    expect(await getTab(tab.id)).toMatchObject({ tabId: tab.id, marketplace: 'us', time: 1_700_000_000_000 });
  });

  it('survives a worker restart: a new background instance reads storage.session', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    fake.restartWorker();
    expect(fake.events.runtimeMessage.hasListeners()).toBe(false);
    await startBackground(fake);
    expect(await getTab(tab.id)).toMatchObject({
      tabId: tab.id,
      marketplace: 'jp',
      diagnosis: { cause: 'wrong-password' },
    });
    // The new instance also forgets it on navigation.
    fake.navigate(tab.id);
    await settle();
    expect(await getTab(tab.id)).toMatchObject({ diagnosis: null });
    expect(fake.badge(tab.id).text).toBe('');
  });

  it('ignores unreadable stored entries', async () => {
    await fake.storage.session.set({ 'tab:5': { diagnosis: { cause: 'nope' }, marketplace: 'jp', time: 1 } });
    expect(await getTab(5)).toEqual({ tabId: 5, diagnosis: null, marketplace: null, time: null });
  });
});

describe('history', () => {
  it('gets an entry for a cause and none for a page without one', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    await fake.sendFromContentScript(tab.id, diagnosisMessage(null));
    expect(fake.storage.local.data.get('history')).toBeUndefined();
    await fake.sendFromContentScript(tab.id, diagnosisMessage('too-many-attempts'));
    const history = fake.storage.local.data.get('history') as Array<Record<string, unknown>>;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ cause: 'too-many-attempts', marketplace: 'jp' });
    // Only cause, store and time: no alert text.
    expect(Object.keys(history[0]!).sort()).toEqual(['cause', 'marketplace', 'time']);
  });

  it.each(['chrome', 'firefox'] as const)(
    'gets no entry from a private window, whose tab still gets its state and badge (%s)',
    async (profile) => {
      fake = createFakeBrowser({ profile });
      await startBackground(fake);
      const tab = fake.addTab({ url: JP_SIGNIN, incognito: true });
      await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
      expect(await getTab(tab.id)).toMatchObject({ diagnosis: { cause: 'wrong-password' }, marketplace: 'jp' });
      expect(fake.badge(tab.id).text).toBe('!');
      expect(fake.storage.local.data.size).toBe(0);
    },
  );

  it('gets an entry from a Firefox container tab: a container is not a private window', async () => {
    fake = createFakeBrowser({ profile: 'firefox' });
    await startBackground(fake);
    const tab = fake.addTab({ url: JP_SIGNIN, cookieStoreId: 'firefox-container-1' });
    await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'));
    expect(fake.storage.local.data.get('history')).toMatchObject([{ cause: 'wrong-password', marketplace: 'jp' }]);
  });
});

describe('reload and popup', () => {
  it('reloads only a tab that showed an Amazon sign-in page', async () => {
    const amazon = fake.addTab({ url: JP_SIGNIN });
    const other = fake.addTab({ url: 'https://example.com/' });
    await fake.sendFromContentScript(amazon.id, diagnosisMessage('captcha'));
    expect(await fake.sendFromExtensionPage({ type: 'ui-bg-reload-tab', tabId: other.id })).toBe(false);
    expect(await fake.sendFromExtensionPage({ type: 'ui-bg-reload-tab', tabId: amazon.id })).toBe(true);
    expect(fake.calls.reloaded).toEqual([amazon.id]);
  });

  it('opens the popup where action.openPopup works', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN, windowId: 3 });
    expect(await fake.sendFromContentScript(tab.id, { type: 'cs-bg-open-popup' })).toBe('popup');
    expect(fake.calls.popupOpens).toEqual([{ windowId: 3 }]);
    expect(fake.calls.created).toEqual([]);
  });

  it.each([
    ['rejects (Firefox without a user gesture)', 'reject' as const],
    ['does not exist', 'absent' as const],
  ])('opens the popup page in a tab when openPopup %s', async (_name, openPopup) => {
    fake = createFakeBrowser({ firefox: true, openPopup });
    await startBackground(fake);
    const tab = fake.addTab({ url: JP_SIGNIN });
    expect(await fake.sendFromContentScript(tab.id, { type: 'cs-bg-open-popup' })).toBe('tab');
    expect(fake.calls.created).toEqual([{ url: `${fake.extensionBase}popup/popup.html?tabId=${tab.id}` }]);
  });
});
