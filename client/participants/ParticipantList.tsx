/** Everyone invited to the document, with who is here now; the chair can revoke access (after confirming). */
import { useState } from 'react';
import type { ParticipantView } from '../../shared/api/participants.js';
import type { StakeholderGroup } from '../../shared/groups.js';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ParticipantRow } from './ParticipantRow';
import { useRevokeParticipant } from './queries/participant-queries';

interface ParticipantListProps {
  documentId: string;
  participants: readonly ParticipantView[];
  groups: readonly StakeholderGroup[];
  myParticipantId: string;
  mayRevoke: boolean;
  presentIds: ReadonlySet<string>;
}

/** Active first (present ones on top), then by name; revoked at the end. */
function ordered(participants: readonly ParticipantView[], presentIds: ReadonlySet<string>): ParticipantView[] {
  return [...participants].sort(
    (a, b) =>
      Number(a.revokedAt !== null) - Number(b.revokedAt !== null) ||
      Number(presentIds.has(b.id)) - Number(presentIds.has(a.id)) ||
      a.name.localeCompare(b.name),
  );
}

export function ParticipantList(props: ParticipantListProps) {
  const { documentId, participants, groups, myParticipantId, mayRevoke, presentIds } = props;
  const { t } = useI18n();
  const revoke = useRevokeParticipant(documentId);
  const [revoking, setRevoking] = useState<ParticipantView | null>(null);

  if (participants.length === 0) return <p className="empty-state">{t('participants.empty')}</p>;

  return (
    <>
      <ul className="participant-list" data-testid="participant-list">
        {ordered(participants, presentIds).map((participant) => (
          <ParticipantRow
            key={participant.id}
            participant={participant}
            groups={groups}
            isSelf={participant.id === myParticipantId}
            isPresent={presentIds.has(participant.id)}
            onRevoke={mayRevoke && participant.id !== myParticipantId && !participant.revokedAt ? () => setRevoking(participant) : undefined}
          />
        ))}
      </ul>
      {revoking && (
        <ConfirmDialog
          title={t('participants.revokeTitle')}
          body={t('participants.revokeBody', { name: revoking.name })}
          confirmLabel={t('participants.revokeConfirm')}
          busyLabel={t('participants.revoking')}
          onConfirm={async () => {
            await revoke.mutateAsync(revoking.id);
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </>
  );
}
