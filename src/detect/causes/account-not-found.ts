// The address or number is not registered on THIS store. amazon.co.jp and amazon.com are separate
// accounts, which is the trap the guidance explains first.
import type { CauseRule, DetectionContext, ShownAlert } from '../types';
import { findAlert, normalize, phraseTable, shownText } from '../text';
import { guidance } from './guidance';

const PHRASES = phraseTable({
  en: [
    'We cannot find an account with that',
    'cannot find an account',
    'No account found with',
    'Incorrect phone number',
  ],
  ja: [
    'このEメールアドレスを持つアカウントが見つかりません',
    'この携帯電話番号を持つアカウントが見つかりません',
    'アカウントが見つかりません',
  ],
  de: ['Wir können kein Konto mit dieser'],
  fr: ['Nous ne trouvons aucun compte'],
});

/** The 2025 flow shows no error: it offers to create an account ("Looks like you're new to Amazon"). */
function intentNotice(ctx: DetectionContext): ShownAlert | undefined {
  if (ctx.step !== 'intent') return undefined;
  const container = ctx.doc.querySelector('#intent-confirmation-container');
  const h = container?.querySelector('h1, h2, .a-spacing-small');
  const heading = h ? shownText(h, 200) : '';
  return { id: 'intent-confirmation-container', kind: 'info', heading, text: '', normalized: normalize(heading) };
}

export const accountNotFound: CauseRule = {
  id: 'account-not-found',
  matches: (ctx) => ctx.step === 'intent' || !!findAlert(ctx.alerts, PHRASES),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? intentNotice(ctx),
  guidance: guidance(
    'accountNotFound',
    6,
    ['sister-sign-in', 'forgot-password', 'sign-in', 'contact-us'],
    ['marketplace', 'sister-store', 'carrier-mail', 'another-device'],
  ),
};
