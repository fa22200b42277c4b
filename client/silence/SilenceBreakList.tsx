/** Who broke silence, on which paragraph and why: one line per break, in the group's colour. */
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';
import type { SilenceView } from '../../shared/revisions/revision-schemas.js';
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import { NEUTRAL_COLOUR } from '../presence/group-color';
import { GroupChip } from '../ui/GroupChip';

type SilenceBreak = SilenceView['breaks'][number];

const EXCERPT = 60;

export function SilenceBreakList({ breaks, groups }: { breaks: readonly SilenceBreak[]; groups: readonly StakeholderGroup[] }) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  return (
    <ul className="silence-breaks" data-testid="silence-breaks">
      {breaks.map((entry) => {
        const group = findGroup(groups, entry.groupId);
        const where = entry.number
          ? t('silence.break.onParagraph', { number: entry.number.replace(/\.$/, '') })
          : t('silence.break.onExcerpt', { excerpt: entry.excerpt.length > EXCERPT ? `${entry.excerpt.slice(0, EXCERPT)}…` : entry.excerpt });
        return (
          <li
            key={`${entry.groupId}:${entry.paragraphId}`}
            className="silence-break"
            style={{ '--group-color': group?.color ?? NEUTRAL_COLOUR }}
            data-testid="silence-break"
            data-paragraph-id={entry.paragraphId}
          >
            <div className="silence-break__head">
              <GroupChip group={group} fallbackId={entry.groupId} />
              <span className="silence-break__where">{where}</span>
            </div>
            <p className="silence-break__reason">{entry.reason}</p>
            <span className="silence-break__by">
              {t('silence.break.by', { name: entry.by.name })} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
