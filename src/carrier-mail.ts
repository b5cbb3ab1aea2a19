// Japanese carrier mail domains. Addresses on them stop working when the person changes carrier or
// plan, which is a common reason an old Amazon address "cannot be found" or a code never arrives.
// One list and one check for the detector's hint (the address Amazon shows) and the input hint (the
// address being typed).
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
  // Older and MVNO names.
  'vodafone.ne.jp',
  'rakuten.jp',
] as const;

/** A carrier domain or one of its subdomains. */
export function isCarrierDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return CARRIER_MAIL_DOMAINS.some((c) => d === c || d.endsWith(`.${c}`));
}

/** True when the text is (or ends with) an address at a carrier domain or one of its subdomains. */
export function isCarrierMail(text: string): boolean {
  const normalized = text.trim().normalize('NFKC').toLowerCase();
  const at = normalized.lastIndexOf('@');
  return at >= 0 && isCarrierDomain(normalized.slice(at + 1).replace(/[^a-z0-9.-].*$/, ''));
}
