// Cross-cutting hints for a cause: the cause's own list plus what the detector saw on the page.
import type { HintId } from '../src/detect/types';
import type { Translate } from '../src/i18n';
import { sisterOf, storeUrl, type Marketplace } from '../src/marketplaces';
import { pascalCase } from '../src/pascal-case';

interface Props {
  t: Translate;
  hints: readonly HintId[];
  marketplace: Marketplace;
  /** The cause's buttons already link to the sister store's sign-in: don't repeat it in the hint. */
  sisterLinked: boolean;
}

export function Hints({ t, hints, marketplace, sisterLinked }: Props) {
  const sister = sisterOf(marketplace);
  const subs = [marketplace.domain, sister.domain];
  if (hints.length === 0) return null;
  return (
    <section class="card hints" aria-labelledby="hints-title">
      <h2 id="hints-title">{t('popupHintsTitle')}</h2>
      <ul>
        {hints.map((hint) => {
          // Every hint has both keys in every language (tests/unit/locales.test.ts).
          const name = pascalCase(hint);
          return (
            <li key={hint} class="hint" data-hint={hint}>
              <h3>{t(`hint${name}Title`, subs)}</h3>
              {hint === 'marketplace' && <p>{t('popupHintStore', marketplace.domain)}</p>}
              <p>{t(`hint${name}Body`, subs)}</p>
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
