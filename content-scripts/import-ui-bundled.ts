// The Safari build's import-ui.ts (build.mjs swaps it in): rules-and-ui.js is bundled into content.js
// itself, so Safari never has to import a module from a content script (whether its content-script
// world allows that is unverified: docs/SAFARI.md). Detection depends on it: the cause rules are there.
import * as ui from './rules-and-ui';

export function importUi(): Promise<unknown> {
  return Promise.resolve(ui);
}
