// The sign-in doors: Amazon's own sign-in pages served on hosts that are not a store's storefront, for a
// service that signs in with an Amazon account. Beside the store table, and like it the one source of
// these facts: src/signin-pages.ts turns them into the manifest's matches and host permissions, the
// gate and the e2e server's hosts; docs/AMAZON-SIGNIN.md, "Sign-in doors", lists them (a unit test
// checks it does). Seen in public code and Amazon's help pages; observed, not promised by Amazon.
import { MARKETPLACES, type MarketplaceId } from './marketplaces';

export const SERVICE_IDS = ['seller-central', 'amazon-pay', 'alexa', 'prime-video'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && (SERVICE_IDS as readonly string[]).includes(value);
}

export interface Door {
  host: string;
  service: ServiceId;
  /** Registrable domain the host's cookies live on (with the storefront's, when it is a store's). */
  cookieDomain: string;
  /** The stores whose accounts this host may sign in to; the page's parameters pick one (door-store.ts). */
  stores: readonly MarketplaceId[];
}

/** Seller Central Europe and Login with Amazon Europe serve the European stores' accounts. */
const EUROPE: readonly MarketplaceId[] = ['uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'be', 'ie'];

export const DOORS: readonly Door[] = [
  { host: 'sellercentral.amazon.co.jp', service: 'seller-central', cookieDomain: 'amazon.co.jp', stores: ['jp'] },
  { host: 'sellercentral.amazon.com', service: 'seller-central', cookieDomain: 'amazon.com', stores: ['us'] },
  { host: 'sellercentral-europe.amazon.com', service: 'seller-central', cookieDomain: 'amazon.com', stores: EUROPE },
  { host: 'sellercentral.amazon.in', service: 'seller-central', cookieDomain: 'amazon.in', stores: ['in'] },
  // Login with Amazon, which Amazon Pay's sign-in on other shops uses: one host per region.
  { host: 'na.account.amazon.com', service: 'amazon-pay', cookieDomain: 'amazon.com', stores: ['us'] },
  { host: 'eu.account.amazon.com', service: 'amazon-pay', cookieDomain: 'amazon.com', stores: EUROPE },
  { host: 'apac.account.amazon.com', service: 'amazon-pay', cookieDomain: 'amazon.com', stores: ['jp', 'au', 'sg'] },
  { host: 'alexa.amazon.com', service: 'alexa', cookieDomain: 'amazon.com', stores: ['us'] },
  // Prime Video's own domain, also for countries without an Amazon store: any store's account.
  {
    host: 'www.primevideo.com',
    service: 'prime-video',
    cookieDomain: 'primevideo.com',
    stores: MARKETPLACES.map((m) => m.id),
  },
];

const BY_HOST = new Map(DOORS.map((d) => [d.host, d]));

export function doorForHost(hostname: string): Door | undefined {
  return BY_HOST.get(hostname.toLowerCase().replace(/\.$/, ''));
}

/**
 * `openid.assoc_handle` families of the doors' sign-ins, also met on a storefront host (Japan's
 * Amazon Pay flow signs in at www.amazon.co.jp with amzn_lwa_apac). `region` names the door host whose
 * stores the handle stands for; `country` picks one store from the handle's own letters.
 */
export const DOOR_HANDLES: readonly { pattern: RegExp; service: ServiceId; region?: string; country?: true }[] = [
  { pattern: /^sc_jp_amazon/, service: 'seller-central', region: 'sellercentral.amazon.co.jp' },
  { pattern: /^sc_na_amazon/, service: 'seller-central', region: 'sellercentral.amazon.com' },
  { pattern: /^sc_in_amazon/, service: 'seller-central', region: 'sellercentral.amazon.in' },
  { pattern: /^amzn_lwa_na$/, service: 'amazon-pay', region: 'na.account.amazon.com' },
  { pattern: /^amzn_lwa_eu$/, service: 'amazon-pay', region: 'eu.account.amazon.com' },
  { pattern: /^amzn_lwa_apac$/, service: 'amazon-pay', region: 'apac.account.amazon.com' },
  { pattern: /^amzn_pyop$/, service: 'amazon-pay', region: 'na.account.amazon.com' },
  { pattern: /^amazon_pay_([a-z]{2})(?:_|$)/, service: 'amazon-pay', country: true },
  { pattern: /^amzn_dp_project_dee/, service: 'alexa', region: 'alexa.amazon.com' },
  { pattern: /^amzn_prime_video_[a-z_]*_([a-z]{2})$/, service: 'prime-video', country: true },
];

/** marketPlaceId values seen on door pages besides the stores' own (marketplaces.ts): Login with Amazon, Japan. */
export const DOOR_MARKETPLACE_IDS: Readonly<Record<string, MarketplaceId>> = { A1MA27DB7MMG0L: 'jp' };
