// How rules-and-ui.js reaches content.js where the background injects it as a classic script (Safari:
// import-ui-injected.ts): both run in this extension's isolated world of the same frame, which shares
// one globalThis that the page's own scripts never see (Safari's content-script worlds, as Chrome's and
// Firefox's). The module is left there under a registered symbol, and taken (removed) by the copy of
// content.js that asked for it, so a copy after an update never picks up the module of the last version.

const KEY = Symbol.for('signin-helper-for-amazon/rules-and-ui');

type World = Record<symbol, unknown>;

/** Run by the injected rules-and-ui.js: leaves its module for the content script. */
export function handOver(ui: unknown): void {
  (globalThis as unknown as World)[KEY] = ui;
}

/** The module the injected file left, once; undefined if it has not run. */
export function takeOver(): unknown {
  const world = globalThis as unknown as World;
  const ui = world[KEY];
  delete world[KEY];
  return ui;
}
