// "Report a page problem": makes the redacted report of the Upwork tab (utils/browser/page-report.ts), shows all of it
// (as text: the page's shapes are never markup), and lets the user copy or download it.
// Nothing here sends anything; the user decides where the file goes.
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/text/i18n';
import { reportFile, type PageReport } from '@/utils/report/report';
import './page-report.css';

export interface PageReportProps {
  /** The report of the Upwork tab in front, or null when no Upwork tab answered. */
  load: () => Promise<PageReport | null>;
  onClose?: () => void;
}

function download(name: string, text: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function PageReportPanel({ load, onClose }: PageReportProps) {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    setReport(undefined);
    void load().then(setReport, () => setReport(null));
  }, [generation]);
  const text = report ? reportFile(report) : '';
  const copy = () =>
    void navigator.clipboard.writeText(text).then(
      () => setStatus(t('reportCopied')),
      () => setStatus(t('reportCopyFailed')),
    );
  return (
    <section class="page-report" aria-labelledby="page-report-head" data-state="page-report">
      <h2 id="page-report-head">{t('reportTitle')}</h2>
      <p class="hint">{t('reportIntro')}</p>
      {report === undefined && <p role="status">{t('reportLoading')}</p>}
      {report === null && (
        <p role="alert" data-state="report-no-tab">
          {t('reportNoTab')}
        </p>
      )}
      {report && (
        <>
          <p class="report-summary" data-testid="report-summary">
            {t('reportSummary', report.pageKind, report.reader?.verdict ?? '-', report.reader?.missing.join(', ') || '-')}
            {report.note && ` ${report.note}`}
          </p>
          <div class="report-actions">
            <button type="button" class="primary" onClick={copy}>
              {t('reportCopy')}
            </button>
            <button
              type="button"
              onClick={() => (download(`reply-window-page-report-${report.made}.json`, text), setStatus(t('reportDownloaded')))}
            >
              {t('reportDownload')}
            </button>
            <span role="status">{status}</span>
          </div>
          <pre class="report-text" data-testid="report-text" tabIndex={0} aria-label={t('reportTitle')}>
            {text}
          </pre>
        </>
      )}
      <div class="report-actions">
        <button type="button" onClick={() => setGeneration(generation + 1)}>
          {t('reportAgain')}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('reportBack')}
          </button>
        )}
      </div>
    </section>
  );
}
