/** Chooses the paragraph a new paragraph follows, or the one to delete. */
import { useId } from 'react';
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { excerpt, paragraphLabel } from '../amendment-labels';
import type { ParagraphIndex } from '../inline/paragraph-index';

interface ParagraphPickerProps {
  index: ParagraphIndex;
  value: string | null;
  onChange: (paragraphId: string) => void;
  excludeTitle: boolean;
  kind: AmendmentKind;
}

export function ParagraphPicker({ index, value, onChange, excludeTitle, kind }: ParagraphPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const options = index.list.filter((paragraph) => !(excludeTitle && paragraph.kind === 'title'));
  const chosen = value ? index.byId.get(value) : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(kind === 'insert-paragraph' ? 'amendments.compose.after' : 'amendments.compose.paragraph')}
      </label>
      <select id={id} className="input" value={value ?? ''} onChange={(event) => onChange(event.target.value)} data-testid="composer-paragraph">
        {!chosen && <option value="">—</option>}
        {options.map((paragraph) => (
          <option key={paragraph.id} value={paragraph.id}>
            {paragraphLabel(t, paragraph)} — {excerpt(paragraph.text, 70)}
          </option>
        ))}
      </select>
      {chosen && kind === 'delete-paragraph' && <p className="composer__quote composer__quote--deleted">{chosen.text}</p>}
    </div>
  );
}
