// The popup: the diagnosis of one tab, or the general help when there is none. The root element
// carries data-cause (test contract) only once the tab's state is known.
import { useEffect, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import type { TabState } from '../src/messages';
import { CauseView } from './cause-view';
import { GeneralHelp } from './general-help';
import { findTabId, loadTabState } from './tab';
import { useUiSettings } from './use-settings';

interface Loaded {
  tabId: number | null;
  state: TabState | null;
}

export function Popup({ search }: { search: string }) {
  const { settings, language, t } = useUiSettings();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // The general help stays reachable from a diagnosis (another store, the checklists).
  const [generalHelp, setGeneralHelp] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await findTabId(search);
      const state = tabId === null ? null : await loadTabState(tabId);
      if (live) setLoaded({ tabId, state });
    })();
    return () => {
      live = false;
    };
  }, [search]);

  useEffect(() => {
    document.title = t('extName');
  }, [t]);

  const ready = loaded !== null && settings !== null;
  const diagnosis = loaded?.state?.diagnosis ?? null;
  const cause = ready ? (diagnosis?.cause ?? 'none') : undefined;

  return (
    <main id="app" lang={language} data-cause={cause} aria-busy={ready ? undefined : 'true'}>
      <header class="top">
        <p class="brand">{t('extShortName')}</p>
        <button type="button" class="link-button" onClick={() => void getBrowser().runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
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
          <GeneralHelp t={t} state={loaded.state} tabId={loaded.tabId} />
        </>
      )}
    </main>
  );
}
