/** What, group and who: the audit log's three filters, with a way back to everything. */
import type { StakeholderGroup } from '../../shared/groups.js';
import { useI18n } from '../i18n/I18nProvider';
import { groupLabel } from '../i18n/labels';
import { AUDIT_CATEGORIES, NO_AUDIT_FILTERS, SYSTEM_ACTOR, type AuditCategory, type AuditFilters } from './audit-filters';

interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  groups: readonly StakeholderGroup[];
  actors: readonly { id: string; name: string }[];
}

const isCategory = (value: string): value is AuditCategory => (AUDIT_CATEGORIES as readonly string[]).includes(value);

export function AuditFiltersBar({ filters, onChange, groups, actors }: AuditFiltersBarProps) {
  const { t } = useI18n();
  const filtered = filters.category !== 'all' || filters.groupId !== '' || filters.participantId !== '';
  return (
    <fieldset className="audit-filters" data-testid="audit-filters">
      <legend className="visually-hidden">{t('audit.filters')}</legend>
      <label className="field">
        <span className="field__label">{t('audit.filter.category')}</span>
        <select
          className="input input--compact"
          value={filters.category}
          data-testid="audit-filter-category"
          onChange={(event) => {
            const value = event.target.value;
            if (isCategory(value)) onChange({ ...filters, category: value });
          }}
        >
          {AUDIT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`audit.category.${category}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('audit.filter.group')}</span>
        <select className="input input--compact" value={filters.groupId} data-testid="audit-filter-group" onChange={(event) => onChange({ ...filters, groupId: event.target.value })}>
          <option value="">{t('audit.filter.any')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {groupLabel(t, group)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('audit.filter.person')}</span>
        <select
          className="input input--compact"
          value={filters.participantId}
          data-testid="audit-filter-person"
          onChange={(event) => onChange({ ...filters, participantId: event.target.value })}
        >
          <option value="">{t('audit.filter.any')}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
          <option value={SYSTEM_ACTOR}>{t('audit.system')}</option>
        </select>
      </label>
      {filtered && (
        <button type="button" className="button button--ghost button--small audit-filters__clear" onClick={() => onChange(NO_AUDIT_FILTERS)}>
          {t('audit.filter.clear')}
        </button>
      )}
    </fieldset>
  );
}
