// Clearing a sign-in door: exactly the cookies the door's pages get (its host's own, its parent
// domains'), nothing of the storefront's or another door's own, and what it signs out of said first.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/browser';
import { clearCookies, clearTarget, cookieSentTo } from '../../../src/background/clear-cookies';
import { doorClearText, signsOutOf } from '../../../src/door-texts';
import { doorForHost } from '../../../src/doors';
import { translator } from '../../translations';
import { marketplaceById } from '../../../src/marketplaces';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';

const names = (fake: FakeBrowser) =>
  fake
    .cookieJar()
    .map((c) => `${c.name}@${c.domain}`)
    .sort();

function seed(fake: FakeBrowser) {
  const v = { value: 'SECRET' };
  fake.addCookie({ ...v, name: 'session-id', domain: '.amazon.com' }); // shared with every amazon.com host
  fake.addCookie({ ...v, name: 'at-main', domain: '.amazon.com', httpOnly: true });
  fake.addCookie({ ...v, name: 'lwa-state', domain: 'na.account.amazon.com', path: '/ap/' }); // the door's own
  fake.addCookie({ ...v, name: 'lwa-dom', domain: '.account.amazon.com' }); // a parent of the door
  fake.addCookie({ ...v, name: 'csm-hit', domain: 'www.amazon.com' }); // the storefront's own
  fake.addCookie({ ...v, name: 'sc-session', domain: 'sellercentral.amazon.com' }); // another door's own
  fake.addCookie({ ...v, name: 'eu-state', domain: 'eu.account.amazon.com' }); // a sibling door's own
  fake.addCookie({ ...v, name: 'session-id', domain: '.amazon.co.jp' });
  fake.addCookie({ ...v, name: 'pv', domain: '.primevideo.com' });
}

describe.each([
  ['Chromium', PLATFORMS.chrome, false],
  ['Firefox', PLATFORMS.firefox, true],
] as const)('clearing na.account.amazon.com (%s)', (_name, platform, firefox) => {
  it('removes the cookies the door gets and keeps every other host’s own', async () => {
    const fake = createFakeBrowser({ allHosts: true, firefox });
    seed(fake);
    const tab = fake.addTab({ url: 'https://na.account.amazon.com/ap/signin' });
    const door = doorForHost('na.account.amazon.com')!;
    const result = await clearCookies(fake.browser, clearTarget(marketplaceById('us'), door), tab.id, {
      platform,
      siteData: false,
    });
    expect(result).toMatchObject({ removed: 4, remaining: 0, errors: [] });
    expect(names(fake)).toEqual([
      'csm-hit@www.amazon.com',
      'eu-state@eu.account.amazon.com',
      'pv@.primevideo.com',
      'sc-session@sellercentral.amazon.com',
      'session-id@.amazon.co.jp',
    ]);
  });
});

describe('clearing www.primevideo.com', () => {
  it('touches primevideo.com only', async () => {
    const fake = createFakeBrowser({ allHosts: true });
    seed(fake);
    const tab = fake.addTab({ url: 'https://www.primevideo.com/ap/signin' });
    const door = doorForHost('www.primevideo.com')!;
    const result = await clearCookies(fake.browser, clearTarget(marketplaceById('us'), door), tab.id, {
      platform: PLATFORMS.chrome,
      siteData: false,
    });
    expect(result).toMatchObject({ removed: 1, remaining: 0 });
    expect(names(fake)).not.toContain('pv@.primevideo.com');
    expect(names(fake)).toContain('at-main@.amazon.com');
  });
});

describe('cookieSentTo', () => {
  it('is what the browser sends to the host: its own host-only cookies and domain cookies up the tree', () => {
    const host = 'apac.account.amazon.com';
    expect(cookieSentTo({ domain: 'apac.account.amazon.com', hostOnly: true }, host)).toBe(true);
    expect(cookieSentTo({ domain: '.account.amazon.com', hostOnly: false }, host)).toBe(true);
    expect(cookieSentTo({ domain: '.amazon.com', hostOnly: false }, host)).toBe(true);
    expect(cookieSentTo({ domain: 'amazon.com', hostOnly: true }, host)).toBe(false);
    expect(cookieSentTo({ domain: 'www.amazon.com', hostOnly: true }, host)).toBe(false);
    expect(cookieSentTo({ domain: '.na.account.amazon.com', hostOnly: false }, host)).toBe(false);
  });
});

describe('what a door’s clearing signs out of, said before the click', () => {
  it('names the store of the shared cookies and every service on that domain', () => {
    expect(signsOutOf('na.account.amazon.com')).toEqual({
      domain: 'amazon.com',
      store: 'amazon.com',
      services: ['seller-central', 'amazon-pay', 'alexa'],
    });
    expect(signsOutOf('www.primevideo.com')).toEqual({
      domain: 'primevideo.com',
      store: null,
      services: ['prime-video'],
    });
    const ja = doorClearText(translator('ja'), 'sellercentral.amazon.co.jp');
    expect(ja).toContain('amazon.co.jp');
    expect(ja).toContain('セラーセントラル');
    expect(doorClearText(translator('en'), 'alexa.amazon.com')).toContain(
      'amazon.com, Seller Central, Amazon Pay / Login with Amazon on another site, Alexa',
    );
  });
});
