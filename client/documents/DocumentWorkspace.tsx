/** A document open for work: header with presence and status, the live text, and the participants panel. */
import { useMemo, useState } from 'react';
import type { DocumentSummary } from '../../shared/api/documents.js';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import { can, canEditText } from '../../shared/roles.js';
import { renameDocument } from '../api/documents-api';
import { useSignedIn } from '../auth/AuthProvider';
import { useMe } from '../auth/MeProvider';
import { EditorArea } from '../editor/EditorArea';
import { RefusalNotice } from '../editor/RefusalNotice';
import { useCollabSession } from '../editor/use-collab-session';
import { useConnectionState } from '../editor/use-connection-state';
import { useUnsentChanges } from '../editor/use-unsent-changes';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { colourFor } from '../presence/group-color';
import { usePresence } from '../presence/use-presence';
import { DocumentHeader } from './DocumentHeader';
import { useDocumentTitle } from './use-document-title';
import { useLiveTitle } from './use-live-title';

interface DocumentWorkspaceProps {
  summary: DocumentSummary;
  onSummaryChange: (summary: DocumentSummary) => void;
}

export function DocumentWorkspace({ summary, onSummaryChange }: DocumentWorkspaceProps) {
  const { api, token } = useSignedIn();
  const { me } = useMe();
  const [panelOpen, setPanelOpen] = useState(false);
  const user = useMemo<PresenceUser>(
    () => ({
      name: me.person.name,
      color: colourFor(summary.groups, summary.myGroupId),
      groupId: summary.myGroupId,
      role: summary.myRole,
      participantId: summary.myParticipantId,
    }),
    [me.person.name, summary.groups, summary.myGroupId, summary.myRole, summary.myParticipantId],
  );

  const session = useCollabSession(summary.id, token, user);
  const connection = useConnectionState(session);
  const unsent = useUnsentChanges(session);
  const people = usePresence(session, summary.myParticipantId);
  const title = useLiveTitle(session, summary.title);
  useDocumentTitle(title);

  const mayEdit = canEditText(summary.myRole);
  const presentIds = useMemo(() => new Set(people.map((person) => person.user.participantId)), [people]);

  async function rename(next: string) {
    onSummaryChange(await renameDocument(api, summary.id, next));
  }

  return (
    <div className={`workspace${panelOpen ? ' workspace--with-panel' : ''}`}>
      <DocumentHeader
        summary={summary}
        title={title}
        mayRename={can(summary.myRole, 'document.rename')}
        onRename={rename}
        connection={connection}
        unsent={unsent}
        people={people}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((open) => !open)}
      />
      {connection.kind === 'refused' && <RefusalNotice code={connection.code} />}
      <div className="workspace__body">
        <main className="workspace__main" id="main">
          <EditorArea documentId={summary.id} session={session} connection={connection} user={user} groups={summary.groups} mayEdit={mayEdit} />
        </main>
        {panelOpen && <ParticipantsPanel summary={summary} presentIds={presentIds} onClose={() => setPanelOpen(false)} />}
      </div>
    </div>
  );
}
