import { describe, expect, it } from 'vitest';
import {
  MARKETPLACES,
  marketplaceForHost,
  marketplaceForUrl,
  sisterOf,
  storeUrl,
  type LinkId,
} from '../../src/marketplaces';

const LINKS: LinkId[] = [
  'sign-in',
  'forgot-password',
  'login-security',
  'two-step-settings',
  'two-step-help',
  'two-step-recovery',
  'contact-us',
  'other-signin-issues',
  'account-status',
  'cookie-help',
];

describe('marketplaces', () => {
  it('knows the 21 catalog stores plus Ireland and South Africa', () => {
    expect(MARKETPLACES).toHaveLength(23);
    expect(new Set(MARKETPLACES.map((m) => m.domain)).size).toBe(23);
    expect(new Set(MARKETPLACES.map((m) => m.handle)).size).toBe(23);
  });

  it.each(MARKETPLACES.map((m) => [m.id, m] as const))('%s: host, subdomains and URLs', (_id, m) => {
    expect(marketplaceForHost(m.host)).toBe(m);
    expect(marketplaceForHost(m.domain)).toBe(m);
    expect(marketplaceForHost(`SMILE.${m.domain.toUpperCase()}.`)).toBe(m);
    expect(m.handle).toMatch(/^[a-z]{2}flex$/);
    expect(sisterOf(m).id).not.toBe(m.id);
    for (const link of LINKS) {
      const url = new URL(storeUrl(m, link));
      expect(url.protocol).toBe('https:');
      // Every link stays on this store, except amazon.com's account-status site.
      if (!(m.id === 'us' && link === 'account-status')) expect(url.hostname).toBe(m.host);
    }
    expect(storeUrl(m, 'forgot-password')).toContain(`openid.assoc_handle=${m.handle}`);
  });

  it('pairs amazon.co.jp and amazon.com with each other', () => {
    expect(sisterOf(marketplaceForHost('www.amazon.co.jp')!).domain).toBe('amazon.com');
    expect(sisterOf(marketplaceForHost('www.amazon.com')!).domain).toBe('amazon.co.jp');
  });

  it('tells amazon.com.au, .com.mx, .com.br, .com.tr and .com.be apart from amazon.com', () => {
    expect(marketplaceForHost('www.amazon.com.au')?.id).toBe('au');
    expect(marketplaceForHost('www.amazon.com.mx')?.id).toBe('mx');
    expect(marketplaceForHost('www.amazon.com.br')?.id).toBe('br');
    expect(marketplaceForHost('www.amazon.com.tr')?.id).toBe('tr');
    expect(marketplaceForHost('www.amazon.com.be')?.id).toBe('be');
  });

  it('refuses look-alike hosts and other schemes', () => {
    for (const host of ['amazon.co.jp.evil.example', 'notamazon.com', 'amazon-co.jp', 'www.amazon.cn', 'example.org']) {
      expect(marketplaceForHost(host)).toBeUndefined();
    }
    expect(marketplaceForUrl('file:///www.amazon.com/ap/signin')).toBeUndefined();
    expect(marketplaceForUrl('not a url')).toBeUndefined();
  });
});
