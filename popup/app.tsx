// The popup: the diagnosis of one tab, or the general help when there is none. The root element
// carries data-cause (test contract) only once the tab's state is known, and with it
// data-signed-in-elsewhere when another store than the tab's has a session (on a page of no store:
// every store with a session, since none of them is the tab's).
import { useEffect, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import { htmlLang } from '../src/i18n';
import { marketplaceById } from '../src/marketplaces';
import type { SignedInState, TabState } from '../src/messages';
import { CauseView } from './cause-view';
import { GeneralHelp } from './general-help';
import { loadSignedIn, signedInElsewhereAttr } from './signed-in';
import { SiteAccessNotice, useSiteAccess } from './site-access';
import { findTabId, loadTabState } from './tab';
import { useUiSettings } from './use-settings';

interface Loaded {
  tabId: number | null;
  state: TabState | null;
  signedIn: SignedInState | null;
}

export function Popup({ search }: { search: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const store = loaded?.signedIn?.tabStore ?? loaded?.state?.marketplace ?? loaded?.state?.diagnosis?.marketplace;
  const ui = useUiSettings(store ? marketplaceById(store).language : null);
  // The general help stays reachable from a diagnosis (another store, the checklists).
  const [generalHelp, setGeneralHelp] = useState(false);

  // Bumped once the person granted the store's access: the tab is then diagnosed anew.
  const [granted, setGranted] = useState(0);
  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await findTabId(search);
      // Asked together, so the attributes of the contract appear at the same moment. A sign-in tab the
      // background has no diagnosis for is diagnosed on demand by this question (on-demand.ts).
      const [state, signedIn] = await Promise.all([tabId === null ? null : loadTabState(tabId), loadSignedIn(tabId)]);
      if (live) setLoaded({ tabId, state, signedIn });
    })();
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
