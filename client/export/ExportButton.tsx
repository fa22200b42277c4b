/** The Export button in the document header; it also hosts the dialog other places open (a revision's Export). */
import { useI18n } from '../i18n/I18nProvider';
import { useRevisionsContext } from '../revisions/revisions-context';
import { ExportDialog } from './ExportDialog';

export function ExportButton() {
  const { t } = useI18n();
  const { exportRequest, openExport, closeExport } = useRevisionsContext();
  return (
    <>
      <button
        type="button"
        title={t('export.open')}
        className="button button--secondary button--small"
        aria-haspopup="dialog"
        onClick={() => openExport()}
        data-testid="export-button"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 2v8M4.8 7 8 10.2 11.2 7" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M2.5 11v2.5h11V11" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="doc-header__tool-label">{t('export.open')}</span>
      </button>
      {exportRequest && <ExportDialog key={exportRequest.revisionId} initialRevision={exportRequest.revisionId} onClose={closeExport} />}
    </>
  );
}
