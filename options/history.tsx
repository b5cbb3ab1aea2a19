// Local history of diagnoses: what, where, when (local time). Read from storage.local and kept in
// step with it, so a diagnosis made while the page is open shows up.
import { useEffect, useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import { GUIDANCE } from '../src/guidance';
import { clearHistory, readHistory, type HistoryEntry } from '../src/history';
import { htmlLang, type Language, type Translate } from '../src/i18n';
import { marketplaceById } from '../src/marketplaces';

export function HistoryView({ t, language }: { t: Translate; language: Language }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void readHistory().then(
        (list) => live && setEntries(list),
        () => live && setEntries([]),
      );
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'history' in changes) refresh();
    };
    refresh();
    getBrowser().storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      getBrowser().storage.onChanged.removeListener(onChanged);
    };
  }, []);

  async function clear() {
    await clearHistory();
    setEntries([]);
    setCleared(true);
  }

  const format = new Intl.DateTimeFormat(htmlLang(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t('optionsHistoryTitle')}</h2>
      <p class="help">{t('optionsHistoryHelp')}</p>
      {entries === null ? null : entries.length === 0 ? (
        <p class="empty">{t('optionsHistoryEmpty')}</p>
      ) : (
        <ol class="entries">
          {entries.map((e) => (
            <li key={`${e.time}-${e.cause}-${e.marketplace}`} data-history-cause={e.cause}>
              <span class="what">{t(GUIDANCE[e.cause].headline)}</span>
              <span class="meta">
                {marketplaceById(e.marketplace).domain} ·{' '}
                <time dateTime={new Date(e.time).toISOString()}>{format.format(e.time)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        class="button"
        data-action="clear-history"
        disabled={!entries?.length}
        onClick={() => void clear()}
      >
        {t('optionsHistoryClear')}
      </button>
      <p role="status" class="note">
        {cleared ? t('optionsHistoryCleared') : ''}
      </p>
    </section>
  );
}
