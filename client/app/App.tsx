/** The application: language, sign-in, who I am, then the page the address names. */
import { StrictMode } from 'react';
import { ServerStateProvider } from '../api/query-client';
import { AuthProvider, useAuth } from '../auth/AuthProvider';
import { MeProvider } from '../auth/MeProvider';
import { SignInScreen } from '../auth/SignInScreen';
import { AuditPage } from '../audit/AuditPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DocumentListPage } from '../documents/DocumentListPage';
import { DocumentPage } from '../documents/DocumentPage';
import { I18nProvider } from '../i18n/I18nProvider';
import { NotFoundPage } from './NotFoundPage';
import { useRoute } from './router';
import { ShortcutsHost } from './shortcuts/ShortcutsHost';
import '../styles/shell.css';
import '../styles/audit.css';

function Pages() {
  const route = useRoute();
  switch (route.name) {
    case 'documents':
      return <DocumentListPage />;
    case 'document':
      return <DocumentPage key={route.documentId} documentId={route.documentId} />;
    case 'dashboard':
      return <DashboardPage key={route.documentId} documentId={route.documentId} />;
    case 'audit':
      return <AuditPage key={route.documentId} documentId={route.documentId} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

function SignedInOrNot() {
  const { token, reason } = useAuth();
  if (!token) return <SignInScreen key={reason ?? 'first'} />;
  return (
    <ServerStateProvider key={token}>
      <MeProvider>
        <Pages />
      </MeProvider>
    </ServerStateProvider>
  );
}

export function App() {
  return (
    <StrictMode>
      <I18nProvider>
        <AuthProvider>
          <SignedInOrNot />
        </AuthProvider>
        <ShortcutsHost />
      </I18nProvider>
    </StrictMode>
  );
}
