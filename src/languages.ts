// Our languages and which one we speak, without any locale table: the content script uses this module
// too (the language of the banner and its direction), and its size is paid on every sign-in page.

/** The product's languages, in the order the options list them. `_locales/<id>` for each. */
export const LANGUAGES = ['en', 'ja', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'sv', 'tr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageOption = 'auto' | Language;

/** Each language named in itself, as a language picker shows it (not translated). */
export const ENDONYMS: Readonly<Record<Language, string>> = {
  en: 'English',
  ja: '日本語',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  pt_BR: 'Português (Brasil)',
  nl: 'Nederlands',
  pl: 'Polski',
  sv: 'Svenska',
  tr: 'Türkçe',
  ar: 'العربية',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A BCP 47 tag (pt-BR, de-AT, es-419, ar, zh-TW) → our language, or null when we have none for it.
 *  Any Portuguese reads pt_BR: it is our only Portuguese. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const [primary = ''] = (tag ?? '').toLowerCase().split(/[-_]/);
  if (primary === 'pt') return 'pt_BR';
  return isLanguage(primary) ? primary : null;
}

/**
 * Which language we speak. A fixed choice in the options wins. Auto: the browser's UI language when
 * we have it (the person's own language, even on a store in another: a Japanese browser on amazon.de
 * gets Japanese), else the store page's language, else English.
 */
export function resolveLanguage(option: LanguageOption, uiLanguage: string, storeLanguage?: string | null): Language {
  if (option !== 'auto') return option;
  return languageOfTag(uiLanguage) ?? languageOfTag(storeLanguage) ?? 'en';
}

/** The HTML lang attribute of a language (pt_BR → pt-BR). */
export function htmlLang(language: Language): string {
  return language.replace('_', '-');
}

/** Writing direction: Arabic is our one right-to-left language. */
export function textDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
