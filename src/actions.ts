// Action ids (src/detect/types.ts) → the message key of the button label. Shared by the background
// (it resolves the banner's primary label) and the popup, so both name the same string.
import type { ActionId } from './detect/types';
import { sisterOf, storeUrl, type Marketplace } from './marketplaces';
import { pascalCase } from './pascal-case';

/** 'forgot-password' → 'actionForgotPassword' (ARCHITECTURE.md: `action<Name>`). */
export function actionLabelKey(id: ActionId): string {
  return `action${pascalCase(id)}`;
}

/** The page a link action opens on store `m` ('sister-sign-in': the sister store's sign-in); null for
 *  the actions that are not links (clear-cookies, copy-report). The one action → LinkId mapping. */
export function actionUrl(id: ActionId, m: Marketplace): string | null {
  switch (id) {
    case 'clear-cookies':
    case 'copy-report':
      return null;
    case 'sister-sign-in':
      return storeUrl(sisterOf(m), 'sign-in');
    case 'store-account':
      // The store's sign-in also offers to create an account there: one step either way.
      return storeUrl(m, 'sign-in');
    case 'account-status':
      // A duplicate of contact-us anywhere but amazon.com, so not offered there.
      return m.id === 'us' ? storeUrl(m, id) : null;
    default:
      return storeUrl(m, id);
  }
}
