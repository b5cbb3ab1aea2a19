// The in-page banner: the cause in one sentence, the fix as one button, "more" and "hide". Every word
// comes from ContentSettings.texts; Amazon's own alert is rendered as a text node, never as HTML.
import type { CauseId } from '../src/detect/types';
import { htmlLang, type Language, textDirection } from '../src/languages';
import { trusted } from './guard';

/** Where the one-click cookie clearing stands, shown in place of the note. */
export type ClearView =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; removed: number; remaining: number }
  | { state: 'failed' };

export interface BannerProps {
  cause: CauseId;
  language: Language;
  texts: Readonly<Record<string, string>>;
  headlineKey: string;
  /** Message key of the primary action's label; null when the cause offers no button here. */
  primaryLabelKey: string | null;
  /** The primary action clears cookies: say beforehand what that does, then show the result. */
  primaryClears: boolean;
  /** Where this browser is signed in, when that matters here: a sentence and the label of the main
   *  button, which then signs in on that store or out of this one (cs-bg-diagnosis's reply). */
  signedIn?: { text: string; label: string } | null;
  alert: { heading: string; text: string } | null;
  clear: ClearView;
  onPrimary(): void;
  onMore(): void;
  onDismiss(): void;
  onReload(): void;
}

/** "Label: value", with the space English wants and Japanese (after ：) does not. */
const labelled = (label: string, value: string | number) => `${label}${label.endsWith('：') ? '' : ' '}${value}`;

function ClearStatus({ clear, t }: { clear: ClearView; t: (key: string) => string }) {
  switch (clear.state) {
    case 'idle':
      return <p class="note">{t('bannerClearNote')}</p>;
    case 'busy':
      return <p class="result">{t('bannerClearing')}</p>;
    case 'failed':
      return <p class="result">{t('bannerClearFailed')}</p>;
    case 'done':
      return (
        <p class="result">
          {labelled(t('bannerClearedRemoved'), clear.removed)} · {labelled(t('bannerClearedLeft'), clear.remaining)}
        </p>
      );
  }
}

/** Amazon's heading and message on one line: a dash unless the heading already ends a sentence (。). */
function joinAlert(heading: string, text: string): string {
  if (!heading || !text) return heading || text;
  return /[。．.!！?？:：]$/.test(heading) ? `${heading} ${text}` : `${heading} — ${text}`;
}

export function Banner(props: BannerProps) {
  const { texts, clear } = props;
  const t = (key: string) => texts[key] ?? '';
  const headline = texts[props.headlineKey] || t('bannerProblemFound');
  const label = props.signedIn?.label || (props.primaryLabelKey ? t(props.primaryLabelKey) : '');
  const alertText = props.alert ? joinAlert(props.alert.heading, props.alert.text) : '';
  const done = clear.state === 'done';
  return (
    <section
      class="b"
      role="status"
      aria-label={t('extShortName')}
      lang={htmlLang(props.language)}
      dir={textDirection(props.language)}
    >
      <p class="brand" aria-hidden="true">
        {t('extShortName')}
      </p>
      <p class="h">{headline}</p>
      {/* On a sign-in door: which service, whose account (the background resolved it). */}
      {texts.bannerDoor && (
        <p class="s" data-door="">
          {texts.bannerDoor}
        </p>
      )}
      {props.signedIn && <p class="s">{props.signedIn.text}</p>}
      {alertText && <p class="alert">{labelled(t('bannerAmazonSays'), alertText)}</p>}
      {props.primaryClears && <ClearStatus clear={clear} t={t} />}
      <div class="row">
        {done ? (
          <button type="button" class="primary" onClick={trusted(props.onReload)}>
            {t('bannerReload')}
          </button>
        ) : (
          label && (
            <button type="button" class="primary" disabled={clear.state === 'busy'} onClick={trusted(props.onPrimary)}>
              {label}
            </button>
          )
        )}
        {/* Without a one-click fix, the steps are the fix: "more" becomes the main button. */}
        <button type="button" class={label || done ? undefined : 'primary'} onClick={trusted(props.onMore)}>
          {label || done ? t('bannerMore') : t('bannerHowToFix')}
        </button>
        <button type="button" onClick={trusted(props.onDismiss)}>
          {t('bannerDismiss')}
        </button>
      </div>
    </section>
  );
}
