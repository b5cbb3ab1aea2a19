// Who may send what. Content-script routes come only from our own content script in the top frame of
// an Amazon store tab; UI routes only from our own extension pages. Anything else gets a short reason.
import type { Browser } from '../browser';
import type { Runtime } from 'webextension-polyfill';
import type { DoorOfPage } from '../detect/types';
import { doorOfAccount, signInAccountOfUrl } from '../door-store';
import type { Marketplace } from '../marketplaces';
import type { MessageType } from '../messages';

export interface ContentOrigin {
  kind: 'content';
  tabId: number;
  windowId: number | undefined;
  /** A private window's tab (Chrome incognito, Firefox private browsing): nothing of it is kept. */
  incognito: boolean;
  /** The store of the page that sent it, from the browser-reported URL (not from the message). */
  marketplace: Marketplace;
  /** The sign-in door of that URL, or null on a store's own sign-in. */
  door: DoorOfPage | null;
  /** The sending page's address as the browser reported it (checked to be on an Amazon sign-in host). */
  url: string;
}

export interface PageOrigin {
  kind: 'page';
}

export type Origin = ContentOrigin | PageOrigin;

/** The checked origin, or a short reason for the warning log (never a field value). */
export function checkSender(type: MessageType, sender: Runtime.MessageSender, api: Browser): Origin | string {
  if (sender.id !== api.runtime.id) return 'sender is not this extension';
  if (type.startsWith('cs-bg-')) {
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) return 'content message not from a tab';
    if (sender.frameId !== 0) return 'content message not from the top frame';
    const url = sender.url ?? '';
    const account = url.startsWith('https://') ? signInAccountOfUrl(url) : undefined;
    if (!account) return 'content message not from an Amazon store or sign-in door page';
    return {
      kind: 'content',
      tabId,
      windowId: sender.tab?.windowId,
      incognito: sender.tab?.incognito === true,
      marketplace: account.marketplace,
      door: doorOfAccount(account),
      url,
    };
  }
  if (type.startsWith('ui-bg-')) {
    const base = api.runtime.getURL('');
    if (!base || !sender.url?.startsWith(base)) return 'ui message not from an extension page';
    return { kind: 'page' };
  }
  return 'unknown route';
}
