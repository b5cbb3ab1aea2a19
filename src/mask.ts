// Masks personal data in Amazon's alert text before it goes into a page report for the maintainers:
// e-mail addresses, phone numbers and every run of 4 or more digits, and people's names (the 様/さん
// address, "Hello, Name"). Over-masking is the safe side: a masked word costs a maintainer a guess,
// an unmasked name costs the person their privacy.

/** Longer text is cut first: the report never needs more, and every pattern below stays linear. */
export const MAX_MASKED_INPUT = 2000;

export const MASK = { email: '[email]', number: '[number]', name: '[name]' } as const;

// After NFKC, full-width ＠ and digits are ASCII. Address parts stop at spaces, brackets, quotes and
// punctuation; "at"/"dot" spelt out (in brackets or not) count too.
const PART = String.raw`[^\s@<>()[\]{}"'、。，,;:]+`;
const EMAILS = [
  // Either side may be cut off (at the length limit); a lone @ is masked rather than risk a half.
  new RegExp(`(?:${PART} ?)?@(?: ?${PART})?`, 'gu'),
  new RegExp(String.raw`${PART}\s*[[({<]\s*at\s*[\])}>]\s*${PART}(?:\s*[[({<]\s*dot\s*[\])}>]\s*${PART})*`, 'giu'),
  /[\p{L}\d._%+-]+\s+at\s+[\p{L}\d-]+(?:\s+dot\s+[\p{L}\d-]+)+/giu,
];
/** Digits with phone-like separators between them; masked when they hold 4 or more digits. */
const DIGIT_RUN = /\+?\d(?:[\d\-‐–—−ー()\s.]{0,3}\d)*/gu;
/** A name before a Japanese honorific: letters and spaces back to punctuation (at most 30). */
const HONORIFIC_NAME = /([\p{L}\p{M}・･][\p{L}\p{M}・･ ]{0,29}?)( ?)(様|さま|さん|殿|ちゃん|くん)/gu;
/** Words before 様/さん that are not names: お客様, 皆様, 同様, 仕様, 模様, 多様, 異様. */
const NOT_A_NAME =
  /(?:客|皆|みな|同|仕|模|多|異|一|有|神|王|奥|たく|お疲れ|ご苦労|お互い|お世話|おかげ|お陰|ご馳走|ごちそう)$/u;
/** What follows 様/さま inside ordinary words (様々, 様式, 様子, 様相, 様態, さまざま). */
const WORD_AFTER_SAMA = /^[々式子相態ざ]/u;
const GREETING_NAME =
  /\b(Hello|Hi|Hey|Dear|Welcome back|Welcome|Thanks|Thank you)(,?\s+)(?!there\b|again\b)([\p{L}\p{M}'’-]+(?:[ .]{1,2}[\p{L}\p{M}'’-]+){0,2})/giu;
const NOT_NAME_QUESTION = /\b(Not)(\s+)([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2})(\?)/gu;

function maskHonorifics(text: string): string {
  return text.replace(HONORIFIC_NAME, (whole, name: string, space: string, honorific: string, offset: number) => {
    const after = text.slice(offset + whole.length, offset + whole.length + 1);
    if ((honorific === '様' || honorific === 'さま') && WORD_AFTER_SAMA.test(after)) return whole;
    if (NOT_A_NAME.test(name.trimEnd())) return whole;
    return `${MASK.name}${space}${honorific}`;
  });
}

const countDigits = (run: string) => run.match(/\d/g)?.length ?? 0;

/** Every run of 4 or more digits (phone separators allowed inside) as [number]. */
export function maskNumbers(text: string): string {
  return text.replace(DIGIT_RUN, (run) => (countDigits(run) >= 4 ? MASK.number : run));
}

/** `text` with personal data replaced by [email], [number] and [name]; NFKC-normalised, whitespace
 *  collapsed, at most MAX_MASKED_INPUT characters of the input read. */
export function maskPersonal(text: string): string {
  let out = text.slice(0, MAX_MASKED_INPUT).normalize('NFKC').replace(/\s+/g, ' ').trim();
  out = out.replace(/mailto:/giu, '');
  for (const email of EMAILS) out = out.replace(email, MASK.email);
  out = maskHonorifics(out);
  out = out.replace(GREETING_NAME, (_w, greeting: string, gap: string) => `${greeting}${gap}${MASK.name}`);
  out = out.replace(NOT_NAME_QUESTION, (_w, not: string, gap: string, _n, q: string) => `${not}${gap}${MASK.name}${q}`);
  return maskNumbers(out);
}
