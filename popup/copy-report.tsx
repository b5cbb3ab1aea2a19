// "Copy a report for customer service": the text is built by src/report.ts from facts only; if the
// clipboard is refused, the text is shown selected so it can be copied by hand.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../src/i18n';
import { buildReport, type ReportFacts } from '../src/report';

type Status = 'idle' | 'copied' | 'refused';

export function CopyReport({ t, facts }: { t: Translate; facts: ReportFacts }) {
  const [status, setStatus] = useState<Status>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = buildReport(facts, t);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('refused');
    }
  }

  useEffect(() => {
    if (status === 'refused') area.current?.select();
  }, [status]);

  return (
    <section class="card report" aria-labelledby="report-title">
      <h2 id="report-title">{t('popupReportTitle')}</h2>
      <p id="report-about">{t('popupReportAbout')}</p>
      <button
        type="button"
        class="button"
        data-action="copy-report"
        aria-describedby="report-about"
        onClick={() => void copy()}
      >
        {t('popupReportButton')}
      </button>
      <div role="status">
        {status === 'copied' && <p class="ok">{t('popupReportCopied')}</p>}
        {status === 'refused' && <p>{t('popupReportManual')}</p>}
      </div>
      {status === 'refused' && (
        <textarea ref={area} class="report-text" readOnly rows={7} aria-label={t('popupReportTitle')} value={text} />
      )}
    </section>
  );
}
