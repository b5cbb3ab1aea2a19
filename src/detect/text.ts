// Text helpers for matching Amazon's words. Matching is done on a normalised copy; the user is always
// shown Amazon's text as it was (whitespace collapsed only).
import type { PhraseTable, ShownAlert } from './types';

export const MAX_TEXT = 1000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** NFKC folds full-width forms; curly quotes become straight so "can’t" matches "can't". */
export function normalize(text: string): string {
  return collapse(text.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase());
}

/** Text a person sees inside el: skips scripts, styles and parts hidden the way Amazon hides them.
 *  Bounded however big el is: it reads at most `4 × limit` characters and visits at most as many
 *  elements (room for Amazon's indentation, which collapses away), so a 5 MB text node or a
 *  20,000-level nest costs no more than a normal alert. */
export function shownText(el: Element, limit = MAX_TEXT): string {
  let out = '';
  let budget = limit * 4;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && budget > 0; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child.nodeValue ?? '').slice(0, budget);
        budget -= value.length;
        out += value;
      } else if (child.nodeType === 1) {
        budget -= 1;
        const e = child as Element;
        if (SKIPPED.has(e.tagName.toUpperCase()) || isHiddenByMarkup(e)) continue;
        out += ' ';
        walk(e);
      }
    }
  };
  walk(el);
  return collapse(out).slice(0, limit);
}

/** Hidden by the markup itself (works on saved pages and in jsdom, where no stylesheet applies). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.classList;
  if (cls.contains('aok-hidden') || cls.contains('a-hidden') || cls.contains('hidden')) return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** Japanese verb endings folded to one form, so a polite message (ありません, です, ください) and its
 *  plain rewrite (ない, だ, 下さい) read the same; applied alike to phrases and page text. */
const JA_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // Tense is dropped: "could not find" and "cannot find" are the same message.
  [/(あり)?ません(でした)?|なかった/g, 'ない'],
  [/でした/g, 'だった'],
  [/です/g, 'だ'],
  [/ました/g, 'た'],
  [/します/g, 'する'],
  [/ます/g, 'る'],
  [/下さい/g, 'ください'],
];
// A godan verb's negative stem (見つからない) folded to its polite stem (見つかりません → 見つかりない).
const A_ROW = 'かがさたなばまらわ';
const I_ROW = 'きぎしちにびみりい';

/** Text as phrase matching sees it: normalised, English contractions spelt out, then every space and
 *  punctuation mark dropped (a changed comma, full stop or word break is no other message) and the
 *  Japanese endings folded. Never shown. */
export function fold(text: string): string {
  let out = normalize(text)
    .replace(/can't/g, 'cannot')
    .replace(/n't/g, ' not')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  for (const [ending, plain] of JA_ENDINGS) out = out.replace(ending, plain);
  return out.replace(/([かがさたなばまらわ])ない/g, (_, kana: string) => `${I_ROW[A_ROW.indexOf(kana)]}ない`);
}

/** A phrase that matched: which language's table, the phrase as matched (folded), and the normalised
 *  text it was found in. */
export interface PhraseMatch {
  lang: string;
  phrase: string;
  normalized: string;
}

/** Maintainers' tools (npm run diagnose) listen here to learn which phrase decided; unset in the extension. */
export const phraseTrace: { listener: ((match: PhraseMatch) => void) | null } = { listener: null };

export function matchesPhrase(normalizedText: string, table: PhraseTable): boolean {
  const folded = fold(normalizedText);
  for (const [lang, phrases] of Object.entries(table)) {
    const phrase = phrases?.find((p) => folded.includes(p));
    if (phrase === undefined) continue;
    phraseTrace.listener?.({ lang, phrase, normalized: normalizedText });
    return true;
  }
  return false;
}

export function findAlert(alerts: readonly ShownAlert[], table: PhraseTable): ShownAlert | undefined {
  return alerts.find((a) => matchesPhrase(a.normalized, table));
}

/** Phrase tables are written as Amazon shows them and folded once, the same way as page text. */
export function phraseTable(table: Record<string, readonly string[]>): PhraseTable {
  return Object.fromEntries(Object.entries(table).map(([lang, list]) => [lang, list.map(fold)]));
}
