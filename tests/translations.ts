// The product's strings for tests, read straight from the repo's _locales (so tests never hard-code
// copy): a translator that works like the extension's (src/i18n.ts) without a browser to fetch from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../src/languages';
import { type MessageTable, type Translate, translatorFor } from '../src/translate';

const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../_locales');

/** A file of the repo's _locales, as text: what the packaged extension serves at the same path. */
export function localeFile(relative: string): string {
  return readFileSync(path.join(LOCALES, relative), 'utf8');
}

export function messagesOf(language: Language): MessageTable {
  return JSON.parse(localeFile(`${language}/messages.json`)) as MessageTable;
}

const cache = new Map<Language, Translate>();
export function translator(language: Language): Translate {
  let t = cache.get(language);
  if (!t) {
    t = translatorFor(messagesOf(language));
    cache.set(language, t);
  }
  return t;
}
