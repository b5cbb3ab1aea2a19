// The tab's store withholds the extension's access (Chrome "on click" or "on specific sites", a host
// permission removed in Firefox or on Android, Safari's per-site "Allow"): say so, and ask for exactly
// that store's origins in one click. The request is made inside the click (browsers grant permission
// requests only from a user gesture); once granted the caller diagnoses the tab without a reload.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../src/i18n';
import { marketplaceById, type MarketplaceId } from '../src/marketplaces';
import { hasSiteAccess, requestSiteAccess } from '../src/site-access';

/** null while unknown or when there is no store to ask about; else whether the store is allowed. */
export function useSiteAccess(store: MarketplaceId | null): [boolean | null, (allowed: boolean) => void] {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    setAllowed(null);
    if (!store) return;
    let live = true;
    void hasSiteAccess(marketplaceById(store)).then((ok) => live && setAllowed(ok));
    return () => {
      live = false;
    };
  }, [store]);
  return [allowed, setAllowed];
}

interface Props {
  t: Translate;
  store: MarketplaceId;
  /** Called once the browser granted the access. */
  onGranted(): void;
}

export function SiteAccessNotice({ t, store, onGranted }: Props) {
  const [refused, setRefused] = useState(false);
  const m = marketplaceById(store);
  const grant = () => {
    setRefused(false);
    void requestSiteAccess(m).then((granted) => (granted ? onGranted() : setRefused(true)));
  };
  return (
    <section class="card access" data-site-access="withheld" aria-labelledby="access-text">
      <p id="access-text">{t('siteAccessWithheld', m.domain)}</p>
      <p>
        <button type="button" class="button" data-action="grant-site-access" onClick={grant}>
          {t('siteAccessGrant', m.domain)}
        </button>
      </p>
      {refused && (
        <p class="problem" role="status">
          {t('siteAccessRefused')}
        </p>
      )}
    </section>
  );
}
