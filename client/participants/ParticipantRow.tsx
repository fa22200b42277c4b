/** One participant: avatar, name, group chip, role, since when; and a revoke button for the chair. */
import type { ParticipantView } from '../../shared/api/participants.js';
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';
import { useI18n } from '../i18n/I18nProvider';
import { useFormatDateTime } from '../i18n/format-date';
import { Avatar } from '../presence/Avatar';
import { colourFor } from '../presence/group-color';
import { Button } from '../ui/Button';
import { GroupChip } from '../ui/GroupChip';
import { RoleBadge } from '../ui/RoleBadge';

interface ParticipantRowProps {
  participant: ParticipantView;
  groups: readonly StakeholderGroup[];
  isSelf: boolean;
  isPresent: boolean;
  onRevoke?: () => void;
}

export function ParticipantRow({ participant, groups, isSelf, isPresent, onRevoke }: ParticipantRowProps) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  const revoked = participant.revokedAt !== null;
  return (
    <li
      className={`participant-row${revoked ? ' participant-row--revoked' : ''}`}
      data-testid="participant-row"
      data-participant-id={participant.id}
      data-revoked={revoked || undefined}
    >
      <span className="participant-row__avatar">
        <Avatar name={participant.name} color={colourFor(groups, participant.groupId)} size="small" />
        {isPresent && !revoked && <span className="participant-row__online" role="img" title={t('participants.online')} aria-label={t('participants.online')} />}
      </span>
      <div className="participant-row__main">
        <span className="participant-row__name">
          {participant.name}
          {isSelf && <span className="participant-row__you"> ({t('common.you')})</span>}
        </span>
        <span className="participant-row__meta">
          <GroupChip group={findGroup(groups, participant.groupId)} fallbackId={participant.groupId} />
          <RoleBadge role={participant.role} />
        </span>
        <span className="participant-row__date">
          {revoked && participant.revokedAt
            ? t('participants.revokedOn', { date: formatDateTime(participant.revokedAt) })
            : t('participants.invitedOn', { date: formatDateTime(participant.invitedAt) })}
        </span>
      </div>
      {onRevoke && (
        <Button
          size="small"
          variant="ghost"
          className="participant-row__revoke"
          onClick={onRevoke}
          aria-label={t('participants.revokeLabel', { name: participant.name })}
          title={t('participants.revokeLabel', { name: participant.name })}
          data-testid="revoke-button"
        >
          {t('participants.revoke')}
        </Button>
      )}
    </li>
  );
}
