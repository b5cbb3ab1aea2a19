// Opens the popup for the tab whose banner asked for "more". action.openPopup exists from Chrome 127
// and in Firefox, where it may refuse without a user gesture; Firefox for Android has no popup
// window at all, and Safari opens it only from an extension page. Where it fails or cannot work, the
// popup opens as a page in a new tab, told which tab it is about.
import { getBrowser, platform } from '../browser';
import type { OpenedAs } from '../messages';

export async function openPopupFor(tabId: number, windowId: number | undefined): Promise<OpenedAs> {
  const api = getBrowser();
  const action = api.action as { openPopup?: (options?: { windowId?: number }) => Promise<void> };
  if (platform(api).openPopup && typeof action.openPopup === 'function') {
    try {
      await action.openPopup(windowId === undefined ? undefined : { windowId });
      return 'popup';
    } catch {
      // Falls through to the tab.
    }
  }
  await api.tabs.create({ url: api.runtime.getURL(`popup/popup.html?tabId=${tabId}`) });
  return 'tab';
}
