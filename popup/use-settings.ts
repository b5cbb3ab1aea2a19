// Settings, language and translator for the extension's own pages (popup and options). Pages follow
// the options at once: a change saved anywhere arrives through storage.onChanged.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import { htmlLang, resolveLanguage, textDirection, translator, type Language, type Translate } from '../src/i18n';
import { loadSettings, onSettingsChanged, type Settings } from '../src/settings';

export interface UiSettings {
  settings: Settings | null;
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

/** `storeLanguage`: the language of the store the page is about (the popup's tab), when known. */
export function useUiSettings(storeLanguage?: string | null): UiSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const stop = onSettingsChanged((next) => live && setSettings(next));
    loadSettings().then((loaded) => live && setSettings((prev) => prev ?? loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const language = resolveLanguage(settings?.language ?? 'auto', uiLanguage(), storeLanguage);
  const t = useMemo(() => translator(language), [language]);
  useEffect(() => {
    document.documentElement.lang = htmlLang(language);
    document.documentElement.dir = textDirection(language);
  }, [language]);
  return { settings, language, t, apply: setSettings };
}
