/** /d/:id — loads the document's summary, then opens the workspace; what is left once access ends. */
import { useState } from 'react';
import { loadState } from '../api/load-state';
import { ApiError } from '../api/api-error';
import { AppHeader } from '../app/AppHeader';
import { AppLink } from '../app/AppLink';
import { useSignedIn } from '../auth/AuthProvider';
import { DocumentEventsProvider } from '../events/DocumentEventsProvider';
import { useI18n } from '../i18n/I18nProvider';
import { RevisionsProvider } from '../revisions/RevisionsProvider';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { AccessEndedPage } from './AccessEndedPage';
import { DocumentWorkspace } from './DocumentWorkspace';
import { useDocumentTitle } from './use-document-title';
import { useForgetDocument } from './use-forget-document';
import { useDocumentQuery } from './queries/document-queries';

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function DocumentPage({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const { token } = useSignedIn();
  const query = useDocumentQuery(documentId);
  const resource = loadState(query);
  const [endedWith, setEndedWith] = useState<number | null>(null);
  useDocumentTitle(resource.status === 'ready' && endedWith === null ? resource.data.title : null);
  // Access ended while the browser was closed: the copy on this device goes the same way.
  useForgetDocument(documentId, null, resource.status === 'error' && isNotFound(resource.error));

  if (endedWith !== null) {
    return <AccessEndedPage documentId={documentId} participantId={resource.data?.myParticipantId ?? null} code={endedWith} />;
  }
  if (resource.status === 'ready') {
    return (
      <DocumentEventsProvider documentId={documentId} token={token}>
        <RevisionsProvider summary={resource.data}>
          <DocumentWorkspace summary={resource.data} onAccessEnded={setEndedWith} />
        </RevisionsProvider>
      </DocumentEventsProvider>
    );
  }
  return (
    <>
      <AppHeader />
      <main className="page-body page-body--narrow" id="main">
        {resource.status === 'loading' ? (
          <div className="page-paper page-paper--placeholder" aria-busy="true" role="status" aria-label={t('common.loading')}>
            <SkeletonLines count={1} className="skeleton--title" />
            <SkeletonLines count={8} />
          </div>
        ) : isNotFound(resource.error) ? (
          <div className="stack">
            <ErrorBox title={t('document.loadError')} error={resource.error} message={t('document.notFound')} />
            <AppLink to="/">{t('document.back')}</AppLink>
          </div>
        ) : (
          <ErrorBox title={t('document.loadError')} error={resource.error} onRetry={() => void query.refetch()} />
        )}
      </main>
    </>
  );
}
