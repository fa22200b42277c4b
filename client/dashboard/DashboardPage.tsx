/** /d/:id/dashboard — tracking by group: figures drawn as charts, and the synthesis of each group's input. */
import { useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { AppLink } from '../app/AppLink';
import { documentPath } from '../app/router';
import { useSignedIn } from '../auth/AuthProvider';
import { useDocumentTitle } from '../documents/use-document-title';
import { DocumentEventsProvider } from '../events/DocumentEventsProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { DashboardFigures } from './DashboardFigures';
import { DashboardTabs, type DashboardTab } from './DashboardTabs';
import { SynthesisView } from './SynthesisView';
import { useDashboardData } from './use-dashboard-data';

function Dashboard({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const { resource, reload } = useDashboardData(documentId);
  const [tab, setTab] = useState<DashboardTab>('figures');
  const title = resource.status === 'ready' ? resource.data.summary.title : null;
  useDocumentTitle(title ? `${t('dashboard.title')} · ${title}` : null);

  return (
    <>
      <AppHeader>
        <nav className="dashboard-crumbs" aria-label={t('dashboard.title')}>
          <AppLink to={documentPath(documentId)} className="dashboard-crumbs__back" data-testid="dashboard-back">
            <span aria-hidden="true">←</span> {title ?? t('dashboard.back')}
          </AppLink>
        </nav>
      </AppHeader>
      <main className="page-body dashboard" id="main" data-testid="dashboard">
        <div className="page-heading">
          <div>
            <h1 className="page-title">{t('dashboard.title')}</h1>
            {title && <p className="page-subtitle">{title}</p>}
          </div>
          <span className="dashboard__live" title={t('dashboard.liveHint')}>
            <span className="dashboard__live-dot" aria-hidden="true" />
            {t('dashboard.live')}
          </span>
        </div>
        <DashboardTabs value={tab} onChange={setTab} />
        <div role="tabpanel" id={`dashboard-panel-${tab}`} aria-labelledby={`dashboard-tab-${tab}`} className="dashboard__panel">
          {resource.status === 'loading' && (
            <div className="dashboard-card" aria-busy="true">
              <SkeletonLines count={8} />
            </div>
          )}
          {resource.status === 'error' && <ErrorBox title={t('dashboard.loadError')} error={resource.error} onRetry={reload} />}
          {resource.status === 'ready' && (tab === 'figures' ? <DashboardFigures data={resource.data} /> : <SynthesisView data={resource.data} />)}
        </div>
      </main>
    </>
  );
}

export function DashboardPage({ documentId }: { documentId: string }) {
  const { token } = useSignedIn();
  return (
    <DocumentEventsProvider documentId={documentId} token={token}>
      <Dashboard documentId={documentId} />
    </DocumentEventsProvider>
  );
}
