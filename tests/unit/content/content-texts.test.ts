import { describe, expect, it } from 'vitest';
import { CONTENT_TEXT_KEYS, INPUT_HINT_TEXT_KEYS } from '../../../src/content-texts';
import { INPUT_HINT_IDS } from '../../../src/input-hints';

import en from '../../../_locales/en/messages.json';
import ja from '../../../_locales/ja/messages.json';

const table = (lang: string) => (lang === 'ja' ? ja : en) as Record<string, { message: string }>;

describe('content texts', () => {
  it('sends every input-hint text with the content settings', () => {
    for (const id of INPUT_HINT_IDS) expect(CONTENT_TEXT_KEYS).toContain(INPUT_HINT_TEXT_KEYS[id]);
  });

  it.each(['en', 'ja'])('has every content key in %s, without substitutions', (lang) => {
    const messages = table(lang);
    for (const key of CONTENT_TEXT_KEYS) {
      expect(messages[key]?.message, key).toBeTruthy();
      // The background resolves these without arguments: a $1 would come out empty.
      expect(messages[key]!.message, key).not.toMatch(/\$/);
    }
  });
});
