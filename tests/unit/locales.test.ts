// The locale files are shared by every part of the extension and edited by several people at once.
// This keeps them loadable by Chrome and Firefox (which refuse a whole extension over one bad message),
// identical in keys and placeholders across languages, translated, and complete for every cause, hint
// and action. It checks every locale present in _locales and fails when one of the product's is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/detect/causes/index';
import { ACTION_IDS, CAUSE_IDS, HINT_IDS } from '../../src/detect/types';
import { GUIDANCE } from '../../src/guidance';
import { LANGUAGES as PRODUCT_LANGUAGES, type Language } from '../../src/i18n';
import { translator } from '../translations';

interface Placeholder {
  content: string;
  example?: string;
}
interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const localeDir = path.join(repo, '_locales');
/** Every locale present (en first), whether or not the product lists it yet. */
const LANGUAGES = readdirSync(localeDir)
  .filter((l) => existsSync(path.join(localeDir, l, 'messages.json')))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b))) as Language[];
type Lang = Language;
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const raw = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, readFileSync(path.join(repo, '_locales', lang, 'messages.json'), 'utf8')]),
) as Record<Lang, string>;

/**
 * Every object key that occurs more than once in the same object, at any depth, as "path.key".
 * JSON.parse silently keeps the last of two equal keys, which is how a concurrent edit loses a string,
 * so the text is walked here by hand. Throws on text that is not JSON.
 */
function duplicateKeys(text: string): string[] {
  let i = 0;
  const dups: string[] = [];
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at offset ${i}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const str = (): string => {
    if (text[i] !== '"') fail('expected a string');
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const key = str();
        if (seen.has(key)) dups.push(path ? `${path}.${key}` : key);
        seen.add(key);
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        value(path ? `${path}.${key}` : key);
        ws();
        const sep = text[i++];
        if (sep === '}') return;
        if (sep !== ',') fail('expected "," or "}"');
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        ws();
        const sep = text[i++];
        if (sep === ']') return;
        if (sep !== ',') fail('expected "," or "]"');
      }
    } else if (c === '"') {
      str();
    } else {
      const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
      if (!m) fail('unexpected token');
      i += m![0].length;
    }
  };
  value('');
  ws();
  if (i !== text.length) fail('trailing text');
  return dups;
}

const tables = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(raw[lang]) as Record<string, Entry>]),
) as Record<Lang, Record<string, Entry>>;
const en = tables.en;
const ja = tables.ja;
const allKeys = [...new Set(LANGUAGES.flatMap((l) => Object.keys(tables[l])))].sort();

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/** Names used as $NAME$ in a message, lower-cased as Chrome compares them. */
const referenced = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());

/** Japanese script: hiragana, katakana (incl. prolonged sound mark), CJK ideographs, full-width forms. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/** Arabic script (letters, Arabic-Indic digits, presentation forms). */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** Words every language writes as English does: our name's brand, Amazon's own feature names. */
const SAME_IN_EVERY_LANGUAGE =
  /\b(?:Amazon Pay|Amazon|Seller Central|Alexa|Prime Video|Passkeys?|Chrome|Firefox|Safari|Edge|Android|iPhone|iPad|iOS|macOS|Windows|Mac|Caps Lock|OTP|SMS|Gmail|Google|Apple|Microsoft)\b/g;

/** Words a language writes exactly as English does (checked by a native reader): per language, the
 *  messages allowed to equal English. Anything else identical to English is left untranslated. */
const COGNATES: Partial<Record<Lang, readonly string[]>> = {
  de: ['Problem', 'Browser'],
  fr: ['Page'],
  it: ['Browser'],
  nl: ['Browser'],
  pl: ['Problem'],
  sv: ['Problem'],
};

/** A message with nothing to translate: placeholders, domains, brand and product names, punctuation. */
function brandOnly(message: string): boolean {
  const rest = message
    .replace(/\$[A-Za-z0-9_@]+\$|\$\d/g, '')
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi, '')
    .replace(SAME_IN_EVERY_LANGUAGE, '');
  return !/[A-Za-z]/.test(rest);
}

describe('locale files', () => {
  it.each(LANGUAGES)('%s parses as JSON and has no duplicate key at any depth', (lang) => {
    expect(() => JSON.parse(raw[lang])).not.toThrow();
    expect(duplicateKeys(raw[lang])).toEqual([]);
  });

  it('detects duplicates that JSON.parse would hide', () => {
    expect(duplicateKeys('{"a": {"message": "x"}, "b": {"message": "y", "message": "z"}, "a": {}}')).toEqual([
      'b.message',
      'a',
    ]);
    expect(duplicateKeys('{"a": [1, {"x": 1, "x": 2}]}')).toEqual(['a[1].x']);
    expect(() => duplicateKeys('{"a": 1,}')).toThrow(SyntaxError);
  });

  it.each(PRODUCT_LANGUAGES.map((l) => [l]))('the product language %s has its _locales table', (lang) => {
    expect(LANGUAGES, `_locales/${lang}/messages.json is missing`).toContain(lang);
  });

  it('has no locale the product does not offer (the options would not list it)', () => {
    expect(LANGUAGES.filter((l) => !(PRODUCT_LANGUAGES as readonly string[]).includes(l))).toEqual([]);
  });

  it.each(OTHERS.map((l) => [l]))('%s has exactly the keys of English', (lang) => {
    const missing = Object.keys(en).filter((k) => !(k in tables[lang]));
    const extra = Object.keys(tables[lang]).filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES.map((l) => [l]))("%s names and describes the extension (the manifest's __MSG_ keys)", (lang) => {
    const manifest = readFileSync(path.join(repo, 'manifest.json'), 'utf8');
    const used = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of used) expect(tables[lang][key]?.message, `${lang}:${key}`).toBeTruthy();
  });

  it.each(OTHERS.map((l) => [l]))('%s leaves nothing in English but brand and product names and domains', (lang) => {
    const untranslated = Object.entries(tables[lang])
      .filter(([key, e]) => e.message === en[key]?.message && !brandOnly(e.message))
      .filter(([, e]) => !COGNATES[lang]?.includes(e.message))
      .map(([key, e]) => `${key}: ${e.message}`);
    expect(untranslated).toEqual([]);
  });

  it('uses only key names chrome.i18n accepts', () => {
    for (const key of allKeys) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@'), key).toBe(false);
    }
  });

  it.each(LANGUAGES)('%s: every entry has a non-empty message and only known fields', (lang) => {
    for (const [key, entry] of Object.entries(tables[lang])) {
      expect(typeof entry.message, `${lang}:${key}`).toBe('string');
      expect(entry.message.trim(), `${lang}:${key} is empty`).not.toBe('');
      expect(entry.message, `${lang}:${key} has leading/trailing space`).toBe(entry.message.trim());
      for (const field of Object.keys(entry))
        expect(['message', 'description', 'placeholders'], `${lang}:${key}.${field}`).toContain(field);
      if (entry.description !== undefined)
        expect(typeof entry.description, `${lang}:${key}.description`).toBe('string');
    }
  });

  it.each(OTHERS.map((l) => [l]))(
    '%s has the same placeholders, with the same contents, and the same $1…$9, for each key as English',
    (lang) => {
      const shape = (e: Entry) =>
        Object.fromEntries(
          Object.entries(e.placeholders ?? {})
            .map(([name, p]) => [name.toLowerCase(), p.content] as const)
            .sort(([a], [b]) => a.localeCompare(b)),
        );
      const numbered = (e: Entry) => [...new Set(e.message.match(/\$[1-9]/g) ?? [])].sort();
      for (const key of allKeys) {
        const mine = tables[lang][key];
        if (!en[key] || !mine) continue; // reported by the key-set test
        expect(shape(mine), `${lang}:${key}`).toEqual(shape(en[key]));
        expect([...new Set(referenced(mine.message))].sort(), `${lang}:${key}`).toEqual(
          [...new Set(referenced(en[key].message))].sort(),
        );
        expect(numbered(mine), `${lang}:${key}`).toEqual(numbered(en[key]));
      }
    },
  );

  it.each(LANGUAGES)(
    '%s: every $NAME$ is defined (Chrome refuses to load otherwise) and every placeholder is used',
    (lang) => {
      for (const [key, entry] of Object.entries(tables[lang])) {
        const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
        const used = referenced(entry.message);
        for (const name of used) expect(defined, `${lang}:${key} uses $${name.toUpperCase()}$`).toContain(name);
        for (const name of defined) expect(used, `${lang}:${key} defines "${name}" but never uses it`).toContain(name);
        for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
          expect(typeof p.content, `${lang}:${key}.${name}`).toBe('string');
          // chrome.i18n substitutes $1..$9 only.
          for (const [, n] of p.content.matchAll(/\$(\d+)/g))
            expect(Number(n), `${lang}:${key}.${name}`).toBeLessThanOrEqual(9);
        }
        // A lone "$" is neither a placeholder nor a substitution: write "$$" for a literal dollar sign.
        const leftover = entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$|\$[1-9]/g, '');
        expect(leftover.includes('$'), `${lang}:${key} has a stray "$"`).toBe(false);
      }
    },
  );

  it('binds $STORE$ to the first and $SISTER$ to the second substitution everywhere', () => {
    // The UI passes [store domain, sister store domain] to every guidance, hint and action message.
    for (const lang of LANGUAGES) {
      for (const [key, entry] of Object.entries(tables[lang])) {
        const store = entry.placeholders?.store;
        const sister = entry.placeholders?.sister;
        if (sister) expect(sister.content, `${lang}:${key}`).toBe('$2');
        if (store && sister) expect(store.content, `${lang}:${key}`).toBe('$1');
      }
    }
  });

  it('stays under Chrome limits for the manifest strings', () => {
    for (const lang of LANGUAGES) {
      // name: 75 characters at most; description: 132 at most (manifest reference).
      if (tables[lang].extName)
        expect([...tables[lang].extName!.message].length, `${lang}:extName`).toBeLessThanOrEqual(75);
      if (tables[lang].extDescription)
        expect([...tables[lang].extDescription!.message].length, `${lang}:extDescription`).toBeLessThanOrEqual(132);
    }
  });

  it.runIf(LANGUAGES.includes('ar'))('has Arabic text in every Arabic message, and its arrows point left', () => {
    const ar = tables.ar ?? {};
    const notArabic = Object.entries(ar)
      .filter(([, e]) => !ARABIC.test(e.message) && !brandOnly(e.message))
      .map(([key, e]) => `${key}: ${e.message}`);
    expect(notArabic).toEqual([]);
    // A path such as "Settings → Privacy" reads right to left: its arrows are ←.
    expect(Object.keys(ar).filter((key) => ar[key]!.message.includes('→'))).toEqual([]);
  });

  it('has Japanese text in every Japanese message except brand-only strings', () => {
    const notJapanese = Object.entries(ja)
      .filter(([, e]) => !JAPANESE.test(e.message) && !brandOnly(e.message))
      .map(([key, e]) => `${key}: ${e.message}`);
    expect(notJapanese).toEqual([]);
  });
});

describe('guidance keys', () => {
  it('covers every cause id with exactly one rule', () => {
    expect(CAUSES.map((r) => r.id).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it.each(Object.entries(GUIDANCE))('%s: headline, why and every step exist in every language', (_id, guidance) => {
    const { headline, why, steps } = guidance;
    expect(steps.length).toBeGreaterThan(0);
    for (const key of [headline, why, ...steps]) {
      for (const lang of LANGUAGES) expect(tables[lang][key], `${lang}:${key}`).toBeDefined();
      expect(en[key]?.description, `en:${key} needs a description`).toBeTruthy();
    }
  });

  it.each(Object.entries(GUIDANCE))(
    '%s: no step keys beyond the step count (left over after a change)',
    (_id, guidance) => {
      const prefix = guidance.headline.replace(/Headline$/, '');
      const stepKey = new RegExp(`^${prefix}Step\\d+$`);
      expect(allKeys.filter((k) => stepKey.test(k)).sort()).toEqual([...guidance.steps].sort());
    },
  );

  it('keeps headlines free of placeholders: the banner and the badge show them without substitutions', () => {
    for (const { headline } of Object.values(GUIDANCE)) {
      for (const lang of LANGUAGES) expect(tables[lang][headline]?.placeholders, `${lang}:${headline}`).toBeUndefined();
    }
  });

  it('renders every guidance string completely with the store and sister store filled in', () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      for (const { headline, why, steps, actions, hints } of Object.values(GUIDANCE)) {
        const keys = [
          headline,
          why,
          ...steps,
          ...actions.map((a) => `action${pascal(a)}`),
          ...hints.flatMap((h) => [`hint${pascal(h)}Title`, `hint${pascal(h)}Body`]),
        ];
        for (const key of keys) {
          const text = t(key, ['amazon.co.jp', 'amazon.com']);
          expect(text, `${lang}:${key}`).not.toBe(key);
          expect(text, `${lang}:${key}`).not.toMatch(/\$/);
          expect(text.trim(), `${lang}:${key}`).not.toBe('');
        }
      }
    }
  });
});

describe('hint and action keys', () => {
  it.each(HINT_IDS.map((h) => [h] as const))('hint %s has a title and a body in every language', (hint) => {
    for (const key of [`hint${pascal(hint)}Title`, `hint${pascal(hint)}Body`]) {
      for (const lang of LANGUAGES) expect(tables[lang][key], `${lang}:${key}`).toBeDefined();
      expect(en[key]?.description, `en:${key} needs a description`).toBeTruthy();
    }
  });

  it.each(ACTION_IDS.map((a) => [a] as const))('action %s has a short button label in every language', (action) => {
    const key = `action${pascal(action)}`;
    for (const lang of LANGUAGES) {
      expect(tables[lang][key], `${lang}:${key}`).toBeDefined();
      expect(tables[lang][key]?.description, `${lang}:${key} needs a description`).toBeTruthy();
      const label = translator(lang)(key, ['amazon.co.jp', 'amazon.com']);
      expect(label, `${lang}:${key}`).not.toMatch(/[。.!?！？]$/);
      expect([...label].length, `${lang}:${key} is long for a button`).toBeLessThanOrEqual(
        lang === 'ja' ? 20 : lang === 'en' ? 36 : 48,
      );
    }
  });
});

describe('general help', () => {
  const series = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  const HELP_KEYS = [
    'helpResetTitle',
    ...series('helpResetStep', 7),
    'helpStoresTitle',
    'helpStoresBody',
    'helpDeviceTitle',
    'helpDeviceBody',
    'helpKeyboardTitle',
    ...series('helpKeyboard', 3),
    'helpKeyboardPaste',
    'helpCacheTitle',
    'helpCacheIntro',
    'helpCacheSafariTitle',
    ...series('helpCacheSafari', 3),
    'helpCacheChromeTitle',
    ...series('helpCacheChrome', 4),
    'helpCacheFirefoxTitle',
    ...series('helpCacheFirefox', 3),
    'helpCacheDesktopTitle',
    ...series('helpCacheDesktop', 3),
    'helpHijackTitle',
    'helpHijackIntro',
    ...series('helpHijack', 5),
    'helpHijackDontWait',
  ];

  it('has every help string in every language, each described for translators', () => {
    for (const key of HELP_KEYS) {
      for (const lang of LANGUAGES) expect(tables[lang][key], `${lang}:${key}`).toBeDefined();
      expect(en[key]?.description, `en:${key}`).toBeTruthy();
      expect(ja[key]?.description, `ja:${key}`).toBeTruthy();
    }
  });

  it('has no help string with a placeholder: the general help renders them without substitutions', () => {
    for (const key of HELP_KEYS) expect(en[key]?.placeholders, key).toBeUndefined();
  });
});
