// The one place that touches the WebExtension API. Everything else imports `browser` from here,
// so unit tests can swap in a fake (tests/unit/fake-browser.ts) and the polyfill can be dropped later.
import polyfill from 'webextension-polyfill';
import type { Browser } from 'webextension-polyfill';

export type { Browser };

let current: Browser = polyfill;

export function getBrowser(): Browser {
  return current;
}

/** Tests only: replace the API with a fake. */
export function setBrowserForTesting(fake: Browser): void {
  current = fake;
}

/** Firefox exposes getBrowserInfo; Chromium does not. Decides the cookie and site-data call shapes. */
export function isFirefox(api: Browser = current): boolean {
  return typeof (api.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}
