// No cause on this tab: the general help. Pick a store, clear its cookies, open its account pages,
// then the help article's fixes in its order: another device, reset, the store, keyboards, cache, hijack.
import { useState } from 'preact/hooks';
import type { Translate } from '../src/i18n';
import {
  MARKETPLACES,
  marketplaceById,
  sisterOf,
  storeUrl,
  type LinkId,
  type MarketplaceId,
} from '../src/marketplaces';
import type { SignedInState, TabState } from '../src/messages';
import { ClearCookies } from './clear-cookies';
import { DoorNote } from './door-note';
import { CopyReport } from './copy-report';
import { BrowserCleaning, HijackChecklist, KeyboardTraps, PasswordReset } from './help-sections';
import { SignedInList } from './signed-in';
import { uiLanguage } from './use-settings';

interface Props {
  t: Translate;
  state: TabState | null;
  tabId: number | null;
  signedIn: SignedInState | null;
  /** The notice above already says why this tab shows nothing: no intro that contradicts it. */
  quiet?: boolean;
}

const STORE_LINKS: readonly { link: LinkId; key: string }[] = [
  { link: 'forgot-password', key: 'popupLinkForgotPassword' },
  { link: 'login-security', key: 'popupLinkLoginSecurity' },
  { link: 'two-step-settings', key: 'popupLinkTwoStep' },
  { link: 'contact-us', key: 'popupLinkContactUs' },
];

/** The tab's store if known (any Amazon page: from its address), else a guess from the browser's
 *  language: the first store that speaks it (de → amazon.de, pt-BR → amazon.com.br), else amazon.com. */
export function defaultStore(tabStore: MarketplaceId | null, language: string): MarketplaceId {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  const speaking = MARKETPLACES.find((m) => m.language === primary)?.id ?? 'us';
  return tabStore ?? speaking;
}

export function GeneralHelp({ t, state, tabId, signedIn, quiet = false }: Props) {
  const tabStore = signedIn?.tabStore ?? state?.marketplace ?? state?.diagnosis?.marketplace ?? null;
  const [store, setStore] = useState<MarketplaceId>(() => defaultStore(tabStore, uiLanguage()));
  const m = marketplaceById(store);
  const sister = sisterOf(m);
  const onSignInPage = state?.diagnosis != null;
  // On a sign-in door the store picked first is the one whose account it signs in to (the tab's).
  const door = state?.diagnosis?.door ?? null;

  return (
    <>
      <h1 class="headline">{t('popupHelpTitle')}</h1>
      {!quiet && <p>{t(onSignInPage ? 'popupHelpNoProblem' : 'popupHelpIntro')}</p>}
      {door && <DoorNote t={t} door={door} />}

      <section class="card" aria-labelledby="store-title">
        <h2 id="store-title">{t('popupStoreTitle')}</h2>
        <label class="field" for="store">
          {t('popupStoreLabel')}
        </label>
        <select
          id="store"
          value={store}
          onChange={(e) => setStore((e.currentTarget as HTMLSelectElement).value as MarketplaceId)}
        >
          {MARKETPLACES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.domain}
            </option>
          ))}
        </select>
        <ul class="actions pair">
          {STORE_LINKS.map(({ link, key }) => (
            <li key={link}>
              <a class="button" href={storeUrl(m, link)} target="_blank" rel="noopener noreferrer" data-link={link}>
                {t(key, m.domain)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <ClearCookies
        t={t}
        marketplace={store}
        tabId={tabId}
        canReload={tabId !== null && tabStore === store}
        primary
        door={store === tabStore ? door?.host : null}
      />

      <section class="card" aria-labelledby="device-title">
        <h2 id="device-title">{t('helpDeviceTitle')}</h2>
        <p>{t('helpDeviceBody')}</p>
      </section>

      <PasswordReset t={t} resetUrl={storeUrl(m, 'forgot-password')} />

      <SignedInList t={t} stores={signedIn?.stores ?? []} />

      <section class="card" aria-labelledby="stores-title">
        <h2 id="stores-title">{t('helpStoresTitle')}</h2>
        <p>{t('helpStoresBody')}</p>
        <p>
          <a href={storeUrl(sister, 'sign-in')} target="_blank" rel="noopener noreferrer">
            {t('popupSisterSignIn', sister.domain)}
          </a>
        </p>
      </section>

      <KeyboardTraps t={t} />
      <BrowserCleaning t={t} />
      <HijackChecklist t={t} contactUrl={storeUrl(m, 'contact-us')} securityUrl={storeUrl(m, 'two-step-settings')} />

      <CopyReport
        t={t}
        facts={{
          cause: null,
          headline: null,
          marketplace: store,
          step: state?.diagnosis?.step ?? null,
          userAgent: navigator.userAgent,
          time: new Date(),
        }}
      />
    </>
  );
}
