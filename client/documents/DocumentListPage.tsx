/** The home page: the documents I take part in, and "New document" for chairs. */
import { useState } from 'react';
import { can } from '../../shared/roles.js';
import { loadState } from '../api/load-state';
import { AppHeader } from '../app/AppHeader';
import { useMe } from '../auth/MeProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorBox } from '../ui/ErrorBox';
import { DocumentTable, DocumentTableSkeleton } from './DocumentTable';
import { NewDocumentDialog } from './NewDocumentDialog';
import { useDocumentListQuery } from './queries/document-queries';
import { useDocumentTitle } from './use-document-title';

export function DocumentListPage() {
  const { t } = useI18n();
  const { me } = useMe();
  const query = useDocumentListQuery();
  const resource = loadState(query);
  const [creating, setCreating] = useState(false);
  const mayCreate = me.memberships.some((membership) => can(membership.role, 'document.create'));
  useDocumentTitle(t('documents.heading'));

  return (
    <>
      <AppHeader />
      <main className="page-body" id="main">
        <div className="page-heading">
          <div>
            <h1 className="page-title">{t('documents.heading')}</h1>
            <p className="page-subtitle">{t('documents.intro')}</p>
          </div>
          {mayCreate && (
            <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-document-button">
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                <path d="M7 1.5v11M1.5 7h11" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
              {t('documents.new')}
            </Button>
          )}
        </div>
        {resource.status === 'loading' && <DocumentTableSkeleton />}
        {resource.status === 'error' && <ErrorBox title={t('documents.loadError')} error={resource.error} onRetry={() => void query.refetch()} />}
        {resource.status === 'ready' &&
          (resource.data.length === 0 ? (
            <p className="empty-state" data-testid="document-list">
              {t('documents.empty')}
            </p>
          ) : (
            <DocumentTable documents={resource.data} />
          ))}
      </main>
      {creating && <NewDocumentDialog onClose={() => setCreating(false)} />}
    </>
  );
}
