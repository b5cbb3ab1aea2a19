// The content script needs two extension calls: runtime.sendMessage and storage.onChanged. Both are
// promise-based natively in every browser we support (Chrome 127+, Firefox 140+), so this bundle
// reads the native namespace instead of going through src/browser.ts: that seam pulls in
// webextension-polyfill, 7.6 KB gzip of the 16 KB budget for code injected into every sign-in page.
// Tests put a fake on globalThis.browser, the way Firefox provides the real one.
import type { Browser } from 'webextension-polyfill';

export type ContentApi = Pick<Browser, 'runtime' | 'storage'>;

export function contentApi(): ContentApi | undefined {
  const g = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  // Firefox has both; its `browser` is the promise-based one. Chrome has `chrome` only.
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}
