// Which stores the extension may run on, as the browser says now, and the same one-click grant the
// popup offers (a store's origins, asked for inside the click). "Allow on every store" asks for all the
// withheld ones in one prompt.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../src/i18n';
import { MARKETPLACES, type Marketplace } from '../src/marketplaces';
import { hasSiteAccess, requestSiteAccess } from '../src/site-access';

async function withheldStores(): Promise<Marketplace[]> {
  const allowed = await Promise.all(MARKETPLACES.map(hasSiteAccess));
  return MARKETPLACES.filter((_, i) => !allowed[i]);
}

export function SiteAccessList({ t }: { t: Translate }) {
  const [withheld, setWithheld] = useState<Marketplace[] | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = () => void withheldStores().then(setWithheld);
  useEffect(refresh, []);

  const grant = (stores: Marketplace[]) => {
    setRefused(false);
    void requestSiteAccess(...stores).then((granted) => {
      setRefused(!granted);
      refresh();
    });
  };

  return (
    <section class="access" aria-labelledby="access-title" data-site-access={withheld?.length ? 'withheld' : 'all'}>
      <h2 id="access-title">{t('siteAccessLegend')}</h2>
      <p class="help">{t('siteAccessHelp')}</p>
      {withheld === null ? null : withheld.length === 0 ? (
        <p>{t('siteAccessAll')}</p>
      ) : (
        <>
          <p>{t('siteAccessSome')}</p>
          <ul class="stores">
            {withheld.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  class="button"
                  data-action="grant-site-access"
                  data-store={m.id}
                  onClick={() => grant([m])}
                >
                  {t('siteAccessGrant', m.domain)}
                </button>
              </li>
            ))}
          </ul>
          {withheld.length > 1 && (
            <p>
              <button type="button" class="button" data-action="grant-site-access-all" onClick={() => grant(withheld)}>
                {t('siteAccessGrantAll')}
              </button>
            </p>
          )}
        </>
      )}
      {refused && (
        <p class="problem" role="status">
          {t('siteAccessRefused')}
        </p>
      )}
    </section>
  );
}
