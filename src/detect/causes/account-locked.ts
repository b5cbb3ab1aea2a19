// Locked, on hold or deactivated accounts: only customer service can help. Amazon shows these as an
// interstitial page or an alert box; no captured page exists, so the text tables decide.
import type { CauseRule, DetectionContext, ShownAlert } from '../types';
import { findAlert, matchesPhrase, normalize, phraseTable, shownText } from '../text';
import { guidance } from './guidance';

const PHRASES = phraseTable({
  en: ['Account locked', 'Account on hold', 'account deactivated', 'locked temporarily', 'on hold temporarily', 'Your account has been locked'],
  ja: ['アカウントがロックされ', '予防処置としてロック', 'アカウントは一時的に保留', 'アカウントが保留', '次に進むには、カスタマーサービスにご連絡ください'],
});

/** Interstitials put the notice in the page heading rather than an alert box. */
function headingNotice(ctx: DetectionContext): ShownAlert | undefined {
  const h1 = ctx.doc.querySelector('#authportal-main-section h1, .a-box-inner h1, h1');
  const heading = h1 ? shownText(h1, 200) : '';
  const normalized = normalize(heading);
  return heading && matchesPhrase(normalized, PHRASES) ? { id: '', kind: 'error', heading, text: '', normalized } : undefined;
}

export const accountLocked: CauseRule = {
  id: 'account-locked',
  matches: (ctx) => !!(findAlert(ctx.alerts, PHRASES) ?? headingNotice(ctx)),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? headingNotice(ctx),
  guidance: guidance('accountLocked', 5, ['contact-us', 'account-status', 'copy-report']),
};
