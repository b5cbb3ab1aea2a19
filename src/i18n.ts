// Strings come from _locales only. The browser's i18n.getMessage follows the browser language, but the
// options page lets people pick a language and auto also looks at the store, so extension pages
// resolve messages from the tables the build carries (scripts/locale-tables.mjs: each table is JSON
// text, parsed on first use), with the same placeholder rules as chrome.i18n ($NAME$ → placeholder
// content, $1 → substitution).
/// <reference path="./locale-tables.d.ts" />
import { LOCALE_JSON } from 'virtual:locale-tables';
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
type Table = Record<string, Entry>;

export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

const parsed = new Map<string, Table>();
function table(language: string): Table {
  let t = parsed.get(language);
  if (!t) {
    const json = LOCALE_JSON[language];
    t = json ? (JSON.parse(json) as Table) : {};
    parsed.set(language, t);
  }
  return t;
}

export function hasMessage(key: string): boolean {
  return key in table('en');
}

export function translator(language: Language): Translate {
  const own = table(language);
  const en = table('en');
  return (key, substitutions) => {
    const entry = own[key] ?? en[key];
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
