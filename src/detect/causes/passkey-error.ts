// A passkey sign-in failed. The passkey alerts are in every sign-in page, hidden: only a shown one counts.
import type { CauseRule, DetectionContext } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: ['Passkey error', "your passkey isn't working", 'your passkey is not working'],
  // Seen on amazon.co.jp: the heading パスキーエラー and the server error パスキーが機能していません.
  ja: ['パスキーエラー', 'パスキーが機能していません'],
});

const passkeyAlert = (ctx: DetectionContext) =>
  ctx.alerts.find((a) => /passkey|webauthn/i.test(a.id)) ?? findAlert(ctx.alerts, PHRASES);

export const passkeyError: CauseRule = {
  id: 'passkey-error',
  matches: (ctx) => !!passkeyAlert(ctx),
  alert: passkeyAlert,
};
