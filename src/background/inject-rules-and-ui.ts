// Where the content script cannot import rules-and-ui.js as a module (Safari: docs/SAFARI.md, "The
// cause rules and the UI"), it asks for it and the background runs the file in the sender's own frame
// with scripting.executeScript. The file lands in the content scripts' isolated world (ISOLATED, named
// although it is the default: never the page's), where it hands its module over
// (content-scripts/rules-and-ui-handoff.ts). Only the top frame of the sending tab, and only while it
// shows a sign-in page: the router has checked that the sender is our content script on an Amazon
// store or sign-in door page; this checks the path.
import { getBrowser } from '../browser';
import { isSignInPage } from '../site-access';
import type { ContentOrigin } from './sender';

/** build.mjs writes it (its IIFE form for these targets: UI_DELIVERY in scripts/manifest.mjs). */
const RULES_AND_UI_FILE = 'rules-and-ui.js';

/** true once the file has run in the sender's frame; false where there is no API or no access. */
export async function injectRulesAndUi(origin: ContentOrigin): Promise<boolean> {
  const scripting = getBrowser().scripting;
  if (!scripting || !isSignInPage(origin.url)) return false;
  try {
    // frameIds [0]: content routes come from the top frame only (sender.ts).
    await scripting.executeScript({
      target: { tabId: origin.tabId, frameIds: [0] },
      files: [RULES_AND_UI_FILE],
      world: 'ISOLATED',
    });
    return true;
  } catch {
    // Access withheld since, or the tab navigated or closed while asking.
    return false;
  }
}
