// The reply to a diagnosis: switches from the options, the language, and resolved strings.
import { beforeEach, describe, expect, it } from 'vitest';
import { actionLabelKey } from '../../../src/actions';
import { buildContentSettings, causeTextKeys } from '../../../src/background/content-settings';
import { CONTENT_TEXT_KEYS } from '../../../src/content-texts';
import { ruleFor } from '../../../src/detect/causes/index';
import { ACTION_IDS, CAUSE_IDS } from '../../../src/detect/types';
import { translator } from '../../translations';
import { marketplaceById } from '../../../src/marketplaces';
import type { ContentSettings } from '../../../src/messages';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { diagnosisMessage, JP_SIGNIN, startBackground } from './helpers';

describe('actionLabelKey', () => {
  it('maps action ids to action<PascalCase> keys', () => {
    expect(actionLabelKey('forgot-password')).toBe('actionForgotPassword');
    expect(actionLabelKey('sister-sign-in')).toBe('actionSisterSignIn');
    expect(actionLabelKey('two-step-recovery')).toBe('actionTwoStepRecovery');
    expect(actionLabelKey('copy-report')).toBe('actionCopyReport');
  });

  it('gives every action its own key', () => {
    const keys = ACTION_IDS.map(actionLabelKey);
    expect(new Set(keys).size).toBe(ACTION_IDS.length);
    for (const key of keys) expect(key).toMatch(/^action[A-Z][A-Za-z]+$/);
  });
});

const jp = marketplaceById('jp');
const subs = ['amazon.co.jp', 'amazon.com'];

describe('buildContentSettings', () => {
  it("carries the switches and resolves every content key plus every cause's headline and primary action", () => {
    const settings = { ...DEFAULT_SETTINGS, banner: false, inputHints: false };
    const reply = buildContentSettings(settings, 'en', translator('en'), jp);
    const t = translator('en');
    expect(reply.banner).toBe(false);
    expect(reply.inputHints).toBe(false);
    expect(reply.language).toBe('en');
    const expectedKeys = [...CONTENT_TEXT_KEYS, ...CAUSE_IDS.flatMap(causeTextKeys)];
    expect(Object.keys(reply.texts).sort()).toEqual([...new Set(expectedKeys)].sort());
    for (const key of expectedKeys) expect(reply.texts[key]).toBe(t(key, subs));
  });

  it('already carries the strings of a cause that is not on the page yet (a later error needs no round trip)', () => {
    const reply = buildContentSettings(DEFAULT_SETTINGS, 'en', translator('en'), jp);
    const guidance = ruleFor('wrong-password').guidance;
    expect(reply.texts[guidance.headline]).toBe(translator('en')(guidance.headline, subs));
    expect(reply.texts[actionLabelKey(guidance.primary!)]).toBeTruthy();
    expect(causeTextKeys(null)).toEqual([]);
  });

  it('fills the store and its sister into labels such as "Sign in on $SISTER$ instead"', () => {
    const reply = buildContentSettings(DEFAULT_SETTINGS, 'en', translator('en'), marketplaceById('us'));
    const key = causeTextKeys('account-not-found').find((k) => k === 'actionSisterSignIn');
    expect(key).toBeDefined();
    expect(reply.texts[key!]).toContain('amazon.co.jp');
    expect(reply.texts[key!]).not.toContain('$');
  });

  it('has a headline for every cause, and a button label exactly when the cause has a one-click fix', () => {
    for (const cause of CAUSE_IDS) expect(causeTextKeys(cause)).toHaveLength(ruleFor(cause).guidance.primary ? 2 : 1);
    expect(causeTextKeys('wrong-password')).toEqual(['wrongPasswordHeadline', 'actionForgotPassword']);
    expect(causeTextKeys('captcha')).toEqual(['captchaHeadline']);
  });

  it('resolves every string in the language it is given', () => {
    const ja = buildContentSettings(DEFAULT_SETTINGS, 'ja', translator('ja'), jp);
    expect(ja.language).toBe('ja');
    for (const [key, text] of Object.entries(ja.texts)) expect(text).toBe(translator('ja')(key, subs));
  });
});

describe('the reply to cs-bg-diagnosis', () => {
  let fake: FakeBrowser;
  beforeEach(async () => {
    fake = createFakeBrowser({ uiLanguage: 'ja' });
    await startBackground(fake);
  });

  it('uses the stored options and the browser language', async () => {
    await fake.storage.sync.set({
      settings: { banner: false, inputHints: true, language: 'auto', clearScope: 'cookies', version: 1 },
    });
    const tab = fake.addTab({ url: JP_SIGNIN });
    const reply = (await fake.sendFromContentScript(tab.id, diagnosisMessage('account-not-found'))) as ContentSettings;
    expect(reply).toEqual(buildContentSettings({ ...DEFAULT_SETTINGS, banner: false }, 'ja', translator('ja'), jp));
    expect(reply.language).toBe('ja');
  });

  it("on auto speaks the browser's language on any store, and the store's when we don't have the browser's", async () => {
    const languageOnAmazonDe = async (uiLanguage: string) => {
      const browser = createFakeBrowser({ uiLanguage });
      await startBackground(browser);
      const tab = browser.addTab({ url: 'https://www.amazon.de/ap/signin' });
      const message = diagnosisMessage('wrong-password', { marketplace: 'de' });
      return ((await browser.sendFromContentScript(tab.id, message)) as ContentSettings).language;
    };
    expect(await languageOnAmazonDe('ja')).toBe('ja');
    expect(await languageOnAmazonDe('pt-BR')).toBe('pt_BR');
    expect(await languageOnAmazonDe('ko-KR')).toBe('de');
  });
});
