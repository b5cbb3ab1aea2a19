// The answers to "where is this browser signed in?": the popup gets the store list and draws its own
// words; the banner gets its sentence and button label resolved, as it bundles no locale tables.
import { getBrowser, platform, type Browser } from '../browser';
import type { Translate } from '../i18n';
import { signInAccountOfUrl } from '../door-store';
import { marketplaceById, type MarketplaceId } from '../marketplaces';
import type { BannerSessions, SignedInState } from '../messages';
import { otherSignedInStores, signedInSubstitutions } from '../signed-in';
import type { ContentOrigin } from './sender';
import { signedInStores } from './signed-in-stores';

async function tabStoreOf(api: Browser, tabId: number | null): Promise<MarketplaceId | null> {
  if (tabId === null) return null;
  try {
    const url = (await api.tabs.get(tabId)).url;
    // A door's store is the one whose account it signs in to, not its host's (eu.account.amazon.com).
    return (url && signInAccountOfUrl(url)?.marketplace.id) || null;
  } catch {
    return null;
  }
}

export async function signedInState(tabId: number | null): Promise<SignedInState> {
  const api = getBrowser();
  const [tabStore, stores] = await Promise.all([tabStoreOf(api, tabId), signedInStores(api, tabId, platform(api))]);
  return { tabStore, stores };
}

/** What the banner would say about this browser's sessions on the sender's page, whatever cause
 *  appears there (the content script picks by cause: bannerSession()). `t` speaks the banner's language. */
export async function bannerSessions(origin: ContentOrigin, t: Translate): Promise<BannerSessions> {
  const api = getBrowser();
  const here = origin.marketplace;
  const stores = await signedInStores(api, origin.tabId, platform(api));
  const other = otherSignedInStores(here.id, stores)[0];
  const elsewhereSubs = other ? signedInSubstitutions(here, marketplaceById(other)) : [];
  const hereSubs = signedInSubstitutions(here, here);
  return {
    elsewhere: other
      ? {
          kind: 'elsewhere',
          store: other,
          text: t('signedInElsewhereText', elsewhereSubs),
          label: t('signedInElsewhereButton', elsewhereSubs),
        }
      : null,
    here: stores.includes(here.id)
      ? {
          kind: 'here',
          store: here.id,
          text: t('signedInHereText', hereSubs),
          label: t('signedInHereButton', hereSubs),
        }
      : null,
  };
}
