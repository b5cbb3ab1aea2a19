// The answers to "where is this browser signed in?": the popup gets the store list and draws its own
// words; the banner gets its sentence and button label resolved, as it bundles no locale tables.
import { getBrowser, platform, type Browser } from '../browser';
import type { CauseId } from '../detect/types';
import { loadTranslator } from '../i18n';
import { chosenLanguage } from './language';
import { signInAccountOfUrl } from '../door-store';
import { marketplaceById, type MarketplaceId } from '../marketplaces';
import type { BannerSignedIn, SignedInState } from '../messages';
import { loadSettings } from '../settings';
import { hasSignedInAdvice, signedInAdvice, signedInSubstitutions } from '../signed-in';
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

export async function bannerSignedIn(cause: CauseId, origin: ContentOrigin): Promise<BannerSignedIn | null> {
  // The banner asks for every cause; only some are told, and the others need no cookie listing.
  if (!hasSignedInAdvice(cause)) return null;
  const api = getBrowser();
  const here = origin.marketplace;
  const advice = signedInAdvice(cause, here.id, await signedInStores(api, origin.tabId, platform(api)));
  const other = advice.elsewhere[0];
  if (!other && !advice.here) return null;
  const settings = await loadSettings();
  const t = await loadTranslator(chosenLanguage(settings, here.language));
  if (other) {
    const subs = signedInSubstitutions(here, marketplaceById(other));
    return {
      kind: 'elsewhere',
      store: other,
      text: t('signedInElsewhereText', subs),
      label: t('signedInElsewhereButton', subs),
    };
  }
  const subs = signedInSubstitutions(here, here);
  return { kind: 'here', store: here.id, text: t('signedInHereText', subs), label: t('signedInHereButton', subs) };
}
