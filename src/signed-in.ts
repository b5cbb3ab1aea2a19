// What the popup and the banner say about this browser's Amazon sessions (the list itself comes from
// src/background/signed-in-stores.ts). One place decides which causes it matters for.
import type { CauseId } from './detect/types';
import { marketplaceById, type Marketplace, type MarketplaceId } from './marketplaces';

/** Causes where a session on ANOTHER store is the likely answer: the account exists, over there. */
export const SIGNED_IN_ELSEWHERE_CAUSES: readonly CauseId[] = [
  'account-not-found',
  'wrong-password',
  'identifier-invalid',
  'already-registered',
];

/** Causes where a session on THIS store means another account or a re-authentication is being asked for. */
export const SIGNED_IN_HERE_CAUSES: readonly CauseId[] = ['account-not-found'];

/** Of the banner's words about the sessions (a sign-in elsewhere, a session here), the ones for this
 *  cause: elsewhere first, as in the popup. */
export function bannerSession<T>(cause: CauseId, sessions: { elsewhere: T | null; here: T | null }): T | null {
  if (SIGNED_IN_ELSEWHERE_CAUSES.includes(cause) && sessions.elsewhere) return sessions.elsewhere;
  return SIGNED_IN_HERE_CAUSES.includes(cause) ? sessions.here : null;
}

/**
 * Signed-in stores other than the tab's (all of them when the tab is no store's), the store people
 * confuse the tab's store with first: that is the one named and offered first.
 */
export function otherSignedInStores(
  tabStore: MarketplaceId | null,
  signedIn: readonly MarketplaceId[],
): MarketplaceId[] {
  const others = signedIn.filter((id) => id !== tabStore);
  if (tabStore === null) return others;
  const sister = marketplaceById(tabStore).sister;
  return [...others.filter((id) => id === sister), ...others.filter((id) => id !== sister)];
}

export interface SignedInAdvice {
  /** Stores to offer a sign-in on, the first one named in the sentence; empty: nothing to say. */
  elsewhere: MarketplaceId[];
  /** This browser already has a session on the tab's own store. */
  here: boolean;
}

export function signedInAdvice(
  cause: CauseId,
  tabStore: MarketplaceId,
  signedIn: readonly MarketplaceId[],
): SignedInAdvice {
  return {
    elsewhere: SIGNED_IN_ELSEWHERE_CAUSES.includes(cause) ? otherSignedInStores(tabStore, signedIn) : [],
    here: SIGNED_IN_HERE_CAUSES.includes(cause) && signedIn.includes(tabStore),
  };
}

/** $STORE$ (the tab's store) and $OTHER$ (the store with the session), in every signedIn… message. */
export function signedInSubstitutions(tabStore: Marketplace, other: Marketplace): string[] {
  return [tabStore.domain, other.domain];
}
