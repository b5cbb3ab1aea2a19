// Layer 1: only Amazon stores and sign-in doors, only sign-in paths — or an AWS WAF challenge, which
// Amazon serves in place of any page. Which account the page signs in to: door-store.ts.
import { type SignInAccount, signInAccountOfUrl } from '../door-store';
import { isSignInPath } from '../signin-pages';

export function isWafChallenge(doc: Document): boolean {
  if (doc.querySelector('script[src*="awswaf.com"], #aa-challenge-page-captcha-container')) return true;
  // The WAF interstitial is tiny; its inline script defines window.gokuProps near its start (a 5 MB
  // script elsewhere is not searched through).
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 10)) {
    if ((script.textContent ?? '').slice(0, 4096).includes('gokuProps')) return true;
  }
  return false;
}

/** What the gate lets through: whose account the page signs in to, and whether the page is a WAF
 *  challenge (looked for once per look: the step reads it from here). */
export interface GatedPage {
  account: SignInAccount;
  waf: boolean;
}

export function gate(doc: Document, url: URL): GatedPage | undefined {
  const account = signInAccountOfUrl(url);
  if (!account) return undefined;
  const waf = isWafChallenge(doc);
  return isSignInPath(url.pathname) || waf ? { account, waf } : undefined;
}
