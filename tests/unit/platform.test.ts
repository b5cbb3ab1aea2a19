// The browser seam tells the platforms apart from what each API exposes (its extension URL scheme,
// getBrowserInfo, the windows namespace) and Safari's version from its user agent.
import { describe, expect, it } from 'vitest';
import { platform, safariVersion, setBrowserForTesting } from '../../src/browser';
import { createFakeBrowser } from './fake-browser';
import { PROFILE_IDS } from './platform-profiles';

describe('platform()', () => {
  it.each(PROFILE_IDS)('recognises %s', (profile) => {
    const fake = createFakeBrowser({ profile });
    setBrowserForTesting(fake.browser, fake.userAgent);
    expect(platform().id).toBe(profile);
    expect(platform().cookieClearing).toBe(true);
  });

  it('lets cookie clearing step aside on Safari 17 only', () => {
    const fake = createFakeBrowser({ profile: 'safari', safariVersion: 17 });
    setBrowserForTesting(fake.browser, fake.userAgent);
    expect(platform().cookieClearing).toBe(false);
    setBrowserForTesting(fake.browser, createFakeBrowser({ profile: 'safari', safariVersion: 18 }).userAgent);
    expect(platform().cookieClearing).toBe(true);
  });
});

describe('safariVersion()', () => {
  it.each([
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      17.5,
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
      18.2,
    ],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', null],
    ['Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0', null],
  ])('%s → %s', (ua, version) => {
    expect(safariVersion(ua)).toBe(version);
  });
});
