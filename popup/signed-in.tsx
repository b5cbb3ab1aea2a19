// Where this browser is signed in to Amazon, as the popup tells it: the sign-in on another store as
// the first fix, a session on this very store, and the list in the general help. The background
// reads the cookie names when asked (src/background/signed-in-stores.ts); nothing here is stored.
import type { Translate } from '../src/i18n';
import { marketplaceById, storeUrl, type MarketplaceId } from '../src/marketplaces';
import { type SignedInState, uiBgSignedIn } from '../src/messages';
import { otherSignedInStores, signedInSubstitutions } from '../src/signed-in';
import { ask } from './api';

/** The background's answer, checked; null when it has none (then nothing is said). */
export function loadSignedIn(tabId: number | null): Promise<SignedInState | null> {
  return ask(uiBgSignedIn, { tabId });
}

/** The test contract's data-signed-in-elsewhere: other stores' domains, or undefined (attribute absent). */
export function signedInElsewhereAttr(tabStore: MarketplaceId | null, state: SignedInState | null): string | undefined {
  const others = state ? otherSignedInStores(tabStore, state.stores) : [];
  return others.length > 0 ? others.map((id) => marketplaceById(id).domain).join(' ') : undefined;
}

interface ElsewhereProps {
  t: Translate;
  tabStore: MarketplaceId;
  /** Stores to offer, the first named in the sentence and drawn as the main button. */
  stores: readonly MarketplaceId[];
}

export function SignedInElsewhere({ t, tabStore, stores }: ElsewhereProps) {
  const first = stores[0];
  if (!first) return null;
  const here = marketplaceById(tabStore);
  return (
    <section class="card session" data-session="elsewhere" aria-labelledby="session-text">
      <p id="session-text">{t('signedInElsewhereText', signedInSubstitutions(here, marketplaceById(first)))}</p>
      <ul class="actions">
        {stores.map((id) => (
          <li key={id}>
            <a
              class={id === first ? 'button primary' : 'button'}
              href={storeUrl(marketplaceById(id), 'sign-in')}
              target="_blank"
              rel="noopener noreferrer"
              data-action="signed-in-sign-in"
              data-store={marketplaceById(id).domain}
            >
              {t('signedInElsewhereButton', signedInSubstitutions(here, marketplaceById(id)))}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Signed in on this very store while it says the account is not found; the sign-out button follows. */
export function SignedInHere({ t, tabStore }: { t: Translate; tabStore: MarketplaceId }) {
  const here = marketplaceById(tabStore);
  return (
    <section class="card session" data-session="here">
      <p>{t('signedInHereText', signedInSubstitutions(here, here))}</p>
    </section>
  );
}

/** The general help: every store this browser is signed in to; nothing when there is none. */
export function SignedInList({ t, stores }: { t: Translate; stores: readonly MarketplaceId[] }) {
  if (stores.length === 0) return null;
  return (
    <section class="card" aria-labelledby="signed-in-title" data-signed-in-list>
      <h2 id="signed-in-title">{t('popupSignedInTitle')}</h2>
      <ul class="bullets">
        {stores.map((id) => (
          <li key={id}>{marketplaceById(id).domain}</li>
        ))}
      </ul>
      <p>{t('popupSignedInBody')}</p>
    </section>
  );
}
