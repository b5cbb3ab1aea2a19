// The Safari build's import-ui.ts (build.mjs swaps it in, UI_DELIVERY in scripts/manifest.mjs): instead
// of import() of a web-accessible module, which a Safari content script is not documented to allow,
// content.js asks the background to run rules-and-ui.js in this frame with scripting.executeScript,
// which Safari documents (docs/SAFARI.md, "The cause rules and the UI"). executeScript settles after
// the file has run, so the reply comes after the file handed its module over (rules-and-ui-handoff.ts).
import { csBgInjectRulesAndUi } from '../src/messages';
import { takeOver } from './rules-and-ui-handoff';
import { ask } from './send';

export async function importUi(): Promise<unknown> {
  takeOver(); // nothing left over from an earlier copy: only the file this copy asked for counts
  if (!(await ask(csBgInjectRulesAndUi, {}))) throw new Error('rules-and-ui.js was not injected');
  return takeOver();
}
