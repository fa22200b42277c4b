/** Filters for the amendment list: group, status, paragraph, author, and "mine". */
import { useId } from 'react';
import { AMENDMENT_STATUSES, type AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLabel } from '../../i18n/labels';
import { paragraphLabel, STATUS_KEYS } from '../amendment-labels';
import { useAmendments } from '../store/amendments-context';
import { useCursor } from '../store/cursor-store';
import { ParagraphCombobox } from './ParagraphCombobox';
import { amendedParagraphs, authorsOf, isFiltered, NO_FILTERS, type AmendmentFilters } from './filter-amendments';

interface AmendmentFiltersBarProps {
  filters: AmendmentFilters;
  onChange: (filters: AmendmentFilters) => void;
  amendments: readonly AmendmentView[];
  shown: number;
}

export function AmendmentFiltersBar({ filters, onChange, amendments, shown }: AmendmentFiltersBarProps) {
  const { t } = useI18n();
  const { summary } = useAmendments();
  const outline = useCursor((state) => state.outline);
  const ids = { group: useId(), status: useId(), author: useId(), mine: useId() };
  const order = new Map(outline?.list.map((paragraph) => [paragraph.id, paragraph.index]));
  const paragraphs = amendedParagraphs(amendments, order).map((id) => {
    const paragraph = outline?.byId.get(id);
    return { id, label: paragraphLabel(t, paragraph), text: paragraph?.text ?? '' };
  });
  const set = (patch: Partial<AmendmentFilters>) => onChange({ ...filters, ...patch });

  return (
    <fieldset className="amendment-filters" aria-label={t('amendments.filters')} data-testid="amendment-filters">
      <div className="amendment-filters__grid">
        <label className="amendment-filters__field" htmlFor={ids.group}>
          <span>{t('amendments.filter.group')}</span>
          <select id={ids.group} className="input input--compact" value={filters.group} onChange={(event) => set({ group: event.target.value })} data-testid="filter-group">
            <option value="">{t('amendments.filter.all')}</option>
            {summary.groups.map((group) => (
              <option key={group.id} value={group.id}>
                {groupLabel(t, group)}
              </option>
            ))}
          </select>
        </label>
        <label className="amendment-filters__field" htmlFor={ids.status}>
          <span>{t('amendments.filter.status')}</span>
          <select id={ids.status} className="input input--compact" value={filters.status} onChange={(event) => set({ status: event.target.value as AmendmentFilters['status'] })} data-testid="filter-status">
            <option value="">{t('amendments.filter.all')}</option>
            {AMENDMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_KEYS[status])}
              </option>
            ))}
          </select>
        </label>
        <div className="amendment-filters__field amendment-filters__field--wide">
          <ParagraphCombobox
            label={t('amendments.filter.paragraph')}
            options={paragraphs}
            value={filters.paragraph}
            onChange={(paragraph) => set({ paragraph })}
            testId="filter-paragraph"
          />
        </div>
        <label className="amendment-filters__field" htmlFor={ids.author}>
          <span>{t('amendments.filter.author')}</span>
          <select id={ids.author} className="input input--compact" value={filters.author} onChange={(event) => set({ author: event.target.value })} data-testid="filter-author">
            <option value="">{t('amendments.filter.all')}</option>
            {authorsOf(amendments).map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="amendment-filters__row">
        <label className="checkbox" htmlFor={ids.mine}>
          <input id={ids.mine} type="checkbox" checked={filters.mine} onChange={(event) => set({ mine: event.target.checked })} data-testid="filter-mine" />
          {t('amendments.filter.mine')}
        </label>
        <span className="amendment-filters__count" aria-live="polite">
          {t('amendments.filter.shown', { shown, total: amendments.length })}
        </span>
        {isFiltered(filters) && (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            {t('amendments.filter.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
