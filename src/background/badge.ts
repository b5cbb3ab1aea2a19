// The toolbar badge per tab: '!' and the cause's headline as the title where a cause was detected,
// nothing elsewhere. Chrome keeps per-tab badge values across navigations, so we clear them ourselves.
import { getBrowser, platform } from '../browser';
import { ruleFor } from '../detect/causes/index';
import type { CauseId } from '../detect/types';
import type { Translate } from '../i18n';
import { marketplaceById, type MarketplaceId } from '../marketplaces';
import { storeSubstitutions } from './content-settings';

export const BADGE_TEXT = '!';
/** Dark red: readable with the white badge text on light and dark toolbars. */
export const BADGE_COLOR = '#B3261E';

/** "Sign-in Helper: <headline>"; a generic line if the headline string is missing from _locales. */
export function badgeTitle(cause: CauseId, t: Translate, store: MarketplaceId | null = null): string {
  const headlineKey = ruleFor(cause)?.guidance.headline;
  if (!headlineKey || !t.has(headlineKey)) return t('badgeTitleProblem');
  return t('badgeTitleCause', t(headlineKey, store ? storeSubstitutions(marketplaceById(store)) : []));
}

/** Sets or clears the badge of one tab. The tab may have closed meanwhile: that is not an error. */
export async function showBadge(
  tabId: number,
  cause: CauseId | null,
  t: Translate,
  store: MarketplaceId | null = null,
): Promise<void> {
  const api = getBrowser();
  const action = api.action;
  try {
    // No badge to set (Firefox for Android): the title still names the cause in the menu.
    if (!platform(api).badge) {
      await action.setTitle({ tabId, title: cause === null ? t('actionTitle') : badgeTitle(cause, t, store) });
      return;
    }
    if (cause === null) {
      await Promise.all([
        action.setBadgeText({ tabId, text: '' }),
        // Same words as the manifest's default_title, in the language chosen in the options.
        action.setTitle({ tabId, title: t('actionTitle') }),
      ]);
      return;
    }
    await Promise.all([
      action.setBadgeText({ tabId, text: BADGE_TEXT }),
      action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      action.setTitle({ tabId, title: badgeTitle(cause, t, store) }),
    ]);
  } catch {
    console.warn('Sign-in Helper: could not update the badge of a tab (closed?)');
  }
}
