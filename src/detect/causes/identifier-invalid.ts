// The e-mail or phone number is not even well-formed: a typo, a space, full-width characters.
import type { CauseRule } from '../types';
import { findAlert, phraseTable } from '../text';
import { guidance } from './guidance';

const PHRASES = phraseTable({
  en: [
    'Enter a valid email',
    'Enter a valid e-mail',
    'Invalid email address',
    'Invalid mobile number',
    'Wrong or Invalid email address or mobile phone number',
  ],
  ja: [
    '有効なEメールアドレスまたは携帯電話番号を入力',
    '正しいEメールアドレスまたは携帯電話番号を入力',
    'Eメールアドレスまたは携帯電話番号が正しくありません',
    '無効なEメールアドレス',
    '無効な携帯電話番号',
  ],
});

/** The claim page's own inline alerts, toggled client-side. */
const INLINE_IDS = new Set(['invalid-email-alert', 'invalid-phone-alert', 'auth-email-invalid-claim-alert']);

export const identifierInvalid: CauseRule = {
  id: 'identifier-invalid',
  matches: (ctx) => ctx.alerts.some((a) => INLINE_IDS.has(a.id)) || !!findAlert(ctx.alerts, PHRASES),
  alert: (ctx) => ctx.alerts.find((a) => INLINE_IDS.has(a.id)) ?? findAlert(ctx.alerts, PHRASES),
  guidance: guidance('identifierInvalid', 4, ['sister-sign-in'], ['input', 'carrier-mail'], null),
};
