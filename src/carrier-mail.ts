// Japanese carrier mail domains. Addresses on them stop working when the person changes carrier or
// plan, which is a common reason an old Amazon address "cannot be found" or a code never arrives.
export const CARRIER_MAIL_DOMAINS = [
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'au.com',
  'softbank.ne.jp',
  'i.softbank.jp',
  'disney.ne.jp',
  'ymobile.ne.jp',
  'y-mobile.ne.jp',
  'emobile.ne.jp',
  'pdx.ne.jp',
  'willcom.com',
  'rakumail.jp',
  'uqmobile.jp',
] as const;

/** True when the text is (or ends with) an address at a carrier domain or one of its subdomains. */
export function isCarrierMail(text: string): boolean {
  const at = text.trim().normalize('NFKC').toLowerCase().lastIndexOf('@');
  if (at < 0) return false;
  const domain = text
    .trim()
    .normalize('NFKC')
    .toLowerCase()
    .slice(at + 1)
    .replace(/[^a-z0-9.-].*$/, '');
  return CARRIER_MAIL_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
}
