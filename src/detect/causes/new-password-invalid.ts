// A password being chosen (registration, or the last page of a password reset) that Amazon refuses:
// too short, or the two entries differ. A cause of its own rather than identifier-invalid: the fixes
// are about the password (length, typing it twice the same, the keyboard), not the address.
// Structure first: on those two steps, a shown alert whose id names the password field
// (auth-password-*, auth-passwordCheck-*, or any id with "password" in it; never the "missing" prompts) or that sits on the reset's
// new-password page. Text only confirms.
import { isShown } from '../alerts';
import type { CauseRule, DetectionContext, ShownAlert } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: ['Passwords must be at least', 'Minimum 6 characters', 'Passwords must match', 'Passwords do not match'],
  // Seen on amazon.co.jp's registration page.
  ja: ['パスワードが一致しません', 'パスワードの長さは最低'],
});

const CHOOSING_STEPS = new Set(['register', 'forgot-password']);
const isPasswordFieldAlert = (a: ShownAlert) => /password/i.test(a.id) && !/missing/i.test(a.id);

/** The reset's last page: password assistance asking for a new password, twice (the sign-in pages'
 *  hidden autofill hint is a password input too, hence "shown"). */
const isNewPasswordPage = (ctx: DetectionContext) =>
  ctx.step === 'forgot-password' &&
  Array.from(ctx.doc.querySelectorAll('input[type="password"]')).slice(0, 5).filter(isShown).length >= 2;

function refusal(ctx: DetectionContext): ShownAlert | undefined {
  if (!CHOOSING_STEPS.has(ctx.step)) return undefined;
  return (
    ctx.alerts.find(isPasswordFieldAlert) ??
    findAlert(ctx.alerts, PHRASES) ??
    (isNewPasswordPage(ctx) ? ctx.alerts[0] : undefined)
  );
}

export const newPasswordInvalid: CauseRule = {
  id: 'new-password-invalid',
  matches: (ctx) => !!refusal(ctx),
  alert: refusal,
};
