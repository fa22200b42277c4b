/** A document open for work: header with presence and status, the live text, and the participants panel. */
import { useEffect, useMemo, useState } from 'react';
import { REFUSED_UPDATE_CLOSE_CODE } from '../../shared/collab/limits.js';
import type { DocumentSummary } from '../../shared/api/documents.js';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import { can, canEditText } from '../../shared/roles.js';
import { AmendmentsHeaderButtons } from '../amendments/AmendmentsHeaderButtons';
import { AmendmentsPanel } from '../amendments/panel/AmendmentsPanel';
import { AmendmentsProvider } from '../amendments/store/AmendmentsProvider';
import { useSignedIn } from '../auth/AuthProvider';
import { useMe } from '../auth/MeProvider';
import { EditorArea } from '../editor/EditorArea';
import { RefusalNotice } from '../editor/RefusalNotice';
import { isLockRefusal } from '../editor/refusal-message';
import { useCollabSession } from '../editor/use-collab-session';
import { useConnectionState } from '../editor/use-connection-state';
import { useUnsentChanges } from '../editor/use-unsent-changes';
import { useEventStreamState } from '../events/DocumentEventsProvider';
import { ExportButton } from '../export/ExportButton';
import { useI18n } from '../i18n/I18nProvider';
import { clearDocumentCopies } from '../local-data/clear-local-data';
import { ParagraphProgress } from '../paragraph-status/ParagraphProgress';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { useCompareSides } from '../revisions/compare-location';
import { CompareView } from '../revisions/CompareView';
import { RevisionsButton } from '../revisions/RevisionsButton';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { SilenceBanner } from '../silence/SilenceBanner';
import { PanelTabs } from '../ui/PanelTabs';
import { colourFor } from '../presence/group-color';
import { usePresence } from '../presence/use-presence';
import { AuditLink } from '../audit/AuditLink';
import { useRevisionsContext } from '../revisions/revisions-context';
import { accessEndCode } from './access-end';
import { HeaderMoreMenu } from './HeaderMoreMenu';
import { DocumentHeader } from './DocumentHeader';
import { useRenameDocument } from './queries/document-queries';
import { useDocumentTitle } from './use-document-title';
import { useLiveTitle } from './use-live-title';

interface DocumentWorkspaceProps {
  summary: DocumentSummary;
  /** Access was revoked (or the sign-in no longer accepted): the page must let go of the text. */
  onAccessEnded: (code: number) => void;
}

export function DocumentWorkspace({ summary, onAccessEnded }: DocumentWorkspaceProps) {
  const { token } = useSignedIn();
  const renaming = useRenameDocument(summary.id);
  const { me } = useMe();
  const [panelOpen, setPanelOpen] = useState(false);
  const [panelTab, setPanelTab] = useState<'participants' | 'revisions' | 'amendments'>('participants');
  const { t } = useI18n();
  const comparing = useCompareSides();
  const { openExport } = useRevisionsContext();
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

  const session = useCollabSession(summary.id, token, me.person.id, user);
  const connection = useConnectionState(session);
  const stream = useEventStreamState();
  const endedWith = accessEndCode(connection, stream);
  const unsent = useUnsentChanges(session);
  const people = usePresence(session, summary.myParticipantId);
  const title = useLiveTitle(session, summary.title);
  useDocumentTitle(title);

  const mayEdit = canEditText(summary.myRole);
  const presentIds = useMemo(() => new Set(people.map((person) => person.user.participantId)), [people]);

  useEffect(() => {
    if (endedWith !== null) onAccessEnded(endedWith);
  }, [endedWith, onAccessEnded]);

  // The comparison is a full-width view: make room for it.
  useEffect(() => {
    if (comparing) setPanelOpen(false);
  }, [comparing]);

  function togglePanel(tab: typeof panelTab) {
    if (panelOpen && panelTab === tab) return setPanelOpen(false);
    setPanelTab(tab);
    setPanelOpen(true);
  }

  function showAmendments(open: boolean) {
    if (open) setPanelTab('amendments');
    setPanelOpen(open);
  }

  async function rename(next: string) {
    await renaming.mutateAsync(next);
  }

  // This device's copy holds the refused change, which it would send again on every reconnect.
  async function reloadLiveText() {
    await session?.persistence.destroy();
    await clearDocumentCopies(summary.id, me.person.id, [summary.myParticipantId]);
    location.reload();
  }

  if (endedWith !== null) return null;

  return (
    <AmendmentsProvider summary={summary} panelOpen={panelOpen && panelTab === 'amendments'} onPanelOpenChange={showAmendments}>
    <div className={`workspace${panelOpen ? ' workspace--with-panel' : ''}`}>
      <DocumentHeader
        summary={summary}
        title={title}
        mayRename={can(summary.myRole, 'document.rename')}
        onRename={rename}
        connection={connection}
        unsent={unsent}
        people={people}
        panelOpen={panelOpen && panelTab === 'participants'}
        onTogglePanel={() => togglePanel('participants')}
        meta={<ParagraphProgress session={session} />}
        tools={
          <>
            <AmendmentsHeaderButtons />
            <RevisionsButton expanded={panelOpen && panelTab === 'revisions'} onClick={() => togglePanel('revisions')} />
            <ExportButton />
            <AuditLink documentId={summary.id} />
          </>
        }
        more={<HeaderMoreMenu documentId={summary.id} onAmendments={() => togglePanel('amendments')} onParticipants={() => togglePanel('participants')} onRevisions={() => togglePanel('revisions')} onExport={() => openExport()} />}
      />
      {connection.kind === 'refused' && (
        <RefusalNotice
          code={connection.code}
          reason={connection.reason}
          onReloadLiveText={connection.code === REFUSED_UPDATE_CLOSE_CODE || isLockRefusal(connection.code, connection.reason) ? () => void reloadLiveText() : undefined}
        />
      )}
      <SilenceBanner />
      <div className="workspace__body">
        <main className="workspace__main" id={comparing ? undefined : 'main'} hidden={comparing !== null}>
          <EditorArea documentId={summary.id} session={session} connection={connection} user={user} groups={summary.groups} mayEdit={mayEdit} mayPropose={can(summary.myRole, 'amendments.propose')} limits={summary.limits} />
        </main>
        {comparing && (
          // The comparison is the page's main content while it shows (the editor's main is hidden).
          <main className="workspace__compare" id="main">
            <CompareView key={`${comparing.from}:${comparing.to}`} sides={comparing} />
          </main>
        )}
        {panelOpen && (
          <section className="side-panel-frame" aria-label={t('panel.tabs')}>
            <PanelTabs
              label={t('panel.tabs')}
              current={panelTab}
              onSelect={setPanelTab}
              tabs={[
                { id: 'amendments', label: t('amendments.heading'), controls: 'amendments-panel' },
                { id: 'participants', label: t('participants.heading'), controls: 'participants-panel' },
                { id: 'revisions', label: t('revisions.heading'), controls: 'revisions-panel' },
              ]}
            />
            {panelTab === 'amendments' && <AmendmentsPanel />}
            {panelTab === 'participants' && <ParticipantsPanel summary={summary} presentIds={presentIds} onClose={() => setPanelOpen(false)} />}
            {panelTab === 'revisions' && <RevisionsPanel onClose={() => setPanelOpen(false)} />}
          </section>
        )}
      </div>
    </div>
    </AmendmentsProvider>
  );
}
