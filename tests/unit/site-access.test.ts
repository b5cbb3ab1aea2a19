// Where the extension runs, read from its built manifest: match patterns as the browsers read them,
// the sign-in pages of every store (and nothing else), and each store's own origins.
import { beforeEach, describe, expect, it } from 'vitest';
import { isSignInPage, matchesPattern, signInMatches, storeOrigins } from '../../src/site-access';
import { signInSites } from '../../src/signin-pages';
import { MARKETPLACES, marketplaceById } from '../../src/marketplaces';
import { installFakeBrowser } from './fake-browser';

beforeEach(() => {
  installFakeBrowser();
});

describe('matchesPattern', () => {
  it.each([
    ['https://www.amazon.co.jp/ap/signin?x=1', 'https://www.amazon.co.jp/ap/*', true],
    ['https://www.amazon.co.jp/ax/claim?arb=1', 'https://www.amazon.co.jp/ax/claim*', true],
    ['https://www.amazon.co.jp/ax/claimed/x', 'https://www.amazon.co.jp/ax/claim*', true],
    ['https://www.amazon.co.jp/ap/signin#frag', 'https://www.amazon.co.jp/ap/signin', true],
    ['https://www.amazon.co.jp/dp/B0', 'https://www.amazon.co.jp/ap/*', false],
    ['http://www.amazon.co.jp/ap/signin', 'https://www.amazon.co.jp/ap/*', false],
    ['https://www.amazon.co.jp.evil.example/ap/signin', 'https://www.amazon.co.jp/ap/*', false],
    ['https://evilamazon.co.jp/', '*://*.amazon.co.jp/*', false],
    ['https://amazon.co.jp/', '*://*.amazon.co.jp/*', true],
    ['http://smile.amazon.co.jp/x', '*://*.amazon.co.jp/*', true],
    ['ftp://www.amazon.co.jp/', '*://*.amazon.co.jp/*', false],
    ['not a url', '*://*.amazon.co.jp/*', false],
    ['https://www.amazon.co.jp/', 'not a pattern', false],
  ])('%s against %s: %s', (url, pattern, expected) => {
    expect(matchesPattern(url, pattern)).toBe(expected);
  });
});

describe('from the manifest', () => {
  it('the sign-in matches are the content script’s, every store’s and door’s, and only https', () => {
    const matches = signInMatches();
    expect(matches.length).toBeGreaterThanOrEqual(MARKETPLACES.length);
    const hosts = new Set(signInSites().hosts);
    expect(matches.every((p) => p.startsWith('https://') && hosts.has(new URL(p).host))).toBe(true);
    expect(matches.some((p) => p.startsWith('https://apac.account.amazon.com/'))).toBe(true);
  });

  it('knows every store’s sign-in pages and no other page', () => {
    for (const m of MARKETPLACES) {
      expect(isSignInPage(`https://${m.host}/ap/signin`), m.domain).toBe(true);
      expect(isSignInPage(`https://${m.host}/-/en/ap/signin`), m.domain).toBe(true);
      expect(isSignInPage(`https://${m.host}/errors/validateCaptcha?x`), m.domain).toBe(true);
      expect(isSignInPage(`https://${m.host}/gp/cart/view.html`), m.domain).toBe(false);
    }
    expect(isSignInPage(undefined)).toBe(false);
    expect(isSignInPage('https://example.com/ap/signin')).toBe(false);
  });

  it('a store’s origins are its own host permission only (amazon.com does not take amazon.com.au)', () => {
    expect(storeOrigins(marketplaceById('jp'))).toEqual(['*://*.amazon.co.jp/*']);
    expect(storeOrigins(marketplaceById('us'))).toEqual(['*://*.amazon.com/*']);
    expect(storeOrigins(marketplaceById('au'))).toEqual(['*://*.amazon.com.au/*']);
  });
});
