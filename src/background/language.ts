// The language we speak to this person (the options' choice; auto: the browser's UI language when we
// have it, else the store's, else English: src/languages.ts), as a language or a translator.
import { getBrowser } from '../browser';
import { loadTranslator, resolveLanguage, type Language, type Translate } from '../i18n';
import { loadSettings, type Settings } from '../settings';

/** `storeLanguage`: the language of the store the words are about (marketplaces.ts), if any. */
export function chosenLanguage(settings: Settings, storeLanguage?: string | null): Language {
  return resolveLanguage(settings.language, getBrowser().i18n.getUILanguage(), storeLanguage);
}

export async function userTranslator(storeLanguage?: string | null): Promise<Translate> {
  return loadTranslator(chosenLanguage(await loadSettings(), storeLanguage));
}
