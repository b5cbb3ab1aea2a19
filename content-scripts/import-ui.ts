// How content.js imports rules-and-ui.js: an ES module in the extension, web-accessible to Amazon store
// pages only. The URL comes from runtime.getURL: under use_dynamic_url Chrome answers with the
// per-session URL (the fixed-id one is refused), and Firefox with its random per-install host.
// A relative specifier would resolve against the page's URL in Firefox, i.e. Amazon's server.
// Written as chrome.runtime.getURL on purpose: AMO's linter accepts import() only of a literal or of
// exactly that call (Firefox provides `chrome` in content scripts too). Neither browser applies the
// page's CSP to this import (tests/e2e hostile: "strict Content-Security-Policy").
// The Safari build swaps this file for import-ui-injected.ts (build.mjs, UI_DELIVERY in scripts/manifest.mjs).

/** The one call this module needs; the content script otherwise uses contentApi() (runtime.ts). */
declare const chrome: { runtime: { getURL(path: string): string } };

export function importUi(): Promise<unknown> {
  return import(chrome.runtime.getURL('rules-and-ui.js'));
}
