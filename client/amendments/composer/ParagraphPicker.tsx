/** Chooses the paragraph a new paragraph follows, or the one to delete. */
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { paragraphLabel } from '../amendment-labels';
import { ParagraphCombobox } from '../panel/ParagraphCombobox';
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
  const options = index.list.filter((paragraph) => !(excludeTitle && paragraph.kind === 'title'));
  const chosen = value ? index.byId.get(value) : undefined;
  return (
    <div className="field">
      <ParagraphCombobox
        label={t(kind === 'insert-paragraph' ? 'amendments.compose.after' : 'amendments.compose.paragraph')}
        options={options.map((paragraph) => ({ id: paragraph.id, label: paragraphLabel(t, paragraph), text: paragraph.text }))}
        value={value ?? ''}
        onChange={onChange}
        allowAll={false}
        testId="composer-paragraph"
      />
      {chosen && kind === 'delete-paragraph' && <p className="composer__quote composer__quote--deleted">{chosen.text}</p>}
    </div>
  );
}
