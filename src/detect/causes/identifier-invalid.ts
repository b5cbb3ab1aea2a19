// The e-mail or phone number is not even well-formed: a typo, a space, full-width characters.
// Also the registration page's invalid e-mail / invalid identifier errors: the same mistake has the
// same fixes whether the person signs in or registers (decision recorded in docs/ARCHITECTURE.md).
import type { CauseRule, DetectionContext } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: [
    'Enter a valid email',
    'Enter a valid e-mail',
    'Invalid email address',
    'Invalid mobile number',
    'Wrong or Invalid email address or mobile phone number',
  ],
  // Seen on amazon.co.jp: the claim page's two alerts and the registration page's two errors. Older
  // wordings stay, since they cost nothing; the ids below decide first anyway.
  ja: [
    'Eメールアドレスが無効です',
    '携帯電話番号が無効です',
    '有効な E メールアドレスを入力してください',
    'Eメールアドレスまたは携帯電話番号が間違っています',
    '有効なEメールアドレスまたは携帯電話番号を入力',
    'Eメールアドレスまたは携帯電話番号が正しくありません',
  ],
});

/** The claim page's own inline alerts, toggled client-side (invalid-email-alert, invalid-phone-alert),
 *  and the registration page's (auth-email-invalid-claim-alert, auth-email-invalid-email-alert): by
 *  the words of the id, so a renamed one still tells. */
const INLINE_ID = /invalid.?(email|phone)|email.invalid/i;
const inlineAlert = (ctx: DetectionContext) => ctx.alerts.find((a) => INLINE_ID.test(a.id));

export const identifierInvalid: CauseRule = {
  id: 'identifier-invalid',
  matches: (ctx) => !!(inlineAlert(ctx) ?? findAlert(ctx.alerts, PHRASES)),
  alert: (ctx) => inlineAlert(ctx) ?? findAlert(ctx.alerts, PHRASES),
};
