// The address or number is not registered on THIS store. amazon.co.jp and amazon.com are separate
// accounts, which is the trap the guidance explains first. Password assistance says it its own way
// ("we weren't able to identify you"); its Japanese wording is unconfirmed, so there an error box on
// the page that asks for the e-mail or phone decides, whatever it says.
import type { CauseRule, DetectionContext, ShownAlert } from '../types';
import { findAlert, normalize, phraseTable, shownText } from '../text';

const PHRASES = phraseTable({
  en: [
    'We cannot find an account with that',
    'cannot find an account',
    'No account found with',
    'Incorrect phone number',
    "weren't able to identify you",
    'were not able to identify you',
  ],
  ja: [
    'このEメールアドレスを持つアカウントが見つかりません',
    'この携帯電話番号を持つアカウントが見つかりません',
    'アカウントが見つかりません',
  ],
  // Other stores: only texts a source confirms (docs/AMAZON-SIGNIN.md, "Other stores' texts").
  de: ['Es konnte kein Konto mit dieser', 'Wir können kein Konto mit dieser', 'Falsche Telefonnummer'],
  fr: [
    'Impossible de trouver un compte correspondant',
    'Nous ne trouvons aucun compte',
    'Numéro de téléphone incorrect',
  ],
  it: ['Non riusciamo a trovare un account con quell’indirizzo'],
  nl: ['We kunnen geen account vinden met'],
});

/** Password assistance's first page: it asks for the e-mail or phone (no code, no new password). */
function resetIdentityError(ctx: DetectionContext): ShownAlert | undefined {
  if (ctx.step !== 'forgot-password') return undefined;
  const asksIdentity = ctx.doc.querySelector('input[name="email"]:not([type="hidden"])');
  const asksMore = ctx.doc.querySelector('input[type="password"]:not([type="hidden"]), input[name="code"]');
  return asksIdentity && !asksMore ? ctx.alerts.find((a) => a.kind === 'error') : undefined;
}

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
  matches: (ctx) => ctx.step === 'intent' || !!(findAlert(ctx.alerts, PHRASES) ?? resetIdentityError(ctx)),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES) ?? resetIdentityError(ctx) ?? intentNotice(ctx),
};
