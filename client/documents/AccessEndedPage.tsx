/**
 * What remains of a document page once access to it has ended: why, and nothing of its text. The
 * workspace (editor, panels, their connections) is gone, and so are this device's copies of the text.
 */
import { useEffect } from 'react';
import { AppHeader } from '../app/AppHeader';
import { useMe } from '../auth/MeProvider';
import { RefusalNotice } from '../editor/RefusalNotice';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from './use-document-title';
import { useForgetDocument } from './use-forget-document';

interface AccessEndedPageProps {
  documentId: string;
  participantId: string | null;
  code: number;
}

export function AccessEndedPage({ documentId, participantId, code }: AccessEndedPageProps) {
  const { t } = useI18n();
  const { refreshMe } = useMe();
  const cleared = useForgetDocument(documentId, participantId, true);
  useDocumentTitle(null);
  // The document list must not offer it any more.
  useEffect(refreshMe, [refreshMe]);

  return (
    <>
      <AppHeader />
      <main className="page-body page-body--narrow stack" id="main" data-testid="access-ended">
        <RefusalNotice code={code} />
        {cleared && (
          <p className="notice notice--info" role="status" data-testid="local-copy-cleared">
            {t('connection.localCopyCleared')}
          </p>
        )}
      </main>
    </>
  );
}
