// Pure checks of what a person is typing into Amazon's identifier and password fields. They take a
// string, answer with hint ids (and a suggested domain), and keep nothing: callers read the value
// inside an event handler, call these, and let the value go.
import { CARRIER_MAIL_DOMAINS, isCarrierDomain } from './carrier-mail';

export const INPUT_HINT_IDS = [
  'space-edge', // space before or after
  'space-inner', // space inside an e-mail address
  'full-width', // 全角 characters: NFKC would change them
  'domain-typo', // domain looks like a misspelt common one (see `suggestion`)
  'carrier-mail', // Japanese carrier address: may be gone after a carrier change
  'caps-lock', // password typed with Caps Lock on
  'ime', // password typed through an IME or with full-width characters
] as const;
export type InputHintId = (typeof INPUT_HINT_IDS)[number];

export interface IdentifierCheck {
  hints: InputHintId[];
  /** The domain we think was meant, when `hints` has 'domain-typo'. */
  suggestion: string | null;
}

/** Splits a space-separated list (keeps the tables short in the bundle injected into every page). */
const words = (list: string): string[] => list.split(' ');

/**
 * Domains we suggest, in priority order (first wins a tie). A leading `~` allows two edits: only for
 * names that exist under one domain alone, so a country variant (yahoo.co.in) is never "corrected".
 */
const TARGETS = words(
  '~gmail.com yahoo.co.jp ~docomo.ne.jp ~ezweb.ne.jp ~softbank.ne.jp ~i.softbank.jp ~icloud.com outlook.jp ' +
    'outlook.com hotmail.co.jp hotmail.com yahoo.com ~ymobile.ne.jp ~disney.ne.jp ~googlemail.com',
).map((t) => ({ domain: t.replace('~', ''), max: t.startsWith('~') ? 2 : 1 }));

/** Misspellings too far for the edit distance (three or more edits) but common in Japan: typo → meant. */
const EXPLICIT = new Map(
  words(
    'gmail.co.jp>gmail.com gmail.jp>gmail.com gmail.ne.jp>gmail.com docomo.jp>docomo.ne.jp ' +
      'docomo.com>docomo.ne.jp ezweb.jp>ezweb.ne.jp softbank.jp>i.softbank.jp softbank.co.jp>softbank.ne.jp ' +
      'yahoo.jp>yahoo.co.jp yahoo.ne.jp>yahoo.co.jp hotmail.jp>hotmail.co.jp outlook.co.jp>outlook.jp ' +
      'icloud.jp>icloud.com icloud.co.jp>icloud.com',
  ).map((pair) => pair.split('>') as [string, string]),
);

/** Real mail domains near a target that must never be "corrected". */
const KNOWN = new Set([
  ...TARGETS.map((t) => t.domain),
  ...CARRIER_MAIL_DOMAINS,
  ...words(
    'mail.com gmx.com gmx.de me.com mac.com aol.com msn.com live.com live.jp yahoo.co.uk yahoo.co.in ' +
      'yahoo.co.id yahoo.fr yahoo.de yahoo.it yahoo.es yahoo.ca hotmail.co.uk hotmail.fr hotmail.de hotmail.it ' +
      'hotmail.es outlook.fr outlook.de outlook.it outlook.es proton.me protonmail.com nifty.com biglobe.ne.jp ' +
      'ocn.ne.jp so-net.ne.jp',
  ),
]);

const FULL_WIDTH_SPACE = '\u3000';

/** Characters a half-width keyboard would not produce: NFKC changes them, or the 全角 space. */
export function hasFullWidth(value: string): boolean {
  return value.includes(FULL_WIDTH_SPACE) || value.normalize('NFKC') !== value;
}

/** Optimal-string-alignment distance (adjacent swaps count once), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The common domain `domain` probably meant, or null. With `typing`, a domain that is still the start
 * of a known one ("gmail.co" on the way to "gmail.com") is left alone.
 */
export function suggestDomain(domain: string, typing = false): string | null {
  const d = domain.toLowerCase();
  if (d === '' || KNOWN.has(d)) return null;
  if (typing && [...KNOWN].some((k) => k.startsWith(d))) return null;
  const explicit = EXPLICIT.get(d);
  if (explicit) return explicit;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const { domain: target, max } of TARGETS) {
    const distance = editDistance(d, target, max);
    if (distance <= max && distance < bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Checks an e-mail address or phone number. `typing`: the person is mid-word, so skip suggestions
 * for a domain that may still grow into a correct one.
 */
export function checkIdentifier(value: string, typing = false): IdentifierCheck {
  const hints: InputHintId[] = [];
  let suggestion: string | null = null;
  if (value === '') return { hints, suggestion };
  if (/^\s|\s$/.test(value)) hints.push('space-edge');
  if (hasFullWidth(value)) hints.push('full-width');
  const normalized = value.normalize('NFKC').trim().toLowerCase();
  const at = normalized.lastIndexOf('@');
  // Phone numbers are often typed in groups ("090 1234 5678"): only e-mail addresses get the rest.
  if (at < 0) return { hints, suggestion };
  if (/\S\s+\S/.test(normalized)) hints.push('space-inner');
  const domain = normalized.slice(at + 1).replace(/\s+/g, '');
  suggestion = suggestDomain(domain, typing);
  if (suggestion) hints.push('domain-typo');
  if (isCarrierDomain(domain)) hints.push('carrier-mail');
  return { hints, suggestion };
}

export interface KeyState {
  /** KeyboardEvent.getModifierState('CapsLock') at the last key. */
  capsLock: boolean;
  /** An IME composition is in progress (isComposing, or compositionstart seen). */
  composing: boolean;
}

export function checkPassword(value: string, keys: KeyState): InputHintId[] {
  const hints: InputHintId[] = [];
  if (keys.capsLock) hints.push('caps-lock');
  if (keys.composing || hasFullWidth(value)) hints.push('ime');
  return hints;
}
