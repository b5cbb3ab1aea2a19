// "Report this page" for the maintainers: the page's structure with Amazon's words masked, shown in
// an expandable preview, copied in one click. Nothing is sent; the person pastes it into an issue.
import { useState } from 'preact/hooks';
import { getBrowser } from '../src/browser';
import type { PageStructure } from '../src/detect/page-structure';
import type { Translate } from '../src/i18n';
import { buildPageReport, ISSUES_URL } from '../src/page-report';
import { browserLabel } from '../src/report';

type Status = 'idle' | 'copied' | 'refused';

function extensionVersion(): string {
  try {
    return getBrowser().runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export function PageReport({ t, structure }: { t: Translate; structure: PageStructure | null }) {
  const [status, setStatus] = useState<Status>('idle');
  const text = structure
    ? buildPageReport(structure, { extension: extensionVersion(), browser: browserLabel(navigator.userAgent) })
    : null;

  async function copy(report: string) {
    try {
      await navigator.clipboard.writeText(report);
      setStatus('copied');
    } catch {
      setStatus('refused');
    }
  }

  return (
    <section class="card page-report" aria-labelledby="page-report-title">
      <h2 id="page-report-title">{t('popupPageReportTitle')}</h2>
      <p id="page-report-about">{t('popupPageReportAbout')}</p>
      {text === null ? (
        <p>{t('popupPageReportUnavailable')}</p>
      ) : (
        <>
          <details open={status === 'refused'}>
            <summary>{t('popupPageReportPreview')}</summary>
            <pre class="report-text" data-page-report-preview="">
              {text}
            </pre>
          </details>
          <button
            type="button"
            class="button"
            data-action="copy-page-report"
            aria-describedby="page-report-about"
            onClick={() => void copy(text)}
          >
            {t('popupPageReportButton')}
          </button>
          <div role="status">
            {status === 'copied' && <p class="ok">{t('popupPageReportCopied', ISSUES_URL)}</p>}
            {status === 'refused' && <p>{t('popupReportManual')}</p>}
          </div>
        </>
      )}
    </section>
  );
}

/** On a named cause the report waits behind a small link: it is for when the diagnosis is wrong. */
export function NotMyProblem({ t, structure }: { t: Translate; structure: PageStructure | null }) {
  const [open, setOpen] = useState(false);
  if (open) return <PageReport t={t} structure={structure} />;
  return (
    <p class="switch">
      <button type="button" class="link-button" data-view="page-report" onClick={() => setOpen(true)}>
        {t('popupPageReportNotMine')}
      </button>
    </p>
  );
}
