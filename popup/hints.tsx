// Cross-cutting hints for a cause: the cause's own list plus what the detector saw on the page.
import type { HintId } from '../src/detect/types';
import type { Translate } from '../src/i18n';
import { sisterOf, storeUrl, type Marketplace } from '../src/marketplaces';
import { camel } from './use-settings';

interface Props {
  t: Translate;
  hints: readonly HintId[];
  marketplace: Marketplace;
  /** The cause's buttons already link to the sister store's sign-in: don't repeat it in the hint. */
  sisterLinked: boolean;
}

/** The general help's words for a hint whose own keys are missing (the popup never shows a raw key). */
const FALLBACK: Partial<Record<HintId, { title: string; body?: string }>> = {
  marketplace: { title: 'popupHintMarketplaceTitle' },
  'sister-store': { title: 'helpStoresTitle', body: 'helpStoresBody' },
  'another-device': { title: 'helpDeviceTitle', body: 'helpDeviceBody' },
};

export function Hints({ t, hints, marketplace, sisterLinked }: Props) {
  const sister = sisterOf(marketplace);
  const subs = [marketplace.domain, sister.domain];
  const items = hints.filter((h) => t.has(`hint${camel(h)}Title`) || FALLBACK[h]);
  if (items.length === 0) return null;
  return (
    <section class="card hints" aria-labelledby="hints-title">
      <h2 id="hints-title">{t('popupHintsTitle')}</h2>
      <ul>
        {items.map((hint) => {
          const own = t.has(`hint${camel(hint)}Title`);
          const title = own ? `hint${camel(hint)}Title` : FALLBACK[hint]!.title;
          const body = own ? `hint${camel(hint)}Body` : FALLBACK[hint]?.body;
          return (
            <li key={hint} class="hint" data-hint={hint}>
              <h3>{t(title, subs)}</h3>
              {hint === 'marketplace' && <p>{t('popupHintStore', marketplace.domain)}</p>}
              {body && t.has(body) && <p>{t(body, subs)}</p>}
              {hint === 'sister-store' && !sisterLinked && (
                <p>
                  <a
                    href={storeUrl(sister, 'sign-in')}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-action="sister-sign-in"
                  >
                    {t('popupSisterSignIn', sister.domain)}
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
