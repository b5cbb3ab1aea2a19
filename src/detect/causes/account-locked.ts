// Locked, on hold or deactivated accounts: only customer service can help. Amazon shows these as an
// interstitial page or an alert box; no captured page exists, so the text tables decide.
import { isShown } from '../alerts';
import type { CauseRule, DetectionContext, ShownAlert } from '../types';
import { findAlert, matchesPhrase, normalize, phraseTable, shownText } from '../text';

const PHRASES = phraseTable({
  en: [
    'Account locked',
    'Account on hold',
    'account deactivated',
    'locked temporarily',
    'on hold temporarily',
    'Your account has been locked',
    'locked it as a precaution',
    'To unlock your account',
  ],
  ja: [
    'アカウントがロックされ',
    '予防処置としてロック',
    'アカウントは一時的に保留',
    'アカウントが保留',
    '次に進むには、カスタマーサービスにご連絡ください',
  ],
});

/** Interstitials put the notice in the page heading rather than an alert box. Like any alert, the
 *  heading counts only if shown: pages can carry hidden dialogs and templates that quote it. */
function headingNotice(ctx: DetectionContext): ShownAlert | undefined {
  const h1 = Array.from(ctx.doc.querySelectorAll('h1')).slice(0, 5).find(isShown);
  const heading = h1 ? shownText(h1, 200) : '';
  const normalized = normalize(heading);
  return heading && matchesPhrase(normalized, PHRASES)
    ? { id: '', kind: 'error', heading, text: '', normalized }
    : undefined;
}

export const accountLocked: CauseRule = {
  id: 'account-locked',
  matches: (ctx) => !!(findAlert(ctx.alerts, PHRASES) ?? headingNotice(ctx)),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? headingNotice(ctx),
};
