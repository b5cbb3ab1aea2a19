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
  /** The store's `marketPlaceId` (the Selling Partner API's public list): sign-in doors name the store by it. */
  marketplaceId: string;
}

// id, domain, language, handle, sister, signed-in cookie suffix, marketPlaceId
const TABLE = [
  ['jp', 'amazon.co.jp', 'ja', 'jpflex', 'us', 'acbjp', 'A1VC38T7YXB528'],
  ['us', 'amazon.com', 'en', 'usflex', 'jp', 'main', 'ATVPDKIKX0DER'],
  ['uk', 'amazon.co.uk', 'en', 'gbflex', 'us', 'acbuk', 'A1F83G8C2ARO7P'],
  ['de', 'amazon.de', 'de', 'deflex', 'us', 'acbde', 'A1PA6795UKMFR9'],
  ['fr', 'amazon.fr', 'fr', 'frflex', 'us', 'acbfr', 'A13V1IB3VIYZZH'],
  ['it', 'amazon.it', 'it', 'itflex', 'us', 'acbit', 'APJ6JRA9NG5V4'],
  ['es', 'amazon.es', 'es', 'esflex', 'us', 'acbes', 'A1RKKUPIHCS9HS'],
  ['ca', 'amazon.ca', 'en', 'caflex', 'us', 'acbca', 'A2EUQ1WTGCTBG2'],
  ['au', 'amazon.com.au', 'en', 'auflex', 'us', 'acbau', 'A39IBJ37TRP1C6'],
  ['in', 'amazon.in', 'en', 'inflex', 'us', 'acbin', 'A21TJRUUN4KGV'],
  ['mx', 'amazon.com.mx', 'es', 'mxflex', 'us', 'acbmx', 'A1AM78C64UM0Y8'],
  ['br', 'amazon.com.br', 'pt', 'brflex', 'us', 'acbbr', 'A2Q3Y263D00KWC'],
  ['nl', 'amazon.nl', 'nl', 'nlflex', 'us', 'acbnl', 'A1805IZSGTT6HS'],
  ['se', 'amazon.se', 'sv', 'seflex', 'us', 'acbse', 'A2NODRKZP88ZB9'], // suffix inferred
  ['pl', 'amazon.pl', 'pl', 'plflex', 'us', 'acbpl', 'A1C3SOZRARQ6R3'], // suffix inferred
  ['sg', 'amazon.sg', 'en', 'sgflex', 'us', 'acbsg', 'A19VAU5U5O7RUS'],
  ['ae', 'amazon.ae', 'en', 'aeflex', 'us', 'acbae', 'A2VIGQ35RCS4UG'],
  ['sa', 'amazon.sa', 'ar', 'saflex', 'us', 'acbsa', 'A17E79C6D8DWNP'],
  ['tr', 'amazon.com.tr', 'tr', 'trflex', 'us', 'acbtr', 'A33AVAJ2PDY3EV'],
  ['be', 'amazon.com.be', 'fr', 'beflex', 'us', 'acbbe', 'AMEN7PMS3EDWL'], // suffix inferred
  ['eg', 'amazon.eg', 'ar', 'egflex', 'us', 'acbeg', 'ARBP9OOSHTCHU'], // suffix inferred
  ['ie', 'amazon.ie', 'en', 'ieflex', 'uk', 'acbie', 'A28R8C7NBKEWEA'], // suffix inferred
  ['za', 'amazon.co.za', 'en', 'zaflex', 'us', 'acbza', 'AE08WJ6YKNBMC'], // suffix inferred
] as const;

export type MarketplaceId = (typeof TABLE)[number][0];

export const MARKETPLACES: readonly Marketplace[] = TABLE.map(
  ([id, domain, language, handle, sister, sessionSuffix, marketplaceId]) => ({
    id,
    domain,
    host: `www.${domain}`,
    language,
    handle,
    sister,
    sessionSuffix,
    marketplaceId,
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
