// Strings come from _locales only. The browser's i18n.getMessage follows the browser language, but the
// options page lets people pick 日本語 or English, so extension pages resolve messages from the bundled
// tables with the same placeholder rules as chrome.i18n ($NAME$ → placeholder content, $1 → substitution).
import en from '../_locales/en/messages.json';
import ja from '../_locales/ja/messages.json';

export type Language = 'ja' | 'en';
export type LanguageOption = 'auto' | Language;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Table = Record<string, Entry>;

const TABLES: Record<Language, Table> = { en: en as Table, ja: ja as Table };

export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

/** auto follows the browser's UI language: Japanese for ja*, English otherwise. */
export function resolveLanguage(option: LanguageOption, uiLanguage: string): Language {
  if (option !== 'auto') return option;
  return uiLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function hasMessage(key: string): boolean {
  return key in TABLES.en;
}

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, substitutions) => {
    const entry = table[key] ?? TABLES.en[key];
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
}
