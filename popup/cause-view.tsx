// A detected cause: headline, Amazon's own words, the fix (links, then numbered steps), why, the hints
// that apply, and always the cookie button and the report; last, the page report for the maintainers.
// An approval request nobody asked for means someone else has the password, so that cause gets the
// hijack checklist too.
import type { PageStructure } from '../src/detect/page-structure';
import type { CauseId, Diagnosis } from '../src/detect/types';
import { GUIDANCE, primaryFix } from '../src/guidance';
import type { Translate } from '../src/i18n';
import { marketplaceById, sisterOf, storeUrl } from '../src/marketplaces';
import type { SignedInState } from '../src/messages';
import { signedInAdvice, signedInSubstitutions } from '../src/signed-in';
import { ActionLinks } from './action-links';
import { ClearCookies } from './clear-cookies';
import { CopyReport } from './copy-report';
import { DoorNote } from './door-note';
import { HijackChecklist } from './help-sections';
import { Hints } from './hints';
import { NotMyProblem, PageReport } from './page-report';
import { SignedInElsewhere, SignedInHere } from './signed-in';

interface Props {
  t: Translate;
  diagnosis: Diagnosis & { cause: CauseId };
  tabId: number | null;
  time: number | null;
  /** For the maintainers' page report; null when the tab reported none. */
  structure: PageStructure | null;
  /** Where this browser is signed in; null when it can't be told (then nothing is said). */
  signedIn: SignedInState | null;
}

/** Amazon.co.jp also speaks English; the quote's lang attribute picks the right font and voice. */
function alertLanguage(text: string, storeLanguage: string): string {
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return 'ja';
  return storeLanguage === 'ja' ? 'en' : storeLanguage;
}

export function CauseView({ t, diagnosis, tabId, time, structure, signedIn }: Props) {
  const guidance = GUIDANCE[diagnosis.cause];
  const m = marketplaceById(diagnosis.marketplace);
  const subs = [m.domain, sisterOf(m).domain];
  // The detector already narrowed the cause's hints to this store and page.
  const hints = diagnosis.hints;
  const headline = t(guidance.headline, subs);
  const alert = diagnosis.alert;
  const session = signedInAdvice(diagnosis.cause, m.id, signedIn?.stores ?? []);
  // A session on this store: clearing its cookies is the sign-out offered right under the sentence.
  const signOut = session.here;
  // The main button: from the sessions when they say something, else the cause's own.
  const fix = primaryFix(diagnosis.cause, session.elsewhere.length > 0 ? 'elsewhere' : signOut ? 'here' : null);
  // Causes that name clearing cookies as a fix get the button right after the steps.
  const cookiesFirst = guidance.actions.includes('clear-cookies');
  const cookies = (
    <ClearCookies
      t={t}
      marketplace={m.id}
      tabId={tabId}
      canReload={tabId !== null}
      primary={fix.action === 'clear-cookies'}
      label={signOut ? t('signedInHereButton', signedInSubstitutions(m, m)) : undefined}
      door={diagnosis.door?.host}
    />
  );
  // The sister store's sign-in, already offered as the store this browser is signed in to, once only.
  const actions = session.elsewhere.includes(m.sister)
    ? guidance.actions.filter((a) => a !== 'sister-sign-in')
    : guidance.actions;

  return (
    <>
      <h1 class="headline">{headline}</h1>
      <p class="where">{t('popupWhere', m.domain)}</p>
      {diagnosis.door && <DoorNote t={t} door={diagnosis.door} />}
      {alert && (alert.heading || alert.text) && (
        <figure class="amazon-says">
          <figcaption>{t('popupAmazonSays')}</figcaption>
          <blockquote dir="auto" lang={alertLanguage(alert.heading + alert.text, m.language)}>
            {alert.heading && <p class="alert-heading">{alert.heading}</p>}
            {alert.text && <p>{alert.text}</p>}
          </blockquote>
        </figure>
      )}
      <SignedInElsewhere t={t} tabStore={m.id} stores={session.elsewhere} />
      {signOut && <SignedInHere t={t} tabStore={m.id} />}
      {signOut && cookies}
      {/* On a phone the fix must be on the first screen: buttons and steps come before the why. */}
      <section class="card" aria-labelledby="fix-title">
        <h2 id="fix-title">{t('popupFixTitle')}</h2>
        <ActionLinks t={t} actions={actions} primary={fix.fromSession ? null : fix.action} marketplace={m} />
        <ol class="steps">
          {guidance.steps.map((key) => (
            <li key={key}>{t(key, subs)}</li>
          ))}
        </ol>
      </section>
      {cookiesFirst && !signOut && cookies}
      <section class="card" aria-labelledby="why-title">
        <h2 id="why-title">{t('popupWhyTitle')}</h2>
        <p>{t(guidance.why, subs)}</p>
      </section>
      {diagnosis.cause === 'approval-required' && (
        <HijackChecklist t={t} contactUrl={storeUrl(m, 'contact-us')} securityUrl={storeUrl(m, 'two-step-settings')} />
      )}
      <Hints t={t} hints={hints} marketplace={m} sisterLinked={guidance.actions.includes('sister-sign-in')} />
      {!cookiesFirst && !signOut && cookies}
      <CopyReport
        t={t}
        facts={{
          cause: diagnosis.cause,
          headline,
          marketplace: m.id,
          step: diagnosis.step,
          userAgent: navigator.userAgent,
          time: new Date(time ?? Date.now()),
        }}
      />
      {/* An unrecognised message is exactly what the maintainers need to see; elsewhere it waits behind a link. */}
      {diagnosis.cause === 'unknown-error' ? (
        <PageReport t={t} structure={structure} />
      ) : (
        <NotMyProblem t={t} structure={structure} />
      )}
    </>
  );
}
