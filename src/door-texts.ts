// What the banner and the popup say about a sign-in door: the service's name, whose account it signs
// in to (or the stores it could be), and what is different there. One place, so both say the same.
import type { DoorOfPage } from './detect/types';
import { DOORS, doorForHost, type ServiceId } from './doors';
import type { Translate } from './i18n';
import { MARKETPLACES, marketplaceById } from './marketplaces';

const PASCAL: Readonly<Record<ServiceId, string>> = {
  'seller-central': 'SellerCentral',
  'amazon-pay': 'AmazonPay',
  alexa: 'Alexa',
  'prime-video': 'PrimeVideo',
};

export const serviceNameKey = (service: ServiceId) => `service${PASCAL[service]}`;
export const doorGuideKey = (service: ServiceId) => `doorGuide${PASCAL[service]}`;

/** More stores than a sentence can list: the door takes (nearly) any store's account. */
const MANY = Math.ceil(MARKETPLACES.length / 2);

/** "Seller Central: signs in with your amazon.co.jp account", or the stores it could be. */
export function doorAccountText(t: Translate, door: DoorOfPage): string {
  const name = t(serviceNameKey(door.service));
  if (door.stores.length === 1) return t('doorAccount', [name, marketplaceById(door.stores[0]!).domain]);
  if (door.stores.length >= MANY) return t('doorAccountAnyStore', [name]);
  return t('doorAccountOneOf', [name, door.stores.map((id) => marketplaceById(id).domain).join(', ')]);
}

/**
 * Everything a door's cookie clearing signs the person out of: the store whose domain holds the shared
 * cookies, and every service with a door on that domain (they may sign in with those cookies).
 */
export function signsOutOf(host: string): { domain: string; store: string | null; services: ServiceId[] } {
  const door = doorForHost(host);
  const domain = door?.cookieDomain ?? host;
  const store = MARKETPLACES.find((m) => m.domain === domain)?.domain ?? null;
  const services = [...new Set(DOORS.filter((d) => d.cookieDomain === domain).map((d) => d.service))];
  return { domain, store, services };
}

/** "Removes the cookies this sign-in page gets (…). It signs you out of: amazon.com, Seller Central, …" */
export function doorClearText(t: Translate, host: string): string {
  const { domain, store, services } = signsOutOf(host);
  const list = [...(store ? [store] : []), ...services.map((s) => t(serviceNameKey(s)))];
  return t('doorClearEffect', [host, domain, list.join(', ')]);
}
