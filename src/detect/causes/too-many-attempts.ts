// After repeated wrong passwords Amazon stops accepting them and sends the person to password
// assistance; the sign-in links carry the failure count and the threshold that triggered it.
import type { CauseRule, DetectionContext } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: ['too many failed', 'too many attempts', 'reset your password to continue', 'need to reset your password'],
  ja: ['パスワードの再設定が必要です', 'パスワードを再設定する必要があります'],
});

function overThreshold(url: URL): boolean {
  const failed = Number(url.searchParams.get('failedSignInCount'));
  const threshold = Number(url.searchParams.get('signInRedirectToFPPThreshold') || 4);
  return Number.isFinite(failed) && failed > 0 && failed >= threshold;
}

function forcedReset(ctx: DetectionContext): boolean {
  return (
    ctx.url.searchParams.get('forceValidateCaptcha') === 'true' ||
    overThreshold(ctx.url) ||
    !!findAlert(ctx.alerts, PHRASES)
  );
}

export const tooManyAttempts: CauseRule = {
  id: 'too-many-attempts',
  // Only on password assistance: a person who opened it by choice has no failures in the URL.
  matches: (ctx) => ctx.step === 'forgot-password' && forcedReset(ctx),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? ctx.alerts[0],
};
