// Registration (/ap/register) refused because an account already exists with that e-mail or phone:
// the person has an account and needs to sign in with it, not a second one. Decided by structure:
// on the registration page, a shown server message box (not a field's inline alert) that the field
// rules before this one did not claim. Amazon's Japanese wording for it is not confirmed, so the
// phrases only add certainty; they are never required.
import type { CauseRule, DetectionContext } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: ['account already exists', 'already an account with this', 'already in use', 'already registered'],
  ja: ['既にアカウントが', 'すでにアカウントが', '既に使用されています', 'すでに使用されています', '既に登録'],
});

/** auth-error-message-box, auth-warning-message-box, or a renamed one (ap_error_message_box). */
const SERVER_BOX_ID = /message.?box/i;

function existingAccount(ctx: DetectionContext) {
  if (ctx.step !== 'register') return undefined;
  return findAlert(ctx.alerts, PHRASES) ?? ctx.alerts.find((a) => SERVER_BOX_ID.test(a.id));
}

export const alreadyRegistered: CauseRule = {
  id: 'already-registered',
  matches: (ctx) => !!existingAccount(ctx),
  alert: existingAccount,
};
