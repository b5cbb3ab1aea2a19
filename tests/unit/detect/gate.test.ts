// The gate: every Amazon store's sign-in paths and nothing else. Look-alike hosts, other paths, odd URLs
// and pages that are not Amazon's at all give null — and nothing ever throws.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect/detect';
import { MARKETPLACES } from '../../../src/marketplaces';
import { loadOwnPage, pageFromHtml, readOwnPage } from './load-page';

const WRONG_PASSWORD = readOwnPage('wrong-password.en.html');
const env = { cookiesEnabled: true };

describe('every store in marketplaces.ts', () => {
  it.each(MARKETPLACES.map((m) => [m.host, m.id] as const))('%s/ap/signin is store %s', (host, id) => {
    const url = `https://${host}/ap/signin`;
    expect(detect(loadOwnPage(WRONG_PASSWORD), url, env)).toMatchObject({
      marketplace: id,
      cause: 'wrong-password',
      step: 'password',
    });
  });

  it.each(MARKETPLACES.map((m) => [m.domain, m.id] as const))('the bare domain %s counts too', (domain, id) => {
    expect(detect(loadOwnPage(WRONG_PASSWORD), `https://${domain}/ax/claim`, env)?.marketplace).toBe(id);
  });

  it('tells amazon.com.au, .com.mx, .com.br, .com.tr and .com.be from amazon.com', () => {
    for (const [domain, id] of [
      ['amazon.com.au', 'au'],
      ['amazon.com.mx', 'mx'],
      ['amazon.com.br', 'br'],
      ['amazon.com.tr', 'tr'],
      ['amazon.com.be', 'be'],
    ]) {
      expect(detect(loadOwnPage(WRONG_PASSWORD), `https://www.${domain}/ap/signin`, env)?.marketplace).toBe(id);
    }
  });
});

describe('hosts that only look like Amazon', () => {
  it.each([
    'https://amazon.co.jp.evil.example/ap/signin',
    'https://www.amazon.co.jp.evil.example/ap/signin',
    'https://amazon-co.jp/ap/signin',
    'https://www.amazon-co.jp/ap/signin',
    'https://amazon.co.jp-signin.example/ap/signin',
    'https://wwwamazon.co.jp/ap/signin',
    'https://myamazon.com/ap/signin',
    'https://amazon.com.evil.example/ap/signin',
    'https://www.amazon.co/ap/signin',
    'https://www.amazon.jp/ap/signin',
    'https://www.amaz0n.com/ap/signin',
    'https://xn--amazon-9ya.com/ap/signin',
    'https://www.amazon.co.jp@evil.example/ap/signin',
    'https://evil.example/www.amazon.co.jp/ap/signin',
    'https://evil.example/ap/signin?return=https://www.amazon.co.jp/ap/signin',
    'https://signin.aws.amazon.example/ap/signin',
  ])('%s → null', (url) => {
    expect(detect(loadOwnPage(WRONG_PASSWORD), url, env)).toBeNull();
  });
});

describe('Amazon pages that are not sign-in pages', () => {
  it.each([
    '/',
    '/dp/B0EXAMPLE01',
    '/gp/customer-reviews/R1EXAMPLE000001',
    '/gp/help/customer/account-issues',
    '/gp/sign-in.html',
    '/ap/signinx',
    '/apx/signin',
    '/s?k=/ap/signin',
    '/gp/cart/view.html?ref=/ap/signin',
    '/-/en/dp/B0EXAMPLE01',
    '/ap/cnep',
  ])('www.amazon.co.jp%s → null', (path) => {
    expect(detect(loadOwnPage(WRONG_PASSWORD), `https://www.amazon.co.jp${path}`, env)).toBeNull();
  });
});

describe('odd input never throws', () => {
  const doc = loadOwnPage(WRONG_PASSWORD);

  it.each([
    '',
    ' ',
    'not a url',
    '/ap/signin',
    '//www.amazon.co.jp/ap/signin',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'file:///ap/signin',
    'about:blank',
    'chrome-extension://abc/popup.html',
    'ftp://www.amazon.co.jp/ap/signin',
    'https://',
    'https://www.amazon.co.jp:99999/ap/signin',
    'https://www.amazon.co.jp/%E0%A4%A',
    'https://www.amazon.co.jp/ap/signin?failedSignInCount=%FF&signInRedirectToFPPThreshold=-1',
    'https://www.amazon.co.jp/ap/forgotpassword?failedSignInCount=1e400&signInRedirectToFPPThreshold=NaN',
    `https://www.amazon.co.jp/ap/signin?${'a=1&'.repeat(20000)}`,
    `https://www.amazon.co.jp/${'ap/'.repeat(5000)}signin`,
    'https://www.amazon.co.jp/ap/signin#<img src=x onerror=alert(1)>',
    'https://[::1]/ap/signin',
    'https://www.amazon.co.jp./ap/signin',
    'HTTPS://WWW.AMAZON.CO.JP/AP/SIGNIN',
  ])('%j', (url) => {
    expect(() => detect(doc, url, env)).not.toThrow();
  });

  it('accepts a URL object', () => {
    expect(detect(doc, new URL('https://www.amazon.co.jp/ap/signin'), env)?.marketplace).toBe('jp');
  });

  it.each([
    ['an empty document', ''],
    ['only text', 'hello'],
    ['a frameset', '<frameset><frame src="/ap/signin"></frameset>'],
    [
      'an unclosed soup',
      '<div class="a-alert a-alert-error"><h4 class="a-alert-heading"><table><td><div id="auth-error-message-box"',
    ],
    [
      'an SVG with alert classes',
      '<svg><g class="a-alert a-alert-error"><text>Your password is incorrect</text></g></svg>',
    ],
    ['a MathML island', '<math><mi class="a-alert">x</mi></math>'],
    [
      'nested forms and broken inputs',
      '<form name="signIn"><form id="auth-mfa-form"><input name="appAction" value><input id="ap_password" type>',
    ],
  ])('%s on a sign-in path', (_name, html) => {
    const page = pageFromHtml(html, 'https://www.amazon.co.jp/ap/signin');
    expect(() => detect(page, 'https://www.amazon.co.jp/ap/signin', env)).not.toThrow();
  });

  it('a document without a body or a root', () => {
    const page = pageFromHtml('<p>x</p>', 'https://www.amazon.com/ap/signin');
    page.body.remove();
    expect(() => detect(page, 'https://www.amazon.com/ap/signin', env)).not.toThrow();
    page.documentElement.remove();
    expect(() => detect(page, 'https://www.amazon.com/ap/signin', env)).not.toThrow();
  });

  it('an XML document', () => {
    const xml = new DOMParser().parseFromString('<root><div class="a-alert">x</div></root>', 'application/xml');
    expect(() => detect(xml, 'https://www.amazon.com/ap/signin', env)).not.toThrow();
  });

  it('a document whose every method throws', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(detect(hostile, 'https://www.amazon.com/ap/signin', env)).toBeNull();
  });
});
