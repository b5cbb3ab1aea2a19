// What each accepted message does. The router (router.ts) has already validated the shape and the
// sender, so every handler here trusts its input and its origin.
import { getBrowser, platform } from '../browser';
import type { PageStructure } from '../detect/page-structure';
import type { Diagnosis } from '../detect/types';
import { addHistory } from '../history';
import { loadTranslator } from '../i18n';
import { marketplaceById } from '../marketplaces';
import {
  type ClearResult,
  type DiagnosisReply,
  type Message,
  type MessageType,
  NO_SESSIONS,
  type Replies,
  type TabState,
} from '../messages';
import { loadSettings } from '../settings';
import { showBadge } from './badge';
import { type ClearTarget, clearCookies, clearTarget } from './clear-cookies';
import { doorForHost } from '../doors';
import { buildContentSettings } from './content-settings';
import { injectRulesAndUi } from './inject-rules-and-ui';
import { openPopupFor } from './open-popup';
import type { ContentOrigin, Origin } from './sender';
import { bannerSessions, signedInState } from './signed-in-replies';
import { chosenLanguage } from './language';
import { diagnoseOnDemand, diagnosisStored } from './on-demand';
import { inTabOrder } from './tab-queue';
import { hasTabState, readTabState, writeTabState } from './tab-state';

function content(origin: Origin): ContentOrigin {
  // Unreachable after checkSender; kept so a routing mistake fails loudly instead of acting.
  if (origin.kind !== 'content') throw new Error('content route from a non-content sender');
  return origin;
}

async function onDiagnosis(
  diagnosis: Diagnosis,
  structure: PageStructure | null,
  origin: ContentOrigin,
): Promise<DiagnosisReply> {
  const { tabId, marketplace, incognito } = origin;
  // The door, like the store, comes from the URL the browser reported, not from the message.
  const { door: _sent, ...rest } = diagnosis;
  const trusted: Diagnosis = origin.door ? { ...rest, door: origin.door } : rest;
  // Queued at once, so a "loading" event that comes after this message is applied after it.
  const { settings, t } = await inTabOrder(tabId, async () => {
    const settings = await loadSettings();
    const language = chosenLanguage(settings, marketplace.language);
    const time = Date.now();
    const words = loadTranslator(language); // read (once per worker) while the state is written
    // The store comes from the URL the browser reported, not from the message.
    await writeTabState({ tabId, diagnosis: trusted, marketplace: marketplace.id, time, structure });
    diagnosisStored(tabId);
    const t = await words;
    await showBadge(tabId, diagnosis.cause, t, marketplace.id);
    // A private window leaves nothing behind: its tab state lives in storage.session (memory only,
    // gone with the tab), never in the history on disk.
    if (diagnosis.cause !== null && !incognito) {
      await addHistory({ cause: diagnosis.cause, marketplace: marketplace.id, time }).catch(() => {
        console.warn('Sign-in Helper: could not write the history');
      });
    }
    return { settings: buildContentSettings(settings, language, t, marketplace, origin.door), t };
  });
  // What the sessions say comes with every reply, the clean page's too: the banner of an error that
  // appears later is then painted once, whole, in the frame that finds it. Only a banner needs it;
  // the cookie listing stays out of the tab's queue.
  const sessions = settings.banner ? await bannerSessions(origin, t) : NO_SESSIONS;
  return { settings, sessions };
}

async function clear(what: ClearTarget, tabId: number | null): Promise<ClearResult> {
  const api = getBrowser();
  const where = platform(api);
  // A count that cannot see HttpOnly cookies would report "0 left" falsely: the popup shows the
  // browser's own settings instead, and the banner says to use the toolbar button.
  if (!where.cookieClearing) throw new Error('this browser cannot clear the cookies from an extension');
  const settings = await loadSettings();
  return clearCookies(api, what, tabId, {
    platform: where,
    siteData: settings.clearScope === 'cookies-and-site-data',
  });
}

function reloadTab(tabId: number): Promise<boolean> {
  return inTabOrder(tabId, async () => {
    // Only tabs that showed an Amazon sign-in page: the popup cannot make us reload anything else.
    if (!(await hasTabState(tabId))) return false;
    await getBrowser().tabs.reload(tabId);
    return true;
  });
}

/** The tab's state; on a sign-in tab with none (state lost, script never ran), diagnosed on demand. */
async function tabState(tabId: number): Promise<TabState> {
  const state = await inTabOrder(tabId, () => readTabState(tabId));
  // Outside the tab's queue: the report it waits for is queued there too.
  if (state.diagnosis !== null || !(await diagnoseOnDemand(tabId))) return state;
  return inTabOrder(tabId, () => readTabState(tabId));
}

export function handleMessage(message: Message, origin: Origin): Promise<Replies[MessageType]> {
  switch (message.type) {
    case 'cs-bg-diagnosis':
      return onDiagnosis(message.diagnosis, message.structure, content(origin));
    case 'cs-bg-open-popup': {
      const { tabId, windowId } = content(origin);
      return openPopupFor(tabId, windowId);
    }
    case 'cs-bg-clear-cookies': {
      const { tabId, marketplace, door } = content(origin);
      return clear(clearTarget(marketplace, door ? (doorForHost(door.host) ?? null) : null), tabId);
    }
    case 'cs-bg-inject-rules-and-ui':
      return injectRulesAndUi(content(origin));
    case 'ui-bg-get-tab':
      return tabState(message.tabId);
    case 'ui-bg-clear-cookies':
      return clear(
        clearTarget(marketplaceById(message.marketplace), message.door ? (doorForHost(message.door) ?? null) : null),
        message.tabId,
      );
    case 'ui-bg-reload-tab':
      return reloadTab(message.tabId);
    case 'ui-bg-signed-in':
      return signedInState(message.tabId);
  }
}
