// The general help's checklists: keyboard traps, clearing the browser's cache, and what to do when
// someone else may have signed in. Static text, every word from _locales.
import type { Translate } from '../src/i18n';

const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** The seed's first fix after trying another device: the reset, linked and step by step. */
export function PasswordReset({ t, resetUrl }: { t: Translate; resetUrl: string }) {
  return (
    <section class="card" aria-labelledby="reset-title">
      <h2 id="reset-title">{t('helpResetTitle')}</h2>
      <a class="button" href={resetUrl} target="_blank" rel="noopener noreferrer" data-link="forgot-password-steps">
        {t('popupLinkForgotPassword')}
      </a>
      <details class="browser" data-steps="reset">
        <summary>{t('popupResetSteps')}</summary>
        <ol class="steps">
          {keys('helpResetStep', 7).map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}

export function KeyboardTraps({ t }: { t: Translate }) {
  return (
    <section class="card" aria-labelledby="keyboard-title">
      <h2 id="keyboard-title">{t('helpKeyboardTitle')}</h2>
      <ul class="bullets">
        {keys('helpKeyboard', 3).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <p>{t('helpKeyboardPaste')}</p>
    </section>
  );
}

const BROWSERS = [
  { id: 'safari-iphone', title: 'helpCacheSafariTitle', steps: keys('helpCacheSafari', 3) },
  { id: 'chrome-android', title: 'helpCacheChromeTitle', steps: keys('helpCacheChrome', 4) },
  { id: 'firefox-android', title: 'helpCacheFirefoxTitle', steps: keys('helpCacheFirefox', 3) },
  { id: 'desktop', title: 'helpCacheDesktopTitle', steps: keys('helpCacheDesktop', 3) },
] as const;

export function BrowserCleaning({ t }: { t: Translate }) {
  return (
    <section class="card" aria-labelledby="cache-title">
      <h2 id="cache-title">{t('helpCacheTitle')}</h2>
      <p>{t('helpCacheIntro')}</p>
      {BROWSERS.map((b) => (
        <details key={b.id} class="browser" data-browser={b.id}>
          <summary>{t(b.title)}</summary>
          <ol class="steps">
            {b.steps.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}

export function HijackChecklist({
  t,
  contactUrl,
  securityUrl,
}: {
  t: Translate;
  contactUrl: string;
  securityUrl: string;
}) {
  return (
    <section class="card" aria-labelledby="hijack-title">
      <h2 id="hijack-title">{t('helpHijackTitle')}</h2>
      <p>{t('helpHijackIntro')}</p>
      <ol class="steps">
        <li>{t('helpHijack1')}</li>
        <li>{t('helpHijack2')}</li>
        <li>
          {t('helpHijack3')}{' '}
          <a href={securityUrl} target="_blank" rel="noopener noreferrer">
            {t('popupLinkTwoStep')}
          </a>
        </li>
        <li>{t('helpHijack4')}</li>
        <li>
          {t('helpHijack5')}{' '}
          <a href={contactUrl} target="_blank" rel="noopener noreferrer">
            {t('popupLinkContactUs')}
          </a>
        </li>
      </ol>
      <p>{t('helpHijackDontWait')}</p>
    </section>
  );
}
