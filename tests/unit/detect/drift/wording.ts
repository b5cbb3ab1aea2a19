// Wording drift: the same message in Amazon's words, written slightly differently (punctuation,
// spacing, width, case, plain instead of polite Japanese) or with other words (synonyms). Applied to
// every text node a person can read; scripts and styles stay as they are.
import type { Mutation } from './mutations';

type Rewrite = readonly [RegExp, string];

function rewriteText(doc: Document, rewrite: (text: string) => string): boolean {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let changed = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || !node.nodeValue?.trim()) continue;
    const after = rewrite(node.nodeValue);
    if (after !== node.nodeValue) {
      node.nodeValue = after;
      changed = true;
    }
  }
  return changed;
}

const applyAll = (rewrites: readonly Rewrite[]) => (text: string) =>
  rewrites.reduce((t, [from, to]) => t.replace(from, to), text);

const PUNCTUATION: readonly Rewrite[] = [
  [/([^.!?。！\s])(\s*)$/, '$1.$2'], // a full stop where there was none…
  [/[.。](\s*)$/, '!$1'], // …and an exclamation where there was one
  [/'/g, '’'],
  [/、/g, '，'],
  [/。(?=\S)/g, '．'],
  [/\(/g, '['],
  [/\)/g, ']'],
  [/-/g, '‐'],
];

const SPACING: readonly Rewrite[] = [
  [/ (?=\S)/g, '\u00a0 '],
  [/E ?メール/g, 'E メール'],
  [/([ぁ-んァ-ヶ一-龠])([A-Za-z0-9])/g, '$1 $2'],
  [/ (?=[ぁ-んァ-ヶ一-龠])/g, ''],
];

/** ASCII letters and digits in full width, as some Japanese pages write them. */
const fullWidth = (text: string) => text.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const titleCase = (text: string) => text.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Plain (dictionary) form for the polite form, conjugated as a Japanese writer would. */
const PLAIN_FORM: readonly Rewrite[] = [
  [/ありませんでした/g, 'なかった'],
  [/ありません/g, 'ない'],
  [/見つかりません/g, '見つからない'],
  [/ていません/g, 'ていない'],
  [/しません/g, 'しない'],
  [/できません/g, 'できない'],
  [/ください/g, '下さい'],
  [/でした/g, 'だった'],
  [/です/g, 'だ'],
  [/されました/g, 'された'],
  [/しました/g, 'した'],
  [/ています/g, 'ている'],
  [/します/g, 'する'],
];

const SYNONYMS: readonly Rewrite[] = [
  [/\bincorrect\b/gi, 'wrong'],
  [/\bcannot\b/g, "can't"],
  [/\bemail\b/gi, 'e-mail'],
  [/\bmobile number\b/g, 'phone number'],
  [/\bnot valid\b/g, 'invalid'],
  [/There was a problem/g, 'Something went wrong'],
  [/Eメールアドレス/g, 'メールアドレス'],
  [/正しくありません/g, '間違っています'],
  [/問題が発生しました/g, 'エラーが発生しました'],
  [/携帯電話番号/g, '電話番号'],
];

/** A word break (<wbr>) in the middle of every text a person reads: rendered as one word, read by a
 *  text walker as two. */
function wordBreaks(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && (node.nodeValue?.trim().length ?? 0) > 6) texts.push(node as Text);
  }
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    const at = value.length - value.trimStart().length + Math.floor(value.trim().length / 2);
    text.after(doc.createElement('wbr'), text.splitText(at));
  }
  return texts.length > 0;
}

export const wordingMutations: readonly Mutation[] = [
  { kind: 'wording', name: 'punctuation', apply: (d) => rewriteText(d, applyAll(PUNCTUATION)) },
  { kind: 'wording', name: 'spacing', apply: (d) => rewriteText(d, applyAll(SPACING)) },
  { kind: 'wording', name: 'full-width letters', apply: (d) => rewriteText(d, fullWidth) },
  { kind: 'wording', name: 'title case', apply: (d) => rewriteText(d, titleCase) },
  { kind: 'wording', name: 'plain form (ja)', apply: (d) => rewriteText(d, applyAll(PLAIN_FORM)) },
  { kind: 'wording', name: 'word breaks', apply: wordBreaks },
  { kind: 'wording', name: 'synonyms', apply: (d) => rewriteText(d, applyAll(SYNONYMS)) },
];
