// Every Amazon store the extension serves, and the useful pages of each. Paths are the same on
// every store (docs/AMAZON-SIGNIN.md, "Stores"), so URLs are built from the host alone.

export interface Marketplace {
  id: MarketplaceId;
  /** Registrable domain: cookies are cleared for it and all its subdomains. */
  domain: string;
  /** Host of the storefront and its sign-in pages. */
  host: string;
  /** Main language of the store's pages (BCP 47 primary subtag). */
  language: string;
  /** openid.assoc_handle of the store's own sign-in (e.g. jpflex). */
  handle: string;
  /** The store people confuse this one with: .co.jp ↔ .com, others ↔ .com. */
  sister: MarketplaceId;
  /**
   * Suffix of the store's signed-in cookies (at-, sess-at-, x-<suffix>): "main" on amazon.com, "acb" and
   * the store's code elsewhere. Seen in public code and cookie dumps for us jp uk de fr it es ca au in mx
   * br nl sg ae sa tr; for se pl be ie za eg only their ubid-acb<code> cookie was found, so the names
   * follow the scheme by inference (docs/AMAZON-SIGNIN.md, "Cookies").
   */
  sessionSuffix: string;
}

// id, domain, language, handle, sister, signed-in cookie suffix
const TABLE = [
  ['jp', 'amazon.co.jp', 'ja', 'jpflex', 'us', 'acbjp'],
  ['us', 'amazon.com', 'en', 'usflex', 'jp', 'main'],
  ['uk', 'amazon.co.uk', 'en', 'gbflex', 'us', 'acbuk'],
  ['de', 'amazon.de', 'de', 'deflex', 'us', 'acbde'],
  ['fr', 'amazon.fr', 'fr', 'frflex', 'us', 'acbfr'],
  ['it', 'amazon.it', 'it', 'itflex', 'us', 'acbit'],
  ['es', 'amazon.es', 'es', 'esflex', 'us', 'acbes'],
  ['ca', 'amazon.ca', 'en', 'caflex', 'us', 'acbca'],
  ['au', 'amazon.com.au', 'en', 'auflex', 'us', 'acbau'],
  ['in', 'amazon.in', 'en', 'inflex', 'us', 'acbin'],
  ['mx', 'amazon.com.mx', 'es', 'mxflex', 'us', 'acbmx'],
  ['br', 'amazon.com.br', 'pt', 'brflex', 'us', 'acbbr'],
  ['nl', 'amazon.nl', 'nl', 'nlflex', 'us', 'acbnl'],
  ['se', 'amazon.se', 'sv', 'seflex', 'us', 'acbse'], // suffix inferred
  ['pl', 'amazon.pl', 'pl', 'plflex', 'us', 'acbpl'], // suffix inferred
  ['sg', 'amazon.sg', 'en', 'sgflex', 'us', 'acbsg'],
  ['ae', 'amazon.ae', 'en', 'aeflex', 'us', 'acbae'],
  ['sa', 'amazon.sa', 'ar', 'saflex', 'us', 'acbsa'],
  ['tr', 'amazon.com.tr', 'tr', 'trflex', 'us', 'acbtr'],
  ['be', 'amazon.com.be', 'fr', 'beflex', 'us', 'acbbe'], // suffix inferred
  ['eg', 'amazon.eg', 'ar', 'egflex', 'us', 'acbeg'], // suffix inferred
  ['ie', 'amazon.ie', 'en', 'ieflex', 'uk', 'acbie'], // suffix inferred
  ['za', 'amazon.co.za', 'en', 'zaflex', 'us', 'acbza'], // suffix inferred
] as const;

export type MarketplaceId = (typeof TABLE)[number][0];

export const MARKETPLACES: readonly Marketplace[] = TABLE.map(
  ([id, domain, language, handle, sister, sessionSuffix]) => ({
    id,
    domain,
    host: `www.${domain}`,
    language,
    handle,
    sister,
    sessionSuffix,
  }),
);

const BY_ID = new Map(MARKETPLACES.map((m) => [m.id, m]));

export function isMarketplaceId(value: unknown): value is MarketplaceId {
  return typeof value === 'string' && BY_ID.has(value as MarketplaceId);
}

export function marketplaceById(id: MarketplaceId): Marketplace {
  return BY_ID.get(id)!;
}

/** The store a hostname belongs to: the domain itself or any subdomain of it. */
export function marketplaceForHost(hostname: string): Marketplace | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // Longest domain first, so amazon.com.au is not taken for amazon.com.
  let best: Marketplace | undefined;
  for (const m of MARKETPLACES) {
    if ((host === m.domain || host.endsWith(`.${m.domain}`)) && (!best || m.domain.length > best.domain.length)) {
      best = m;
    }
  }
  return best;
}

export function marketplaceForUrl(url: string | URL): Marketplace | undefined {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return marketplaceForHost(parsed.hostname);
  } catch {
    return undefined;
  }
}

export function sisterOf(m: Marketplace): Marketplace {
  return marketplaceById(m.sister);
}

/** The pages a person may need, per store. */
export type LinkId =
  | 'sign-in'
  | 'forgot-password'
  | 'login-security'
  | 'two-step-settings'
  | 'two-step-help'
  | 'two-step-recovery'
  | 'contact-us'
  | 'other-signin-issues'
  | 'account-status'
  | 'cookie-help';

const HELP_NODE = {
  twoStep: 'G3PWZPU52FKN7PW4',
  twoStepRecovery: 'GU3SL3GTHLHPDQ2H',
} as const;

export function storeUrl(m: Marketplace, link: LinkId): string {
  const base = `https://${m.host}`;
  const handle = encodeURIComponent(m.handle);
  switch (link) {
    case 'sign-in':
      // The legacy entry redirects to /ap/signin with the store's own openid parameters.
      return `${base}/gp/sign-in.html`;
    case 'forgot-password':
      return `${base}/ap/forgotpassword?openid.assoc_handle=${handle}`;
    case 'login-security':
      return `${base}/ax/account/manage`;
    case 'two-step-settings':
      return `${base}/a/settings/approval`;
    case 'two-step-help':
      return `${base}/gp/help/customer/display.html?nodeId=${HELP_NODE.twoStep}`;
    case 'two-step-recovery':
      return `${base}/gp/help/customer/display.html?nodeId=${HELP_NODE.twoStepRecovery}`;
    case 'contact-us':
      return `${base}/gp/help/customer/contact-us`;
    case 'other-signin-issues':
      return `${base}/gp/help/customer/account-issues`;
    case 'account-status':
      // Only amazon.com has a known account-status site; elsewhere customer service handles holds
      // (actionUrl offers this link on amazon.com only).
      return m.id === 'us' ? 'https://account-status.amazon.com/' : `${base}/gp/help/customer/contact-us`;
    case 'cookie-help':
      return `${base}/gp/help/customer/display.html/ref=ap_cookie_error_help`;
  }
}
