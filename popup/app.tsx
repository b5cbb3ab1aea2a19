// The popup: the diagnosis of one tab, or the general help when there is none. The root element
// carries data-cause (test contract) only once the tab's state is known, and with it
// data-signed-in-elsewhere when another store than the tab's has a session (on a page of no store:
// every store with a session, since none of them is the tab's).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import { htmlLang } from '../src/i18n';
import { marketplaceById } from '../src/marketplaces';
import { CauseView } from './cause-view';
import { GeneralHelp } from './general-help';
import { signedInElsewhereAttr } from './signed-in';
import { SiteAccessNotice, useSiteAccess } from './site-access';
import { askedByItself, type FirstLook, lookUp } from './start';
import { useUiSettings } from './use-settings';

/** `first`: the questions index.tsx fired before this code ran (start.ts), and what is already in. */
export function Popup({ search, first: given }: { search: string; first?: FirstLook }) {
  const [first] = useState(() => given ?? askedByItself(search));
  const [loaded, setLoaded] = useState(first.loaded);
  const store = loaded?.signedIn?.tabStore ?? loaded?.state?.marketplace ?? loaded?.state?.diagnosis?.marketplace;
  const ui = useUiSettings(store ? marketplaceById(store).language : null, first.texts);
  // The general help stays reachable from a diagnosis (another store, the checklists).
  const [generalHelp, setGeneralHelp] = useState(false);

  // Bumped once the person granted the store's access: the tab is then diagnosed anew.
  const [granted, setGranted] = useState(0);
  // A layout effect, run right after the render rather than after the next frame: the answer may be
  // in already, and the view shows it without waiting for a paint.
  useLayoutEffect(() => {
    let live = true;
    const answer = granted === 0 ? first.pending : lookUp(search);
    void answer.then((next) => live && setLoaded(next));
    return () => {
      live = false;
    };
  }, [search, granted]);
  const [access, setAccess] = useSiteAccess(store ?? null);

  const t = ui?.t;
  useEffect(() => {
    if (t) document.title = t('extName');
  }, [t]);

  // Nothing to say before the words of this language are read.
  if (!ui || !t) return <main id="app" aria-busy="true" />;
  const ready = loaded !== null;
  const diagnosis = loaded?.state?.diagnosis ?? null;
  const cause = ready ? (diagnosis?.cause ?? 'none') : undefined;
  const signedIn = loaded?.signedIn ?? null;
  // The tab's store: from its address (any Amazon page), else from what its sign-in page reported.
  const tabStore = store ?? null;
  const elsewhere = ready ? signedInElsewhereAttr(tabStore, signedIn) : undefined;

  return (
    <main
      id="app"
      lang={htmlLang(ui.language)}
      data-cause={cause}
      data-signed-in-elsewhere={elsewhere}
      aria-busy={ready ? undefined : 'true'}
    >
      <header class="top">
        <p class="brand">{t('extShortName')}</p>
        <button type="button" class="link-button" onClick={() => void getBrowser().runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {ready && store && access === false && (
        <SiteAccessNotice
          t={t}
          store={store}
          onGranted={() => {
            setAccess(true);
            setGranted((n) => n + 1);
          }}
        />
      )}
      {!ready ? (
        <p class="loading">{t('popupLoading')}</p>
      ) : diagnosis?.cause && !generalHelp ? (
        <>
          <CauseView
            t={t}
            diagnosis={{ ...diagnosis, cause: diagnosis.cause }}
            tabId={loaded.tabId}
            time={loaded.state?.time ?? null}
            structure={loaded.state?.structure ?? null}
            signedIn={signedIn}
          />
          <p class="switch">
            <button type="button" class="link-button" data-view="general-help" onClick={() => setGeneralHelp(true)}>
              {t('popupShowGeneralHelp')}
            </button>
          </p>
        </>
      ) : (
        <>
          {diagnosis?.cause && (
            <p class="switch">
              <button type="button" class="link-button" data-view="cause" onClick={() => setGeneralHelp(false)}>
                {t('popupBackToCause')}
              </button>
            </p>
          )}
          <GeneralHelp t={t} state={loaded.state} tabId={loaded.tabId} signedIn={signedIn} quiet={access === false} />
        </>
      )}
    </main>
  );
}
