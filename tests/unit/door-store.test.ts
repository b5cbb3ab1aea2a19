// Which account a sign-in page signs in to: per handle family, per parameter, and where they disagree
// with the host. Never a guess: what can't be told stays a list of the stores it could be.
import { describe, expect, it } from 'vitest';
import { signInAccount, signInAccountOfUrl } from '../../src/door-store';
import { DOORS } from '../../src/doors';

const account = (url: string) => {
  const a = signInAccount(new URL(url));
  return a && { service: a.service, store: a.marketplace.id, stores: a.stores };
};

describe('a store’s own sign-in', () => {
  it('is the host’s store, whatever the handle', () => {
    expect(account('https://www.amazon.co.jp/ap/signin?openid.assoc_handle=jpflex')).toEqual({
      service: null,
      store: 'jp',
      stores: ['jp'],
    });
    // Its cookies are amazon.com's: the account is amazon.com's even with another store's handle.
    expect(account('https://www.amazon.com/ap/signin?openid.assoc_handle=jpflex')?.store).toBe('us');
  });

  it('names the service of a door’s handle met on a storefront', () => {
    expect(account('https://www.amazon.co.jp/ap/signin?openid.assoc_handle=amzn_lwa_apac')).toEqual({
      service: 'amazon-pay',
      store: 'jp',
      stores: ['jp'],
    });
    expect(account('https://www.amazon.com/ap/signin?openid.assoc_handle=amzn_prime_video_desktop_us')?.service).toBe(
      'prime-video',
    );
    expect(account('https://www.amazon.com/ap/signin?openid.assoc_handle=amzn_pyop')?.service).toBe('amazon-pay');
    expect(account('https://www.amazon.in/ap/signin?openid.assoc_handle=amazon_pay_in_mobile')?.service).toBe(
      'amazon-pay',
    );
    // KDP, Audible, the developer portal: the store's own sign-in as far as we tell.
    expect(account('https://www.amazon.com/ap/signin?openid.assoc_handle=amzn_kdp_desktop_us')?.service).toBeNull();
  });
});

describe('doors: the host alone', () => {
  it.each(DOORS.map((d) => [d.host, d] as const))('%s', (host, door) => {
    const a = account(`https://${host}/ap/signin`);
    expect(a?.service).toBe(door.service);
    expect(new Set(a?.stores)).toEqual(new Set(door.stores));
    expect(a?.store).toBe(a?.stores[0]);
  });

  it('tells a store when the host serves one, several when it serves a region', () => {
    expect(account('https://sellercentral.amazon.co.jp/ap/signin')?.stores).toEqual(['jp']);
    expect(account('https://alexa.amazon.com/ap/signin')?.stores).toEqual(['us']);
    expect(account('https://apac.account.amazon.com/ap/signin')?.stores).toEqual(['jp', 'au', 'sg']);
    expect(account('https://eu.account.amazon.com/ap/signin')?.stores.length).toBeGreaterThan(1);
  });
});

describe('doors: each handle family', () => {
  it.each([
    ['https://sellercentral.amazon.co.jp/ap/signin?openid.assoc_handle=sc_jp_amazon_v2&language=ja_JP', 'jp'],
    ['https://sellercentral.amazon.com/ap/signin?openid.assoc_handle=sc_na_amazon_v2', 'us'],
    ['https://sellercentral.amazon.com/ap/signin?openid.assoc_handle=sc_na_amazon', 'us'],
    ['https://na.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_na&marketPlaceId=ATVPDKIKX0DER', 'us'],
    ['https://apac.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_apac&language=ja_JP', 'jp'],
    ['https://apac.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_apac&marketPlaceId=A1MA27DB7MMG0L', 'jp'],
    ['https://eu.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_eu&language=de_DE', 'de'],
    ['https://eu.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_eu&language=en_GB', 'uk'],
    ['https://alexa.amazon.com/ap/signin?openid.assoc_handle=amzn_dp_project_dee', 'us'],
    ['https://alexa.amazon.com/ap/signin?openid.assoc_handle=amzn_dp_project_dee_ios', 'us'],
    ['https://www.primevideo.com/ap/signin?openid.assoc_handle=amzn_prime_video_desktop_us', 'us'],
    ['https://www.primevideo.com/ap/signin?openid.assoc_handle=anywhere_v2_de', 'de'],
    ['https://www.primevideo.com/ap/signin?openid.assoc_handle=gbflex', 'uk'],
  ])('%s → %s', (url, store) => {
    expect(account(url)).toMatchObject({ store, stores: [store] });
  });

  it('reads openid.return_to when nothing else tells', () => {
    const returnTo = encodeURIComponent('https://www.amazon.de/gp/yourstore');
    expect(account(`https://eu.account.amazon.com/ap/signin?openid.return_to=${returnTo}`)?.stores).toEqual(['de']);
    const lwa = encodeURIComponent('https://na.account.amazon.com/ap/oa?client_id=x');
    expect(account(`https://na.account.amazon.com/ap/signin?openid.return_to=${lwa}`)?.stores).toEqual(['us']);
  });

  it('leaves a region unresolved when its parameters say nothing (never a guess)', () => {
    const a = account('https://eu.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_eu&language=en');
    // English is spoken on several European stores: all of them stay.
    expect(a?.stores).toEqual(expect.arrayContaining(['uk', 'ie']));
    expect(a?.stores).not.toContain('de');
    expect(account('https://www.primevideo.com/ap/signin')?.stores.length).toBeGreaterThan(10);
  });
});

describe('doors: a handle that contradicts its host', () => {
  it('the handle wins, the host is the last word only', () => {
    expect(account('https://sellercentral.amazon.com/ap/signin?openid.assoc_handle=sc_jp_amazon_v2')).toMatchObject({
      service: 'seller-central',
      store: 'jp',
      stores: ['jp'],
    });
    expect(
      account('https://apac.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_eu&language=fr_FR'),
    ).toMatchObject({
      store: 'fr',
      stores: ['fr'],
    });
  });

  it('a later parameter that contradicts an earlier one is ignored', () => {
    expect(
      account('https://apac.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_apac&language=de_DE')?.stores,
    ).toEqual(['jp', 'au', 'sg']);
    expect(
      account('https://apac.account.amazon.com/ap/signin?marketPlaceId=A1MA27DB7MMG0L&language=en_AU')?.stores,
    ).toEqual(['jp']);
  });
});

describe('hosts that are no door', () => {
  it.each([
    'https://account.amazon.com.evil.example/ap/signin',
    'https://eu.account.amazon.com.evil.example/ap/signin',
    'https://www.primevideo.com.evil.example/ap/signin',
    'https://primevideo.example/ap/signin',
    'https://www.imdb.com/ap/signin',
    'file:///sellercentral.amazon.com/ap/signin',
    'not a url',
  ])('%s', (url) => {
    expect(signInAccountOfUrl(url)).toBeUndefined();
  });
});
