// A one-time code that Amazon did not accept: mistyped, expired, or an older code than the latest —
// at two-step verification, at a verification check, or on password assistance's reset-code page.
import type { CauseRule, DetectionContext } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: [
    'One Time Password (OTP) you entered is not valid',
    'code you entered is not valid',
    'invalid code',
    'incorrect code',
    'code is incorrect',
  ],
  ja: ['ワンタイムパスワードが正しくありません', 'コードが正しくありません', '無効なコード', 'コードが無効です'],
});

const CODE_STEPS = new Set(['mfa', 'verification']);

/** Password assistance's code page (the reset code sent by e-mail or SMS). */
const isResetCodePage = (ctx: DetectionContext) =>
  ctx.step === 'forgot-password' && !!ctx.doc.querySelector('input[name="code"]:not([type="hidden"])');

function rejection(ctx: DetectionContext) {
  const byText = findAlert(ctx.alerts, PHRASES);
  if (byText) return byText;
  // On a code-entry page, an error box (or the CVF "invalid code" line) is about the code.
  if (!CODE_STEPS.has(ctx.step) && !isResetCodePage(ctx)) return undefined;
  return ctx.alerts.find((a) => a.kind === 'error' || /otp|code/i.test(a.id));
}

export const codeRejected: CauseRule = {
  id: 'code-rejected',
  matches: (ctx) => !!rejection(ctx),
  alert: rejection,
};
