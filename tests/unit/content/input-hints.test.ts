import { describe, expect, it } from 'vitest';
import { checkIdentifier, checkPassword, editDistance, hasFullWidth, suggestDomain } from '../../../src/input-hints';

const ids = (value: string, typing = false) => checkIdentifier(value, typing).hints;

describe('checkIdentifier', () => {
  it('finds nothing in a clean address or an empty field', () => {
    expect(checkIdentifier('taro.yamada@gmail.com')).toEqual({ hints: [], suggestion: null });
    expect(checkIdentifier('someone@example.org')).toEqual({ hints: [], suggestion: null });
    expect(checkIdentifier('')).toEqual({ hints: [], suggestion: null });
  });

  it('flags leading and trailing spaces', () => {
    expect(ids(' taro@gmail.com')).toEqual(['space-edge']);
    expect(ids('taro@gmail.com ')).toEqual(['space-edge']);
    expect(ids('09012345678 ')).toEqual(['space-edge']);
  });

  it('flags spaces inside an e-mail address', () => {
    expect(ids('taro @gmail.com')).toEqual(['space-inner']);
    expect(ids('taro@gmail. com')).toContain('space-inner');
  });

  it('flags full-width characters, including the ideographic space', () => {
    expect(ids('ｔａｒｏ@gmail.com')).toEqual(['full-width']);
    expect(ids('taro＠gmail.com')).toEqual(['full-width']);
    expect(ids('taro@gmail.com\u3000')).toEqual(['space-edge', 'full-width']);
    expect(ids('０９０１２３４５６７８')).toEqual(['full-width']);
  });

  it('leaves phone numbers alone, grouped or international', () => {
    expect(ids('09012345678')).toEqual([]);
    expect(ids('090-1234-5678')).toEqual([]);
    expect(ids('090 1234 5678')).toEqual([]);
    expect(ids('+81 90 1234 5678')).toEqual([]);
  });

  it.each([
    ['taro@gmial.com', 'gmail.com'],
    ['taro@gmai.com', 'gmail.com'],
    ['taro@gmail.con', 'gmail.com'],
    ['taro@gmaill.con', 'gmail.com'],
    ['taro@yahooo.co.jp', 'yahoo.co.jp'],
    ['taro@docomo.co.jp', 'docomo.ne.jp'],
    ['taro@docomo.ne.jo', 'docomo.ne.jp'],
    ['taro@docono.ne.jp', 'docomo.ne.jp'],
    ['taro@ezweb.ne.jo', 'ezweb.ne.jp'],
    ['taro@softbank.co.jp', 'softbank.ne.jp'],
    ['taro@i.sofbank.jp', 'i.softbank.jp'],
    ['taro@icloud.co', 'icloud.com'],
    ['taro@iclod.com', 'icloud.com'],
    ['taro@outlook.co.jp', 'outlook.jp'],
    ['taro@hotmial.co.jp', 'hotmail.co.jp'],
    ['taro@gmail.jp', 'gmail.com'],
  ])('suggests a correction for %s', (value, suggestion) => {
    const result = checkIdentifier(value);
    expect(result.hints).toContain('domain-typo');
    expect(result.suggestion).toBe(suggestion);
  });

  it('suggests on a domain typed in full-width too, and says both things', () => {
    expect(checkIdentifier('taro@ｇｍｉａｌ.com')).toEqual({
      hints: ['full-width', 'domain-typo'],
      suggestion: 'gmail.com',
    });
  });

  it('never "corrects" real domains that look alike', () => {
    for (const domain of [
      'mail.com',
      'yahoo.co.in',
      'yahoo.co.uk',
      'hotmail.fr',
      'outlook.com',
      'me.com',
      'au.com',
      'example.com',
    ]) {
      expect(checkIdentifier(`taro@${domain}`).suggestion, domain).toBeNull();
    }
  });

  it('while typing, waits for a domain that may still grow into a correct one', () => {
    expect(checkIdentifier('taro@gmail.co', true).suggestion).toBeNull();
    expect(checkIdentifier('taro@yahoo.co', true).suggestion).toBeNull();
    expect(checkIdentifier('taro@gmail.co', false).suggestion).toBe('gmail.com');
    // A typo that no real domain starts with is named at once.
    expect(checkIdentifier('taro@gmial.com', true).suggestion).toBe('gmail.com');
  });

  it.each([
    'docomo.ne.jp',
    'ezweb.ne.jp',
    'au.com',
    'softbank.ne.jp',
    'i.softbank.jp',
    'disney.ne.jp',
    'ymobile.ne.jp',
    'rakuten.jp',
    'biz.ezweb.ne.jp',
    't.vodafone.ne.jp',
  ])('names %s as carrier mail', (domain) => {
    expect(checkIdentifier(`taro@${domain}`)).toEqual({ hints: ['carrier-mail'], suggestion: null });
  });

  it('does not take look-alike domains for carrier mail', () => {
    expect(ids('taro@notdocomo.ne.jp')).not.toContain('carrier-mail');
    expect(ids('taro@gmail.com')).not.toContain('carrier-mail');
  });
});

describe('checkPassword', () => {
  it('says nothing for an ordinary password', () => {
    expect(checkPassword('correct horse 9!', { capsLock: false, composing: false })).toEqual([]);
  });
  it('warns about Caps Lock', () => {
    expect(checkPassword('PASSWORD', { capsLock: true, composing: false })).toEqual(['caps-lock']);
  });
  it('warns about IME composition and full-width characters', () => {
    expect(checkPassword('abc', { capsLock: false, composing: true })).toEqual(['ime']);
    expect(checkPassword('ｐａｓｓ', { capsLock: false, composing: false })).toEqual(['ime']);
    expect(checkPassword('pass\u3000word', { capsLock: true, composing: false })).toEqual(['caps-lock', 'ime']);
  });
});

describe('helpers', () => {
  it('hasFullWidth', () => {
    expect(hasFullWidth('abc@example.com')).toBe(false);
    expect(hasFullWidth('ａ')).toBe(true);
    expect(hasFullWidth('\u3000')).toBe(true);
  });
  it('editDistance counts a swap of neighbours once and stops early', () => {
    expect(editDistance('gmial.com', 'gmail.com', 2)).toBe(1);
    expect(editDistance('docomo.co.jp', 'docomo.ne.jp', 2)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('suggestDomain ignores empty and known domains', () => {
    expect(suggestDomain('')).toBeNull();
    expect(suggestDomain('gmail.com')).toBeNull();
    expect(suggestDomain('GMIAL.COM')).toBe('gmail.com');
  });
});
