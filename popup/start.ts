// What the popup asks at its start, all at once before the first render: the tab and what the
// background knows of it, the sessions, the settings and the words of their language. Nothing waits
// on anything it does not need, so the first view is drawn as soon as the slowest answer is in.
import type { SignedInState, TabState } from '../src/messages';
import { loadSignedIn } from './signed-in';
import { findTabId, loadTabState } from './tab';
import { loadUiTexts, type UiTexts } from './use-settings';

export interface Loaded {
  tabId: number | null;
  state: TabState | null;
  signedIn: SignedInState | null;
}

/** The tab's state and the sessions, asked together, so the attributes of the test contract appear at
 *  the same moment. A sign-in tab the background has no diagnosis for is diagnosed on demand by this
 *  question (src/background/on-demand.ts). */
export async function lookUp(search: string): Promise<Loaded> {
  const tabId = await findTabId(search);
  const [state, signedIn] = await Promise.all([tabId === null ? null : loadTabState(tabId), loadSignedIn(tabId)]);
  return { tabId, state, signedIn };
}

export interface FirstLook {
  /** The settings and their words, read before the first render (no view can be drawn without them). */
  texts: UiTexts | null;
  /** The tab's answers when they came in first too, so the first render is already the whole view. */
  loaded: Loaded | null;
  pending: Promise<Loaded>;
}

/** Fires every question of the popup at once; settles when its words are read. */
export async function firstLook(search: string): Promise<FirstLook> {
  let loaded: Loaded | null = null;
  const pending = lookUp(search);
  void pending.then((answer) => {
    loaded = answer;
  });
  const texts = await loadUiTexts();
  return { texts, loaded, pending };
}

/** Without a first look (the unit tests mount the popup directly) it asks its questions on its own. */
export function askedByItself(search: string): FirstLook {
  return { texts: null, loaded: null, pending: lookUp(search) };
}
