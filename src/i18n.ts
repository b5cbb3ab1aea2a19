// Strings come from _locales only. The browser's i18n.getMessage follows the browser language, but the
// options page lets people pick a language and auto also looks at the store, so the background and the
// extension's pages read the one table of the language in use from the package itself:
// `_locales/<lang>/messages.json`, fetched from the extension's own URL (the only fetch any bundle
// makes: tests/unit/bundle-privacy.test.ts) and parsed once per language. The placeholder rules are
// chrome.i18n's ($NAME$ → placeholder content, $1 → substitution).
import { getBrowser } from './browser';
import type { Language } from './languages';

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

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
/** One `_locales/<lang>/messages.json` (the build drops the translators' descriptions). */
export type MessageTable = Readonly<Record<string, Entry>>;

export interface Translate {
  (key: string, substitutions?: string | readonly string[]): string;
  /** Whether there is a message for this key (ids whose texts only some of them have). */
  has(key: string): boolean;
}

/** Every key is in every table (tests/unit/locales.test.ts), so a missing one only shows the key. */
export function translatorFor(table: MessageTable): Translate {
  const t = (key: string, substitutions?: string | readonly string[]) => {
    const entry = table[key];
    if (!entry) return key;
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    const withPlaceholders = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return withPlaceholders.replace(/\$(\d|\$)/g, (_whole, n: string) =>
      n === '$' ? '$' : (subs[Number(n) - 1] ?? ''),
    );
  };
  return Object.assign(t, { has: (key: string) => Object.hasOwn(table, key) });
}

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
