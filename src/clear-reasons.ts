// Why a cookie is still there after clearing. ClearResult carries these short English strings (no
// cookie values, ever); the popup shows them translated via clearReasonText.
import type { Translate } from './i18n';

export const REASON_KEPT = 'still present after removal (browser kept it)';
export const REASON_SET_AGAIN = 'set again after clearing (the page or another tab wrote it)';
const FAILED_PREFIX = 'removal failed: ';

export function reasonRemovalFailed(error: string): string {
  return `${FAILED_PREFIX}${error}`;
}

/** Turns an error into a short message; browser messages are kept, anything else is cut short. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** The reason in the user's language; the browser's own error text stays as the browser wrote it. */
export function clearReasonText(reason: string, t: Translate): string {
  if (reason === REASON_KEPT) return t('clearReasonKept');
  if (reason === REASON_SET_AGAIN) return t('clearReasonSetAgain');
  if (reason.startsWith(FAILED_PREFIX)) return t('clearReasonFailed', reason.slice(FAILED_PREFIX.length));
  return reason;
}
