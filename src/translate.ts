// A message table and its translator, with chrome.i18n's placeholder rules ($NAME$ → placeholder
// content, $1 → substitution). Pure, so tests and tools read _locales with it too (src/i18n.ts loads
// the table in the extension).
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
