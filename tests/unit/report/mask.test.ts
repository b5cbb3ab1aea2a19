// The masking of Amazon's alert text for the page report, on hostile inputs: whatever the form of an
// address, a number or a name, none of it may survive; Amazon's ordinary words must.
import { describe, expect, it } from 'vitest';
import { MASK, MAX_MASKED_INPUT, maskNumbers, maskPersonal } from '../../../src/mask';

const leaks = (masked: string, secrets: readonly string[]) => secrets.filter((s) => masked.includes(s));

describe('e-mail addresses', () => {
  it.each([
    ['plain', 'An account already exists with hanako@example.com.', ['hanako', 'example.com']],
    [
      'tags and subdomains',
      'Sent to hanako.yamada+amazon@mail.example.co.jp today',
      ['hanako', 'yamada', 'mail.example'],
    ],
    ['full-width', 'ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ に送信しました', ['HANAKO', 'EXAMPLE', 'ＨＡＮＡＫＯ']],
    ['spaces around @', 'address: hanako @ example.jp', ['hanako', 'example.jp']],
    ['[at] and [dot]', 'write to hanako [at] example [dot] jp', ['hanako', 'example']],
    ['(at)', 'hanako(at)example.jp', ['hanako', 'example.jp']],
    ['at … dot spelt out', 'hanako at example dot jp', ['hanako', 'example']],
    ['mailto and brackets', '<mailto:hanako@example.jp>', ['hanako', 'example.jp']],
    ['Japanese local part', '山田花子@例え.jp 宛', ['山田花子', '例え']],
    ['in Japanese punctuation', 'Eメールアドレス（hanako@example.jp）は既に使用されています', ['hanako', 'example.jp']],
    ['partly masked by Amazon', 'h***o@e*****e.com', ['e*****e.com']],
    ['two in a row', 'a1@x.jp,b2@y.jp', ['a1@', 'b2@', 'x.jp', 'y.jp']],
  ])('%s', (_name, input, secrets) => {
    const masked = maskPersonal(input);
    expect(leaks(masked, secrets), masked).toEqual([]);
    expect(masked).toContain(MASK.email);
  });
});

describe('numbers', () => {
  it.each([
    ['mobile with hyphens', '090-1234-5678'],
    ['mobile without hyphens', '09012345678'],
    ['international', '+81 90 1234 5678'],
    ['US with brackets', '(206) 555-0100'],
    ['dots', '206.555.0100'],
    ['full-width digits', '０９０－１２３４－５６７８'],
    ['a 4-digit run', 'order 4567'],
    ['a full-width code', 'お問い合わせ番号 ４５６７８９'],
    ['katakana long mark as dash', '090ー1234ー5678'],
  ])('%s', (_name, input) => {
    const masked = maskPersonal(input);
    expect(masked).toContain(MASK.number);
    expect(masked.replace(/\[number\]/g, '')).not.toMatch(/\d{2}/);
  });

  it('keeps short numbers that are Amazon wording, not data', () => {
    expect(maskPersonal('Enter the code within 10 minutes. Minimum 6 characters required')).toBe(
      'Enter the code within 10 minutes. Minimum 6 characters required',
    );
    expect(maskPersonal('パスワードの長さは最低6文字です。')).toBe('パスワードの長さは最低6文字です。');
  });

  it('masks session ids in a path', () => {
    expect(maskNumbers('/ap/signin/356-1234567-7654321')).toBe('/ap/signin/[number]');
  });
});

describe('names', () => {
  it.each([
    ['様 after a full name', '山田 花子様、パスワードを変更してください', ['山田', '花子']],
    ['様 after a name without space', '山田花子様のアカウント', ['山田花子']],
    ['様 with a space', 'こんにちは、山田 花子 様', ['山田', '花子']],
    ['さん', 'ハナコさん、ようこそ', ['ハナコ']],
    ['さま in kana', 'やまだ はなこさま', ['やまだ', 'はなこ']],
    ['Latin name with 様', 'Hanako Yamada様', ['Hanako', 'Yamada']],
    ['Hello, Name', 'Hello, Hanako. Your account is ready', ['Hanako']],
    ['Hi Name', 'Hi Hanako Yamada', ['Hanako', 'Yamada']],
    ['Not Name?', 'Not Hanako? Sign out', ['Hanako']],
    ['Welcome back', 'Welcome back, Hanako', ['Hanako']],
  ])('%s', (_name, input, secrets) => {
    const masked = maskPersonal(input);
    expect(leaks(masked, secrets), masked).toEqual([]);
    expect(masked).toContain(MASK.name);
  });

  it.each([
    'お客様のアカウントを強力に保護するため、パスワードを再入力してください。',
    '皆様にお知らせします',
    '同様の手順で設定できます',
    'さまざまな方法でサインインできます',
    '様々な理由で',
    'Sorry, we just need to make sure you are not a robot.',
    'There was a problem',
  ])("leaves Amazon's ordinary words alone: %s", (input) => {
    expect(maskPersonal(input)).toBe(input);
  });
});

describe('hostile sizes', () => {
  it('reads at most MAX_MASKED_INPUT characters of a huge text, and masks what it keeps', () => {
    const huge = `${'hanako@example.jp 090-1234-5678 '.repeat(20_000)}`;
    const masked = maskPersonal(huge);
    expect(masked.length).toBeLessThanOrEqual(MAX_MASKED_INPUT);
    expect(masked).not.toContain('hanako');
    expect(masked).not.toMatch(/\d{2}/);
  });

  it('a text made to make patterns backtrack (long runs without an @, names without honorifics) still ends', () => {
    for (const input of [
      'a'.repeat(100_000),
      `${'山'.repeat(100_000)}様`,
      `${'1-'.repeat(50_000)}`,
      ' @'.repeat(50_000),
    ]) {
      expect(typeof maskPersonal(input)).toBe('string');
    }
  });

  it('an address cut at the limit leaves no readable part of it', () => {
    const input = `${'x'.repeat(MAX_MASKED_INPUT - 8)} hanako@example.jp`;
    expect(maskPersonal(input)).not.toContain('hanako');
  });
});
