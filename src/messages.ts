// Every runtime message, named by route (cs = content script, bg = background, ui = popup/options).
// The background validates each one with parseMessage before acting: shapes, ids and lengths.
import type { Language } from './languages';
import {
  isCauseId,
  isStep,
  HINT_IDS,
  type CauseId,
  type Diagnosis,
  type DoorOfPage,
  type HintId,
} from './detect/types';
import type { PageStructure } from './detect/page-structure';
import { doorForHost, isServiceId } from './doors';
import { isMarketplaceId, MARKETPLACES, type MarketplaceId } from './marketplaces';
import { parsePageStructure } from './structure-check';

export const MAX_ALERT_CHARS = 1000;

export type Message =
  | { type: 'cs-bg-diagnosis'; diagnosis: Diagnosis; structure: PageStructure | null }
  | { type: 'cs-bg-open-popup' }
  | { type: 'cs-bg-clear-cookies' }
  | { type: 'cs-bg-signed-in'; cause: CauseId }
  | { type: 'ui-bg-get-tab'; tabId: number }
  /** `door`: the door host whose sign-in to clear (src/doors.ts) instead of the whole store. */
  | { type: 'ui-bg-clear-cookies'; marketplace: MarketplaceId; tabId: number | null; door?: string }
  | { type: 'ui-bg-reload-tab'; tabId: number }
  | { type: 'ui-bg-signed-in'; tabId: number | null };

export type MessageType = Message['type'];

/** What the content script needs to render: decided by the background from options and locale. */
export interface ContentSettings {
  banner: boolean;
  inputHints: boolean;
  language: Language;
  /** Resolved strings, by message key: the content script bundles no locale data. */
  texts: Record<string, string>;
}

/** One remaining cookie, described without its value. */
export interface RemainingCookie {
  name: string;
  domain: string;
  reason: string;
}

export interface ClearResult {
  removed: number;
  remaining: number;
  remainingCookies: RemainingCookie[];
  errors: string[];
  /** 'unsupported': this browser has no API for it (Safari, Firefox for Android). */
  siteData: 'cleared' | 'off' | 'skipped-private' | 'not-permitted' | 'failed' | 'unsupported';
}

/** Tab state the popup shows. */
export interface TabState {
  tabId: number;
  diagnosis: Diagnosis | null;
  /** Store of the tab's page when the background could tell (sign-in pages report it). */
  marketplace: MarketplaceId | null;
  time: number | null;
  /** The page's structure for a maintainers' page report (content script, at diagnosis time);
   *  absent or null when the tab has none. */
  structure?: PageStructure | null;
}

/** Where this browser is signed in, for the popup: computed when asked, from cookie names only. */
export interface SignedInState {
  /** The store of the tab's page, from its address; null on any other site. */
  tabStore: MarketplaceId | null;
  /** Every store with a signed-in session in the tab's cookie store. */
  stores: MarketplaceId[];
}

/** The banner's words about a session: sign in on another store, or sign out of this one. */
export interface BannerSignedIn {
  kind: 'elsewhere' | 'here';
  /** The store to sign in on (elsewhere), or the tab's own store (here). */
  store: MarketplaceId;
  text: string;
  label: string;
}

export type ParseResult = { ok: true; message: Message } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ALERT_CHARS;

function hasOnlyKeys(obj: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(obj).every((k) => keys.includes(k));
}

export function parseDiagnosis(v: unknown): Diagnosis | string {
  if (!isRecord(v)) return 'diagnosis is not an object';
  if (!hasOnlyKeys(v, ['cause', 'step', 'marketplace', 'alert', 'hints', 'door'])) return 'diagnosis has unknown keys';
  if (v.cause !== null && !isCauseId(v.cause)) return 'unknown cause';
  if (!isStep(v.step)) return 'unknown step';
  if (!isMarketplaceId(v.marketplace)) return 'unknown marketplace';
  let alert: Diagnosis['alert'] = null;
  if (v.alert !== null) {
    if (!isRecord(v.alert) || !hasOnlyKeys(v.alert, ['heading', 'text'])) return 'bad alert';
    if (!isShortString(v.alert.heading) || !isShortString(v.alert.text)) return 'bad alert text';
    alert = { heading: v.alert.heading, text: v.alert.text };
  }
  if (!Array.isArray(v.hints) || v.hints.length > HINT_IDS.length) return 'bad hints';
  if (!v.hints.every((h) => (HINT_IDS as readonly unknown[]).includes(h))) return 'unknown hint';
  const door = v.door === undefined ? undefined : parseDoor(v.door, v.marketplace);
  if (typeof door === 'string') return door;
  const diagnosis: Diagnosis = {
    cause: v.cause,
    step: v.step,
    marketplace: v.marketplace,
    alert,
    hints: [...new Set(v.hints as HintId[])],
  };
  return door ? { ...diagnosis, door } : diagnosis;
}

function parseDoor(v: unknown, marketplace: MarketplaceId): DoorOfPage | string {
  if (!isRecord(v) || !hasOnlyKeys(v, ['service', 'host', 'stores'])) return 'bad door';
  if (typeof v.host !== 'string' || v.host.length > 100) return 'bad door host';
  if (!isServiceId(v.service)) return 'unknown service';
  if (!Array.isArray(v.stores) || !v.stores.length || v.stores.length > MARKETPLACES.length) return 'bad door stores';
  if (!v.stores.every(isMarketplaceId)) return 'unknown door store';
  // The diagnosis's store is the first the door could be: anything else is not ours.
  if (v.stores[0] !== marketplace) return 'door stores disagree with the store';
  return { service: v.service, host: v.host, stores: [...new Set(v.stores as MarketplaceId[])] };
}

export function parseMessage(v: unknown): ParseResult {
  if (!isRecord(v) || typeof v.type !== 'string') return { ok: false, reason: 'not a message' };
  switch (v.type) {
    case 'cs-bg-diagnosis': {
      if (!hasOnlyKeys(v, ['type', 'diagnosis', 'structure'])) return { ok: false, reason: 'unknown keys' };
      const diagnosis = parseDiagnosis(v.diagnosis);
      if (typeof diagnosis === 'string') return { ok: false, reason: diagnosis };
      const structure = v.structure === undefined || v.structure === null ? null : parsePageStructure(v.structure);
      if (structure === null && v.structure !== undefined && v.structure !== null) {
        return { ok: false, reason: 'bad structure' };
      }
      return { ok: true, message: { type: v.type, diagnosis, structure } };
    }
    case 'cs-bg-open-popup':
    case 'cs-bg-clear-cookies':
      return hasOnlyKeys(v, ['type']) ? { ok: true, message: { type: v.type } } : { ok: false, reason: 'unknown keys' };
    case 'cs-bg-signed-in':
      if (!hasOnlyKeys(v, ['type', 'cause']) || !isCauseId(v.cause)) return { ok: false, reason: 'bad cause' };
      return { ok: true, message: { type: v.type, cause: v.cause } };
    case 'ui-bg-get-tab':
    case 'ui-bg-reload-tab':
      if (!hasOnlyKeys(v, ['type', 'tabId']) || !isTabId(v.tabId)) return { ok: false, reason: 'bad tabId' };
      return { ok: true, message: { type: v.type, tabId: v.tabId } };
    case 'ui-bg-clear-cookies':
      if (!hasOnlyKeys(v, ['type', 'marketplace', 'tabId', 'door'])) return { ok: false, reason: 'unknown keys' };
      if (!isMarketplaceId(v.marketplace)) return { ok: false, reason: 'unknown marketplace' };
      if (v.door !== undefined && !(typeof v.door === 'string' && doorForHost(v.door)))
        return { ok: false, reason: 'unknown door' };
      if (v.tabId !== null && !isTabId(v.tabId)) return { ok: false, reason: 'bad tabId' };
      return {
        ok: true,
        message: { type: v.type, marketplace: v.marketplace, tabId: v.tabId, ...(v.door ? { door: v.door } : {}) },
      };
    case 'ui-bg-signed-in':
      if (!hasOnlyKeys(v, ['type', 'tabId']) || (v.tabId !== null && !isTabId(v.tabId)))
        return { ok: false, reason: 'bad tabId' };
      return { ok: true, message: { type: v.type, tabId: v.tabId } };
    default:
      return { ok: false, reason: `unknown type ${String(v.type).slice(0, 40)}` };
  }
}
