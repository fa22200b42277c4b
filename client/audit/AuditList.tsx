/** The entries, newest first: when, who (with their group's colour) and what happened, with any note. */
import type { AuditEntryView } from '../../shared/api/audit.js';
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import { GroupChip } from '../ui/GroupChip';
import { auditNote, describeAuditEntry, type AuditContext } from './describe-entry';

interface AuditListProps {
  entries: readonly AuditEntryView[];
  context: AuditContext;
  groups: readonly StakeholderGroup[];
}

export function AuditList({ entries, context, groups }: AuditListProps) {
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  return (
    <ol className="audit-list" data-testid="audit-list">
      {entries.map((entry) => {
        const note = auditNote(entry);
        return (
          <li key={entry.seq} className="audit-entry" data-testid="audit-entry" data-action={entry.action}>
            <time className="audit-entry__when" dateTime={entry.at}>
              {formatDate(entry.at)}
            </time>
            <span className="audit-entry__who">
              {entry.participantId === null ? t('audit.system') : (entry.participantName ?? '—')}
              {entry.groupId && <GroupChip group={findGroup(groups, entry.groupId)} fallbackId={entry.groupId} />}
            </span>
            <span className="audit-entry__what" data-testid="audit-entry-text">
              {describeAuditEntry(t, entry, context)}
            </span>
            {note && <q className="audit-entry__note">{note}</q>}
          </li>
        );
      })}
    </ol>
  );
}
