// Every runtime message, one definition per route (cs = content script, bg = background, ui = popup/options).
// Listener and sender share it: the background checks each request with parseMessage before acting
// (shapes, ids and lengths), and each sender checks the reply with its route's parser (request()), so
// a reply of another shape never reaches the page or the popup. Add a route in all four places here:
// Message, Replies, a parser of its reply, and its definition.
import { isLanguage, type Language } from './languages';
import { isCauseId, isStep, HINT_IDS, type Diagnosis, type DoorOfPage, type HintId } from './detect/types';
import type { PageStructure } from './detect/page-structure';
import { doorForHost, isServiceId } from './doors';
import { isCount, isRecord } from './json-guards';
import { isMarketplaceId, MARKETPLACES, type MarketplaceId } from './marketplaces';
import { parsePageStructure } from './structure-check';

export const MAX_ALERT_CHARS = 1000;

export type Message =
  | { type: 'cs-bg-diagnosis'; diagnosis: Diagnosis; structure: PageStructure | null }
  | { type: 'cs-bg-open-popup' }
  | { type: 'cs-bg-clear-cookies' }
  | { type: 'cs-bg-inject-rules-and-ui' }
  | { type: 'ui-bg-get-tab'; tabId: number }
  /** `door`: the door host whose sign-in to clear (src/doors.ts) instead of the whole store. */
  | { type: 'ui-bg-clear-cookies'; marketplace: MarketplaceId; tabId: number | null; door?: string }
  | { type: 'ui-bg-reload-tab'; tabId: number }
  | { type: 'ui-bg-signed-in'; tabId: number | null };

export type MessageType = Message['type'];

/** The reply to each route. */
export interface Replies {
  'cs-bg-diagnosis': DiagnosisReply;
  'cs-bg-open-popup': OpenedAs;
  'cs-bg-clear-cookies': ClearResult;
  /** true once rules-and-ui.js has run in the sender's frame; false where the browser refused it. */
  'cs-bg-inject-rules-and-ui': boolean;
  'ui-bg-get-tab': TabState;
  'ui-bg-clear-cookies': ClearResult;
  /** false when the tab showed no Amazon sign-in page since it last navigated. */
  'ui-bg-reload-tab': boolean;
  'ui-bg-signed-in': SignedInState;
}

/** The answer to every diagnosis: all the banner needs to paint, in one round trip. */
export interface DiagnosisReply {
  settings: ContentSettings;
  sessions: BannerSessions;
}

/** How the popup was opened for the banner's "more": as the toolbar popup, or as a page in a tab. */
export type OpenedAs = 'popup' | 'tab';

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

/** 'unsupported': this browser has no API for it (Safari, Firefox for Android). */
export const SITE_DATA_OUTCOMES = [
  'cleared',
  'off',
  'skipped-private',
  'not-permitted',
  'failed',
  'unsupported',
] as const;

export interface ClearResult {
  removed: number;
  remaining: number;
  remainingCookies: RemainingCookie[];
  errors: string[];
  siteData: (typeof SITE_DATA_OUTCOMES)[number];
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

/** The banner's words about this browser's sessions on the sender's page, for whichever cause comes
 *  up (src/signed-in.ts bannerSession() picks): null where there is no such session, the banner is
 *  off, or the cookies can't be read. */
export interface BannerSessions {
  elsewhere: BannerSignedIn | null;
  here: BannerSignedIn | null;
}

export const NO_SESSIONS: BannerSessions = { elsewhere: null, here: null };

export type ParseResult = { ok: true; message: Message } | { ok: false; reason: string };

const isTabId = isCount;
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
    case 'cs-bg-inject-rules-and-ui':
      return hasOnlyKeys(v, ['type']) ? { ok: true, message: { type: v.type } } : { ok: false, reason: 'unknown keys' };
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

// Replies, checked by their senders: what fails is null, never repaired into something else.

const isString = (v: unknown): v is string => typeof v === 'string';

export function parseContentSettings(v: unknown): ContentSettings | null {
  if (!isRecord(v) || typeof v.banner !== 'boolean' || typeof v.inputHints !== 'boolean') return null;
  if (!isLanguage(v.language) || !isRecord(v.texts)) return null;
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(v.texts)) if (isString(text)) texts[key] = text;
  return { banner: v.banner, inputHints: v.inputHints, language: v.language, texts };
}

export function parseBannerSignedIn(v: unknown): BannerSignedIn | null {
  return isRecord(v) && isMarketplaceId(v.store) && isString(v.text) && isString(v.label)
    ? { kind: v.kind === 'here' ? 'here' : 'elsewhere', store: v.store, text: v.text, label: v.label }
    : null;
}

function parseBannerSessions(v: unknown): BannerSessions {
  return isRecord(v) ? { elsewhere: parseBannerSignedIn(v.elsewhere), here: parseBannerSignedIn(v.here) } : NO_SESSIONS;
}

export function parseDiagnosisReply(v: unknown): DiagnosisReply | null {
  const settings = isRecord(v) ? parseContentSettings(v.settings) : null;
  return settings && isRecord(v) ? { settings, sessions: parseBannerSessions(v.sessions) } : null;
}

const parseOpenedAs = (v: unknown): OpenedAs | null => (v === 'popup' || v === 'tab' ? v : null);
const parseBoolean = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

function isRemainingCookie(v: unknown): v is RemainingCookie {
  return isRecord(v) && isString(v.name) && isString(v.domain) && isString(v.reason);
}

export function parseClearResult(v: unknown): ClearResult | null {
  if (!isRecord(v) || !isCount(v.removed) || !isCount(v.remaining)) return null;
  if (!Array.isArray(v.remainingCookies) || !v.remainingCookies.every(isRemainingCookie)) return null;
  if (!Array.isArray(v.errors) || !v.errors.every(isString)) return null;
  if (!(SITE_DATA_OUTCOMES as readonly unknown[]).includes(v.siteData)) return null;
  const { removed, remaining, remainingCookies, errors } = v;
  return { removed, remaining, remainingCookies, errors, siteData: v.siteData as ClearResult['siteData'] };
}

/** A tab's state as the popup sees it: what does not check out is left out (null), the rest kept. */
export function parseTabState(v: unknown): TabState | null {
  if (!isRecord(v) || !isTabId(v.tabId)) return null;
  const diagnosis = v.diagnosis == null ? null : parseDiagnosis(v.diagnosis);
  return {
    tabId: v.tabId,
    diagnosis: typeof diagnosis === 'string' ? null : diagnosis,
    marketplace: isMarketplaceId(v.marketplace) ? v.marketplace : null,
    time: typeof v.time === 'number' && Number.isFinite(v.time) ? v.time : null,
    structure: parsePageStructure(v.structure),
  };
}

export function parseSignedInState(v: unknown): SignedInState | null {
  if (!isRecord(v) || !Array.isArray(v.stores) || !v.stores.every(isMarketplaceId)) return null;
  return { tabStore: isMarketplaceId(v.tabStore) ? v.tabStore : null, stores: v.stores };
}

/** One route: its message type and the parser its sender checks the reply with. */
export interface Route<T extends MessageType> {
  readonly type: T;
  parseReply(v: unknown): Replies[T] | null;
}

export const csBgDiagnosis: Route<'cs-bg-diagnosis'> = { type: 'cs-bg-diagnosis', parseReply: parseDiagnosisReply };
export const csBgOpenPopup: Route<'cs-bg-open-popup'> = { type: 'cs-bg-open-popup', parseReply: parseOpenedAs };
export const csBgClearCookies: Route<'cs-bg-clear-cookies'> = {
  type: 'cs-bg-clear-cookies',
  parseReply: parseClearResult,
};
export const csBgInjectRulesAndUi: Route<'cs-bg-inject-rules-and-ui'> = {
  type: 'cs-bg-inject-rules-and-ui',
  parseReply: parseBoolean,
};
export const uiBgGetTab: Route<'ui-bg-get-tab'> = { type: 'ui-bg-get-tab', parseReply: parseTabState };
export const uiBgClearCookies: Route<'ui-bg-clear-cookies'> = {
  type: 'ui-bg-clear-cookies',
  parseReply: parseClearResult,
};
export const uiBgReloadTab: Route<'ui-bg-reload-tab'> = { type: 'ui-bg-reload-tab', parseReply: parseBoolean };
export const uiBgSignedIn: Route<'ui-bg-signed-in'> = { type: 'ui-bg-signed-in', parseReply: parseSignedInState };

/** A message of one route without its type: what the sender fills in. */
export type RequestBody<T extends MessageType> = Omit<Extract<Message, { type: T }>, 'type'>;

/** How a side reaches the background: runtime.sendMessage through its own seam. */
export type Transport = (message: Message) => Promise<unknown> | undefined;

/** Sends one request and checks the reply. null: no reply, another shape, or the extension is gone
 *  (a content script outlives its extension when it is reloaded or updated). Never throws. */
export async function request<T extends MessageType>(
  transport: Transport,
  route: Route<T>,
  body: RequestBody<T>,
): Promise<Replies[T] | null> {
  try {
    return route.parseReply(await transport({ ...body, type: route.type } as Message));
  } catch {
    return null;
  }
}
