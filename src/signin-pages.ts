// Where Amazon's sign-in pages are: the hosts and the paths. The one source of the manifest's
// content-script matches, web-accessible pages and host permissions (scripts/manifest.mjs reads
// signInSites() at build time), of the detector's gate (src/detect/gate.ts) and of the e2e server's
// hosts. tests/unit/signin-pages.test.ts ties the built manifests, this list and the gate together.
import { DOORS } from './doors';
import { MARKETPLACES } from './marketplaces';

/**
 * The sign-in pages, as path prefixes: a prefix counts when a `/`, `?`, `#` or the end follows it, so
 * `/ap/signin/136-4909744` is one and `/ap/signinx` is not. Other `/ap/` pages (account settings at
 * `/ap/cnep`, the app landing `/ap/maplanding`) are no sign-in and are left alone.
 */
export const SIGNIN_PATHS = [
  '/ap/signin',
  '/ap/mfa',
  '/ap/cvf',
  '/ap/challenge',
  '/ap/forgotpassword',
  '/ap/register',
  '/ap/dcq',
  '/ap/accountfixup',
  '/ax/claim',
  '/ax/aaut',
  '/errors/validateCaptcha',
] as const;

/** Stores serve the same pages behind a language prefix: `/-/en/ap/signin`, `/-/zh_TW/ap/signin`. */
const LANGUAGE_PREFIX = '/-/[a-z]{2}(?:_[a-z]{2})?';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SIGNIN_PATH = new RegExp(`^(?:${LANGUAGE_PREFIX})?(?:${SIGNIN_PATHS.map(escaped).join('|')})(?:[/?#]|$)`, 'i');

export function isSignInPath(pathname: string): boolean {
  return SIGNIN_PATH.test(pathname);
}

/** A host that serves the sign-in pages, and the registrable domain its cookies live on. */
export interface SignInHost {
  host: string;
  cookieDomain: string;
  /** The host also serves the pages behind a language prefix. */
  languagePrefix: boolean;
}

/** Every store's storefront host, then every door's (src/doors.ts). */
export const SIGNIN_HOSTS: readonly SignInHost[] = [
  ...MARKETPLACES.map((m) => ({ host: m.host, cookieDomain: m.domain, languagePrefix: true })),
  // The language prefix is a storefront's; no door was seen with it.
  ...DOORS.map((d) => ({ host: d.host, cookieDomain: d.cookieDomain, languagePrefix: false })),
];

/** What the manifest is built from. */
export interface SignInSites {
  /** Content-script match patterns: every sign-in path on every sign-in host. */
  matches: string[];
  /** The sign-in hosts (the lazily imported UI is web-accessible to their pages). */
  hosts: string[];
  /** Registrable domains whose cookies the extension reads and clears (host permissions). */
  cookieDomains: string[];
}

/**
 * Match patterns can't say "followed by / ? # or the end", so each prefix is matched as `<prefix>*`
 * (and `/-/*<prefix>*`): a slight superset of isSignInPath, which then decides.
 */
export function signInMatches(sites: readonly SignInHost[] = SIGNIN_HOSTS): string[] {
  return sites.flatMap(({ host, languagePrefix }) =>
    SIGNIN_PATHS.flatMap((p) => [`https://${host}${p}*`, ...(languagePrefix ? [`https://${host}/-/*${p}*`] : [])]),
  );
}

export function signInSites(sites: readonly SignInHost[] = SIGNIN_HOSTS): SignInSites {
  return {
    matches: signInMatches(sites),
    hosts: sites.map((s) => s.host),
    cookieDomains: [...new Set(sites.map((s) => s.cookieDomain))],
  };
}
