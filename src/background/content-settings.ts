// What the content script needs to render, decided here so it bundles no locale tables: switches from
// the options, the language, and every string it may show on this page, already resolved. The strings
// of every cause come with every reply, the clean page's first one included: an error that appears
// later then gets its banner in the same frame, without waiting for another round trip.
import { actionLabelKey } from '../actions';
import { CONTENT_TEXT_KEYS } from '../content-texts';
import { CAUSE_IDS, type CauseId, type DoorOfPage } from '../detect/types';
import { doorAccountText, doorClearText } from '../door-texts';
import { doorForHost } from '../doors';
import type { Language, Translate } from '../i18n';
import { sisterOf, type Marketplace } from '../marketplaces';
import type { ContentSettings } from '../messages';
import { GUIDANCE } from '../guidance';
import type { Settings } from '../settings';

/** The message keys the banner shows for a cause: its headline and its primary action's label. */
export function causeTextKeys(cause: CauseId | null): string[] {
  if (cause === null) return [];
  const guidance = GUIDANCE[cause];
  return guidance.primary ? [guidance.headline, actionLabelKey(guidance.primary)] : [guidance.headline];
}

/** $STORE$ and $SISTER$ are the first and second substitution in every message that has them. */
export function storeSubstitutions(marketplace: Marketplace): string[] {
  return [marketplace.domain, sisterOf(marketplace).domain];
}

/** `t` speaks `language`; `marketplace` is the sender page's store, for labels such as "Sign in on
 *  $SISTER$ instead"; `door` the sign-in door it is on, named by the banner (bannerDoor). */
export function buildContentSettings(
  settings: Settings,
  language: Language,
  t: Translate,
  marketplace: Marketplace,
  door: DoorOfPage | null = null,
): ContentSettings {
  const substitutions = storeSubstitutions(marketplace);
  const texts: Record<string, string> = {};
  // Every cause's banner keys: about 30 short strings.
  for (const key of [...CONTENT_TEXT_KEYS, ...CAUSE_IDS.flatMap(causeTextKeys)]) texts[key] = t(key, substitutions);
  if (door) {
    texts.bannerDoor = doorAccountText(t, door);
  }
  // A door's own host (not a door's handle on a storefront): the one click clears that door's sign-in.
  if (door && doorForHost(door.host)) {
    texts.actionClearCookies = t('doorClearButton');
    texts.bannerClearNote = doorClearText(t, door.host);
  }
  return { banner: settings.banner, inputHints: settings.inputHints, language, texts };
}
