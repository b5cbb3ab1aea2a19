// Amazon caps how many one-time codes it sends a day. Shown on the "where to send the code" page.
import type { CauseRule } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: ["You've requested too many OTPs", 'too many OTPs today', 'request a new OTP in 24 hours', 'too many codes'],
  ja: ['ワンタイムパスワードのリクエストが多すぎ', 'リクエストが多すぎます'],
});

export const codeLimit: CauseRule = {
  id: 'code-limit',
  // Text first; failing that, an error box on the device-choice page is a code-request problem.
  matches: (ctx) =>
    !!findAlert(ctx.alerts, PHRASES) || (ctx.step === 'mfa-device' && ctx.alerts.some((a) => a.kind === 'error')),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? ctx.alerts.find((a) => a.kind === 'error'),
};
