// Settings, language and translator for the extension's own pages (popup and options). Pages follow
// the options at once: a change saved anywhere arrives through storage.onChanged, and the page shows
// the new language as soon as its table is read (until then it keeps the one it has).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import { htmlLang, loadTranslator, resolveLanguage, textDirection, type Language, type Translate } from '../src/i18n';
import { loadSettings, onSettingsChanged, type Settings } from '../src/settings';

export interface UiSettings {
  settings: Settings;
  language: Language;
  t: Translate;
  /** Show a just-saved value at once, before storage.onChanged arrives. */
  apply: (settings: Settings) => void;
}

/** The browser's UI language; pages fall back to navigator.language if the API is missing. */
export function uiLanguage(): string {
  try {
    return getBrowser().i18n.getUILanguage() || navigator.language;
  } catch {
    return navigator.language || 'en';
  }
}

/** `storeLanguage`: the language of the store the page is about (the popup's tab), when known.
 *  Null until the settings and the table of their language are both read. */
export function useUiSettings(storeLanguage?: string | null): UiSettings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [texts, setTexts] = useState<{ language: Language; t: Translate } | null>(null);
  useEffect(() => {
    let live = true;
    const stop = onSettingsChanged((next) => live && setSettings(next));
    loadSettings().then((loaded) => live && setSettings((prev) => prev ?? loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const wanted = settings && resolveLanguage(settings.language, uiLanguage(), storeLanguage);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadTranslator(wanted).then((t) => live && setTexts({ language: wanted, t }));
    return () => {
      live = false;
    };
  }, [wanted]);
  const language = texts?.language;
  // Before the paint: the page never shows one frame in the old direction.
  useLayoutEffect(() => {
    if (!language) return;
    document.documentElement.lang = htmlLang(language);
    document.documentElement.dir = textDirection(language);
  }, [language]);
  return settings && texts ? { settings, language: texts.language, t: texts.t, apply: setSettings } : null;
}

/** Action ids and hint ids are kebab-case; message keys use their CamelCase form. */
export function camel(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}
