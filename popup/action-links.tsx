// The cause's link actions as buttons-looking links to the right store's page, opened in a new tab.
// Clearing cookies and copying the report have their own sections, so they are not repeated here.
import type { ActionId } from '../src/detect/types';
import type { Translate } from '../src/i18n';
import { actionLabelKey, actionUrl } from '../src/actions';
import { sisterOf, type Marketplace } from '../src/marketplaces';

interface Props {
  t: Translate;
  actions: readonly ActionId[];
  /** Drawn as the filled button: the same fix the banner offers. */
  primary: ActionId | null;
  marketplace: Marketplace;
}

export function ActionLinks({ t, actions, primary, marketplace }: Props) {
  const links = actions.flatMap((action) => {
    const url = actionUrl(action, marketplace);
    return url ? [{ action, url }] : [];
  });
  if (links.length === 0) return null;
  const sister = sisterOf(marketplace).domain;
  return (
    <ul class="actions">
      {links.map(({ action, url }) => (
        <li key={action}>
          <a
            class={action === primary ? 'button primary' : 'button'}
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            data-action={action}
          >
            {t(actionLabelKey(action), [marketplace.domain, sister])}
          </a>
        </li>
      ))}
    </ul>
  );
}
