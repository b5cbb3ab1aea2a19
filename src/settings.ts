// Options, kept in storage.sync with typed defaults. Stored objects carry a schema version so a later
// release can migrate what an earlier one wrote; anything unreadable falls back to the default.
import { getBrowser } from './browser';
import { isLanguage, type LanguageOption } from './languages';
import { isRecord } from './json-guards';

export type ClearScope = 'cookies' | 'cookies-and-site-data';

export interface Settings {
  banner: boolean;
  language: LanguageOption;
  inputHints: boolean;
  clearScope: ClearScope;
}

export const SETTINGS_VERSION = 1;
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  banner: true,
  language: 'auto',
  inputHints: true,
  clearScope: 'cookies',
});

const KEY = 'settings';

/** Reads any stored shape (older versions, partial, garbage) into valid Settings. */
export function migrateSettings(stored: unknown): Settings {
  const s = isRecord(stored) ? stored : {};
  // Version 0 (pre-release builds) stored the banner switch as `showBanner`.
  const banner = s.banner ?? s.showBanner;
  return {
    banner: typeof banner === 'boolean' ? banner : DEFAULT_SETTINGS.banner,
    language: isLanguage(s.language) || s.language === 'auto' ? s.language : DEFAULT_SETTINGS.language,
    inputHints: typeof s.inputHints === 'boolean' ? s.inputHints : DEFAULT_SETTINGS.inputHints,
    clearScope:
      s.clearScope === 'cookies' || s.clearScope === 'cookies-and-site-data'
        ? s.clearScope
        : DEFAULT_SETTINGS.clearScope,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await getBrowser().storage.sync.get(KEY);
    return migrateSettings(stored[KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings()), ...patch });
  await getBrowser().storage.sync.set({ [KEY]: { ...next, version: SETTINGS_VERSION } });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(migrateSettings(changes[KEY].newValue));
  };
  getBrowser().storage.onChanged.addListener(handler);
  return () => getBrowser().storage.onChanged.removeListener(handler);
}
