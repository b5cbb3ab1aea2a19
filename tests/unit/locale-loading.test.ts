// Each language once: the background and the pages read the one table of the language in use from the
// extension's own package (src/i18n.ts), and no bundle carries a table of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../src/languages';
import { diagnosisMessage, JP_SIGNIN, settle, startBackground } from './background/helpers';
import { createFakeBrowser } from './fake-browser';
import { messagesOf, translator } from '../translations';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/** src/i18n.ts anew (an empty cache, as in a page just opened) on a fresh fake. */
async function freshI18n(uiLanguage = 'en-US') {
  vi.resetModules();
  const fake = createFakeBrowser({ uiLanguage });
  const { setBrowserForTesting } = await import('../../src/browser');
  setBrowserForTesting(fake.browser, fake.userAgent);
  return { fake, i18n: await import('../../src/i18n') };
}

const tableUrl = (base: string, language: string) => `${base}_locales/${language}/messages.json`;

describe('loading a language', () => {
  it("reads only that language's table, from the extension's own URL, once", async () => {
    const { fake, i18n } = await freshI18n();
    const t = await i18n.loadTranslator('ja');
    expect(await i18n.loadTranslator('ja')).toBe(t);
    expect(fake.fetched).toEqual([tableUrl(fake.extensionBase, 'ja')]);
    expect(t('optionsTitle')).toBe(translator('ja')('optionsTitle'));
    expect(t('optionsTitle')).not.toBe(translator('en')('optionsTitle'));
    expect(t.has('optionsTitle')).toBe(true);
    expect(t.has('noSuchKey')).toBe(false);
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('fills placeholders and substitutions as chrome.i18n does', async () => {
    const { i18n } = await freshI18n();
    const t = await i18n.loadTranslator('en');
    const withStore = Object.entries(messagesOf('en')).find(([, e]) => e.placeholders && e.message.includes('$STORE$'));
    expect(withStore, 'a message with $STORE$').toBeDefined();
    const text = t(withStore![0], ['amazon.co.jp', 'amazon.com']);
    expect(text).toContain('amazon.co.jp');
    expect(text).not.toMatch(/\$[A-Z0-9_]+\$|\$\d/);
  });

  it('falls back to English when a table cannot be read, and tries again next time', async () => {
    const { fake, i18n } = await freshI18n();
    const served = globalThis.fetch;
    const refuseGerman = vi.fn((input: RequestInfo | URL) =>
      String(input).includes('/de/') ? Promise.reject(new TypeError('unreadable')) : served(input),
    );
    globalThis.fetch = refuseGerman as typeof fetch;
    try {
      expect((await i18n.loadTranslator('de'))('optionsTitle')).toBe(translator('en')('optionsTitle'));
    } finally {
      globalThis.fetch = served;
    }
    expect((await i18n.loadTranslator('de'))('optionsTitle')).toBe(translator('de')('optionsTitle'));
    expect(fake.fetched.filter((u) => u.includes('/de/'))).toHaveLength(1); // the second, served try
  });
});

describe('the background', () => {
  it("reads the table of the person's language only, for the badge and the banner's strings", async () => {
    const fake = createFakeBrowser({ uiLanguage: 'ja-JP' });
    await startBackground(fake);
    const tab = fake.addTab({ url: JP_SIGNIN });
    const reply = (await fake.sendFromContentScript(tab.id, diagnosisMessage('wrong-password'))) as {
      texts: Record<string, string>;
    };
    await settle();
    expect(reply.texts.bannerMore).toBe(translator('ja')('bannerMore'));
    expect(fake.badge(tab.id).title).toContain(translator('ja')('extShortName'));
    expect(fake.fetched).toEqual([tableUrl(fake.extensionBase, 'ja')]);
  });
});

describe('the built bundles', () => {
  // Each language's description of the extension: long, and found nowhere but in its table.
  const marks = LANGUAGES.map((language) => [language, messagesOf(language).extDescription!.message] as const);

  for (const target of ['chrome', 'firefox', 'safari']) {
    it(`dist/${target}: no script carries a locale table; the package carries each one once`, () => {
      const root = path.join(DIST, target);
      if (!existsSync(root)) throw new Error(`dist/${target} missing: run \`npm run build\` first`);
      const scripts = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(3);
      const carried = scripts.flatMap((file) => {
        const code = readFileSync(path.join(root, file), 'utf8');
        return marks
          .filter(([, text]) => code.includes(JSON.stringify(text).slice(1, -1)))
          .map(([l]) => `${file}: ${l}`);
      });
      expect(carried).toEqual([]);
      for (const [language, text] of marks) {
        const packaged = JSON.parse(readFileSync(path.join(root, '_locales', language, 'messages.json'), 'utf8'));
        expect(packaged.extDescription).toEqual({ message: text });
      }
    });
  }
});
