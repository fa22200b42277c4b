/** /d/:id/audit — the append-only log of decisions and changes of status, in words, newest first, with filters. */
import { useMemo, useState } from 'react';
import { findGroup } from '../../shared/groups.js';
import { citationLabel } from '../amendments/amendment-labels';
import { AppHeader } from '../app/AppHeader';
import { AppLink } from '../app/AppLink';
import { documentPath } from '../app/router';
import { useDocumentTitle } from '../documents/use-document-title';
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import { groupLabel } from '../i18n/labels';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { auditActors, filterAuditEntries, NO_AUDIT_FILTERS, type AuditFilters } from './audit-filters';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditList } from './AuditList';
import type { AuditContext } from './describe-entry';
import { useAuditData } from './use-audit-data';

export function AuditPage({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  const { log, summary, citations, owners } = useAuditData(documentId);
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const title = summary.data?.title ?? null;
  const groups = summary.data?.groups ?? [];
  useDocumentTitle(title ? `${t('audit.title')} · ${title}` : t('audit.title'));

  const context: AuditContext = {
    place: (paragraphId) => {
      const citation = citations.get(paragraphId);
      return citation ? citationLabel(t, citation) : null;
    },
    amendment: (amendmentId) => owners.get(amendmentId),
    group: (groupId) => {
      const group = findGroup(groups, groupId);
      return group ? groupLabel(t, group) : groupId;
    },
    date: (iso) => formatDate(iso),
  };
  const entries = log.data ?? [];
  const shown = useMemo(() => filterAuditEntries(log.data ?? [], filters), [log.data, filters]);
  const actors = useMemo(() => auditActors(log.data ?? []), [log.data]);

  return (
    <>
      <AppHeader>
        <nav className="dashboard-crumbs" aria-label={t('audit.back')}>
          <AppLink to={documentPath(documentId)} className="dashboard-crumbs__back" data-testid="audit-back">
            <span aria-hidden="true">←</span> {title ?? t('audit.back')}
          </AppLink>
        </nav>
      </AppHeader>
      <main className="page-body audit" id="main" data-testid="audit-page">
        <div className="page-heading">
          <div>
            <h1 className="page-title">{t('audit.title')}</h1>
            <p className="page-subtitle">{t('audit.subtitle')}</p>
          </div>
        </div>
        {log.isPending && <SkeletonLines count={8} />}
        {log.isError && <ErrorBox title={t('audit.loadError')} error={log.error} onRetry={() => void log.refetch()} />}
        {log.isSuccess && (
          <>
            <AuditFiltersBar filters={filters} onChange={setFilters} groups={groups} actors={actors} />
            <p className="audit__count" role="status" data-testid="audit-count">
              {t('audit.count', { count: shown.length })}
            </p>
            {shown.length === 0 ? (
              <p className="audit__empty">{entries.length === 0 ? t('audit.empty') : t('audit.emptyFiltered')}</p>
            ) : (
              <AuditList entries={shown} context={context} groups={groups} />
            )}
          </>
        )}
      </main>
    </>
  );
}
