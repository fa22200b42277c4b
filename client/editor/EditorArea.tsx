/** Where the text goes: a placeholder page until the text is available, then the editor. */
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import type { DocumentLimits } from '../../shared/collab/limits.js';
import type { StakeholderGroup } from '../../shared/groups.js';
import { SuggestingBanner } from '../amendments/editor/SuggestingBanner';
import { useI18n } from '../i18n/I18nProvider';
import { SkeletonLines } from '../ui/Skeleton';
import { Spinner } from '../ui/Spinner';
import type { CollabSession } from './collab-session';
import type { ConnectionState } from './connection-state';
import { OutcomeEditor } from './OutcomeEditor';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { useParagraphStatuses } from '../paragraph-status/queries/paragraph-queries';
import { useTextReady } from './use-text-ready';

interface EditorAreaProps {
  documentId: string;
  session: CollabSession | null;
  connection: ConnectionState;
  user: PresenceUser;
  groups: readonly StakeholderGroup[];
  mayEdit: boolean;
  /** Whether this person may propose amendments (stakeholders type in suggesting mode). */
  mayPropose: boolean;
  limits: DocumentLimits;
}

function PagePlaceholder({ connection }: { connection: ConnectionState }) {
  const { t } = useI18n();
  const waiting = connection.kind === 'offline';
  return (
    <div className="page-paper page-paper--placeholder" aria-busy="true">
      <p className="page-paper__waiting" role="status">
        {!waiting && <Spinner size="small" />}
        {waiting ? t('editor.waitingForServer') : t('editor.loading')}
      </p>
      <SkeletonLines count={1} className="skeleton--title" />
      <SkeletonLines count={8} />
    </div>
  );
}

export function EditorArea({ documentId, session, connection, user, groups, mayEdit, mayPropose, limits }: EditorAreaProps) {
  const ready = useTextReady(session);
  const statuses = useParagraphStatuses(documentId);
  return (
    <div className="editor-area">
      {!mayEdit && (mayPropose ? <SuggestingBanner /> : <ReadOnlyBanner />)}
      {session && ready ? (
        <OutcomeEditor
          session={session}
          user={user}
          groups={groups}
          mayEdit={mayEdit}
          editable={(mayEdit || mayPropose) && connection.kind !== 'refused'}
          statuses={statuses}
          limits={limits}
        />
      ) : (
        connection.kind !== 'refused' && <PagePlaceholder connection={connection} />
      )}
    </div>
  );
}
