// Tabs that were open before this version of the extension ran. Chromium injects manifest content
// scripts only into pages loaded afterwards: after an install, an update or an enable, a sign-in tab
// with the error already on screen would get nothing until reloaded (and reloading a POST result loses
// the error). So the content script is injected into every open sign-in tab, once per extension start
// (storage.session is emptied on install, update, enable and browser restart, never on a worker
// restart). Firefox injects by itself as well; content.js is safe to run twice (content-scripts/instance.ts).
import { getBrowser } from '../browser';
import { contentScriptFiles, isSignInPage } from '../site-access';

const INJECTED_KEY = 'injected-into-open-tabs';

/** Injects content.js into one tab's top frame; false where the browser gives us no access to it. */
export async function injectInto(tabId: number): Promise<boolean> {
  const scripting = getBrowser().scripting;
  if (!scripting) return false;
  try {
    await scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
    return true;
  } catch {
    // No host access (withheld, or a page of another site since), or the tab closed.
    return false;
  }
}

/** Every open tab on a sign-in page we can see, private windows included where we are allowed. */
export async function openSignInTabs(): Promise<number[]> {
  const tabs = await getBrowser().tabs.query({});
  return tabs.filter((t) => t.id !== undefined && isSignInPage(t.url)).map((t) => t.id as number);
}

/** The content script in every open sign-in tab (also after the person granted a store's access). */
export async function injectIntoSignInTabs(): Promise<void> {
  await Promise.all((await openSignInTabs()).map(injectInto));
}

/** Once per extension start: the content script in every sign-in tab that was open before it. */
export async function injectIntoOpenTabs(): Promise<void> {
  const session = getBrowser().storage.session;
  if ((await session.get(INJECTED_KEY))[INJECTED_KEY]) return;
  await session.set({ [INJECTED_KEY]: true });
  await injectIntoSignInTabs();
}
