// Amazon waits for the person to approve the sign-in in the Amazon app or by e-mail. If they did not
// start this sign-in, someone else knows the password: the hijack checklist applies.
import type { CauseRule } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: ['approve the notification sent to'],
  ja: ['送信された通知を承認してください', '通知の承認待ち'],
});

export const approvalRequired: CauseRule = {
  id: 'approval-required',
  matches: (ctx) => ctx.step === 'approval' || !!findAlert(ctx.alerts, PHRASES),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? ctx.alerts[0],
};
