// On a sign-in door: the service, whose account it signs in to, what is different there, and where the
// page doesn't say which store, each store it could be with its own sign-in and password reset.
import type { DoorOfPage } from '../src/detect/types';
import { doorAccountText, doorGuideKey, serviceNameKey } from '../src/door-texts';
import type { Translate } from '../src/i18n';
import { marketplaceById, storeUrl } from '../src/marketplaces';
import { actionLabelKey } from '../src/actions';

/** More candidate stores than this get the guide only: the general help's store picker lists them all. */
const LISTED = 10;

export function DoorNote({ t, door }: { t: Translate; door: DoorOfPage }) {
  const listed = door.stores.length > 1 && door.stores.length <= LISTED;
  return (
    <section
      class="card door"
      aria-labelledby="door-title"
      data-door-service={door.service}
      data-door-stores={door.stores.map((id) => marketplaceById(id).domain).join(' ')}
    >
      <h2 id="door-title">{t(serviceNameKey(door.service))}</h2>
      <p>{doorAccountText(t, door)}</p>
      <p>{t(doorGuideKey(door.service))}</p>
      {listed && (
        <>
          <h3>{t('doorStoresTitle')}</h3>
          <p>{t('doorStoresBody')}</p>
          <ul class="door-stores">
            {door.stores.map((id) => {
              const m = marketplaceById(id);
              return (
                <li key={id} data-store={m.domain}>
                  <span>{m.domain}</span>{' '}
                  <a href={storeUrl(m, 'sign-in')} target="_blank" rel="noopener noreferrer">
                    {t(actionLabelKey('sign-in'))}
                  </a>{' '}
                  <a href={storeUrl(m, 'forgot-password')} target="_blank" rel="noopener noreferrer">
                    {t(actionLabelKey('forgot-password'))}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
