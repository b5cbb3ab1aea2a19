// Which language we speak: the options' fixed choice, else (auto) the person's browser language when we
// have it, else the store's, else English. The person's own language wins over the store's.
import { describe, expect, it } from 'vitest';
import { htmlLang, languageOfTag, resolveLanguage, textDirection } from '../../src/languages';
import { MARKETPLACES } from '../../src/marketplaces';
import { migrateSettings } from '../../src/settings';

describe('languageOfTag', () => {
  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt_BR'],
    ['pt-PT', 'pt_BR'],
    ['pt', 'pt_BR'],
    ['es-419', 'es'],
    ['sv-SE', 'sv'],
    ['ar', 'ar'],
    ['ja', 'ja'],
    ['EN_gb', 'en'],
  ] as const)('%s → %s', (tag, language) => expect(languageOfTag(tag)).toBe(language));

  it.each(['ko-KR', 'zh-TW', 'nb', '', 'xx'])('%s is none of ours', (tag) => expect(languageOfTag(tag)).toBeNull());
  it('reads a missing tag as none', () => expect(languageOfTag(undefined)).toBeNull());
});

describe('resolveLanguage', () => {
  it('keeps a fixed choice whatever the browser and the store', () => {
    expect(resolveLanguage('ar', 'de-DE', 'ja')).toBe('ar');
    expect(resolveLanguage('pt_BR', 'en-US')).toBe('pt_BR');
  });

  it("auto: the browser's UI language wins over the store's (a Japanese browser on amazon.de reads Japanese)", () => {
    expect(resolveLanguage('auto', 'ja-JP', 'de')).toBe('ja');
    expect(resolveLanguage('auto', 'de-CH', 'fr')).toBe('de');
    expect(resolveLanguage('auto', 'en-GB', 'ar')).toBe('en');
  });

  it("auto: the store's language when we don't have the browser's, then English", () => {
    expect(resolveLanguage('auto', 'ko-KR', 'de')).toBe('de');
    expect(resolveLanguage('auto', 'zh-CN', 'pt')).toBe('pt_BR');
    expect(resolveLanguage('auto', 'ko-KR', 'hi')).toBe('en');
    expect(resolveLanguage('auto', 'ko-KR', null)).toBe('en');
    expect(resolveLanguage('auto', '')).toBe('en');
  });

  it("auto on every store for a browser in a language we lack: each store's own, ours for all of them", () => {
    const spoken = Object.fromEntries(MARKETPLACES.map((m) => [m.domain, resolveLanguage('auto', 'ko', m.language)]));
    expect(spoken).toMatchObject({
      'amazon.de': 'de',
      'amazon.fr': 'fr',
      'amazon.es': 'es',
      'amazon.it': 'it',
      'amazon.com.br': 'pt_BR',
      'amazon.nl': 'nl',
      'amazon.pl': 'pl',
      'amazon.se': 'sv',
      'amazon.com.tr': 'tr',
      'amazon.sa': 'ar',
      'amazon.eg': 'ar',
      'amazon.co.jp': 'ja',
      // Bilingual stores: the language each opens in (ARCHITECTURE.md, "Languages").
      'amazon.ca': 'en',
      'amazon.com.be': 'fr',
      'amazon.ae': 'en',
      'amazon.in': 'en',
      'amazon.com.mx': 'es',
    });
  });
});

describe('writing', () => {
  it('writes pt_BR as the HTML tag pt-BR and keeps the others', () => {
    expect(htmlLang('pt_BR')).toBe('pt-BR');
    expect(htmlLang('de')).toBe('de');
  });
  it('lays Arabic out right to left and every other language left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
    expect(textDirection('ja')).toBe('ltr');
  });
});

describe('the stored language option', () => {
  it('keeps each of the twelve languages and auto; anything else falls back to auto', () => {
    for (const language of ['auto', 'de', 'pt_BR', 'ar', 'ja'] as const)
      expect(migrateSettings({ language }).language).toBe(language);
    expect(migrateSettings({ language: 'pt-BR' }).language).toBe('auto');
    expect(migrateSettings({ language: 'ko' }).language).toBe('auto');
  });
});
