/** Picks one side of a comparison: the live text, a named revision or a checkpoint. */
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import { checkpoints, namedRevisions } from './revision-names';
import { revisionLabel } from './revision-label';
import { LIVE } from './revisions-api';

interface CompareSidePickerProps {
  label: string;
  value: string;
  revisions: readonly RevisionView[];
  onChange: (value: string) => void;
  testId: string;
}

export function CompareSidePicker({ label, value, revisions, onChange, testId }: CompareSidePickerProps) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  const known = value === LIVE || revisions.some((revision) => revision.id === value);
  const option = (revision: RevisionView) => (
    <option key={revision.id} value={revision.id}>
      {revision.kind === 'named' ? revisionLabel(t, revision) : `${revisionLabel(t, revision)} — ${formatDateTime(revision.createdAt)}`}
    </option>
  );
  return (
    <label className="compare-side">
      <span className="compare-side__label">{label}</span>
      <select className="input compare-side__select" value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        <option value={LIVE}>{t('compare.live')}</option>
        {!known && <option value={value}>{value}</option>}
        <optgroup label={t('revisions.named')}>{namedRevisions(revisions).map(option)}</optgroup>
        <optgroup label={t('revisions.checkpoints')}>{checkpoints(revisions).map(option)}</optgroup>
      </select>
    </label>
  );
}
