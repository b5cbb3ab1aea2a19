// Settings, language and translator for the extension's own pages (popup and options). Pages follow
// the options at once: a change saved anywhere arrives through storage.onChanged, and the page shows
// the new language as soon as its table is read (until then it keeps the one it has).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import { htmlLang, loadTranslator, resolveLanguage, textDirection, type Language, type Translate } from '../src/i18n';
import { loadSettings, onSettingsChanged, type Settings } from '../src/settings';

/** The settings and the words of their language, as read together at a page's start. */
export interface UiTexts {
  settings: Settings;
  language: Language;
  t: Translate;
}

export interface UiSettings extends UiTexts {
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

/** The settings and the table of their language. The table of the browser's language is asked for
 *  at once, beside the settings, since that is the one `auto` (the default) picks; a language chosen
 *  in the options is read once the settings tell it. The store's language only counts where the
 *  browser's is none of ours: the popup then reads that one too once it knows the tab's store. */
export async function loadUiTexts(): Promise<UiTexts> {
  const browserLanguage = uiLanguage();
  const likely = loadTranslator(resolveLanguage('auto', browserLanguage));
  const settings = await loadSettings();
  const language = resolveLanguage(settings.language, browserLanguage);
  return { settings, language, t: await (settings.language === 'auto' ? likely : loadTranslator(language)) };
}

/** `initial`: what loadUiTexts() read before the first render, if it ran. `storeLanguage`: the language of the store the page is about (the popup's tab), when known.
 *  Null until the settings and the table of their language are both read. */
export function useUiSettings(storeLanguage?: string | null, initial?: UiTexts | null): UiSettings | null {
  const [settings, setSettings] = useState<Settings | null>(initial?.settings ?? null);
  const [texts, setTexts] = useState<{ language: Language; t: Translate } | null>(
    initial ? { language: initial.language, t: initial.t } : null,
  );
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
    // The words already shown stay the same object: no render for nothing.
    loadTranslator(wanted).then(
      (t) => live && setTexts((prev) => (prev?.language === wanted && prev.t === t ? prev : { language: wanted, t })),
    );
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
