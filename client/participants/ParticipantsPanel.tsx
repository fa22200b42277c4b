/** The side panel of participants: the chair invites and revokes; everyone else sees the list. */
import { useState } from 'react';
import type { DocumentSummary } from '../../shared/api/documents.js';
import type { Invitation } from '../../shared/api/participants.js';
import { can } from '../../shared/roles.js';
import { loadState } from '../api/load-state';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { SidePanel } from '../ui/SidePanel';
import { InvitationLink } from './InvitationLink';
import { InviteForm } from './InviteForm';
import { ParticipantList } from './ParticipantList';
import { useParticipantsQuery } from './queries/participant-queries';

interface ParticipantsPanelProps {
  summary: DocumentSummary;
  presentIds: ReadonlySet<string>;
  onClose: () => void;
}

export function ParticipantsPanel({ summary, presentIds, onClose }: ParticipantsPanelProps) {
  const { t } = useI18n();
  const query = useParticipantsQuery(summary.id);
  const resource = loadState(query);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const mayInvite = can(summary.myRole, 'participants.invite');

  return (
    <SidePanel name="participants" title={t('participants.heading')} count={resource.status === 'ready' ? resource.data.filter((p) => !p.revokedAt).length : null} onClose={onClose}>
      {mayInvite ? (
        invitation ? (
          <InvitationLink invitation={invitation} onDone={() => setInvitation(null)} />
        ) : (
          <InviteForm
            documentId={summary.id}
            groups={summary.groups}
            onInvited={(created) => {
              setInvitation(created);
            }}
          />
        )
      ) : (
        <p className="side-panel__note">{t('participants.readOnlyNote')}</p>
      )}
      {resource.status === 'loading' && <SkeletonLines count={5} />}
      {resource.status === 'error' && <ErrorBox title={t('participants.loadError')} error={resource.error} onRetry={() => void query.refetch()} />}
      {resource.status === 'ready' && (
        <ParticipantList
          documentId={summary.id}
          participants={resource.data}
          groups={summary.groups}
          myParticipantId={summary.myParticipantId}
          mayRevoke={can(summary.myRole, 'participants.revoke')}
          presentIds={presentIds}
        />
      )}
    </SidePanel>
  );
}
