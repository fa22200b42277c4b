/** The counts of a comparison at a glance: changed, added, deleted, moved, renumbered, unchanged. */
import type { Comparison } from '../../shared/revisions/revision-schemas.js';
import { statusChanged } from './compare-rows';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

type SummaryKey = keyof Comparison['summary'] | 'status';

const ITEMS: ReadonlyArray<{ key: SummaryKey; label: MessageKey }> = [
  { key: 'changed', label: 'compare.summary.changed' },
  { key: 'added', label: 'compare.summary.added' },
  { key: 'deleted', label: 'compare.summary.deleted' },
  { key: 'moved', label: 'compare.summary.moved' },
  { key: 'renumbered', label: 'compare.summary.renumbered' },
  { key: 'status', label: 'compare.summary.status' },
  { key: 'unchanged', label: 'compare.summary.unchanged' },
];

/** The server's counts, plus the paragraphs whose status (open, bracketed, agreed) changed. */
export function CompareSummary({ comparison }: { comparison: Comparison }) {
  const { t } = useI18n();
  const summary: Record<SummaryKey, number> = { ...comparison.summary, status: comparison.paragraphs.filter(statusChanged).length };
  const differences = summary.changed + summary.added + summary.deleted + summary.moved + summary.status;
  return (
    <fieldset className="compare-summary" data-testid="compare-summary" aria-label={t('compare.summary.label')}>
      {differences === 0 && <span className="compare-summary__none">{t('compare.summary.none')}</span>}
      <ul className="compare-summary__list">
        {ITEMS.filter((item) => summary[item.key] > 0 || item.key === 'unchanged').map((item) => (
          <li key={item.key} className={`compare-stat compare-stat--${item.key}`} data-kind={item.key} data-count={summary[item.key]}>
            {t(item.label, { count: summary[item.key] })}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
