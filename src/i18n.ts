// Strings come from _locales only. The browser's i18n.getMessage follows the browser language, but the
// options page lets people pick a language and auto also looks at the store, so the background and the
// extension's pages read the one table of the language in use from the package itself:
// `_locales/<lang>/messages.json`, fetched from the extension's own URL (the only fetch any bundle
// makes: tests/unit/bundle-privacy.test.ts) and parsed once per language (src/translate.ts).
import { getBrowser } from './browser';
import type { Language } from './languages';
import { type MessageTable, type Translate, translatorFor } from './translate';

export {
  ENDONYMS,
  htmlLang,
  isLanguage,
  LANGUAGES,
  type Language,
  type LanguageOption,
  resolveLanguage,
  textDirection,
} from './languages';
export type { MessageTable, Translate } from './translate';

async function readTable(language: Language): Promise<MessageTable> {
  const response = await fetch(getBrowser().runtime.getURL(`_locales/${language}/messages.json`));
  if (!response.ok) throw new Error(`_locales/${language}: ${response.status}`);
  return (await response.json()) as MessageTable;
}

const loaded = new Map<Language, Promise<Translate>>();

/** The translator of one language, its table read once per page or background lifetime. A table that
 *  can't be read falls back to English, and English to the bare keys, rather than leave a page blank. */
export function loadTranslator(language: Language): Promise<Translate> {
  let pending = loaded.get(language);
  if (!pending) {
    pending = readTable(language)
      .then(translatorFor)
      .catch(() => {
        loaded.delete(language); // read again next time: the failure may pass
        return language === 'en' ? translatorFor({}) : loadTranslator('en');
      });
    loaded.set(language, pending);
  }
  return pending;
}
