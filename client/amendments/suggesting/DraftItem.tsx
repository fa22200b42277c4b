/** One pending suggestion: where it is, what it changes, its rationale and its two actions. */
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { excerpt, paragraphLabel } from '../amendment-labels';
import { ChangePreview } from '../panel/ChangePreview';
import { useCursor } from '../store/cursor-store';
import type { Draft } from './drafts';

interface DraftItemProps {
  draft: Draft;
  rationale: string;
  onRationale: (text: string) => void;
  busy: boolean;
  disabled: boolean;
  onSubmit: () => void;
  onDiscard: () => void;
}

export function DraftItem({ draft, rationale, onRationale, busy, disabled, onSubmit, onDiscard }: DraftItemProps) {
  const { t } = useI18n();
  const outline = useCursor((state) => state.outline);
  const id = useId();
  const paragraph = outline?.byId.get(draft.paragraphId);
  const unchanged = draft.proposed === draft.expected;
  const kind = draft.from === draft.to ? 'insert' : draft.proposed === '' ? 'delete' : 'replace';
  return (
    <li className="draft-item" data-testid="draft-item" data-draft-id={draft.id}>
      <div className="draft-item__where">
        <span className="draft-item__paragraph">{paragraphLabel(t, paragraph)}</span>
        {paragraph && <span className="draft-item__excerpt">{excerpt(paragraph.text, 48)}</span>}
      </div>
      <ChangePreview kind={kind} expected={draft.expected} proposed={draft.proposed} />
      {draft.lost && <p className="field__error">{t('amendments.drafts.lost')}</p>}
      {!draft.lost && unchanged && <p className="field__hint">{t('amendments.drafts.noChange')}</p>}
      <label className="visually-hidden" htmlFor={id}>
        {t('amendments.drafts.rationale')}
      </label>
      <div className="draft-item__row">
        <input
          id={id}
          className="input draft-item__rationale"
          placeholder={t('amendments.drafts.rationalePlaceholder')}
          value={rationale}
          onChange={(event) => onRationale(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !disabled && !draft.lost && !unchanged) onSubmit();
          }}
          data-testid="draft-rationale"
        />
        <Button size="small" variant="primary" busy={busy} disabled={disabled || draft.lost || unchanged} onClick={onSubmit} data-testid="draft-submit">
          {t('amendments.drafts.submit')}
        </Button>
        <Button size="small" variant="ghost" onClick={onDiscard} data-testid="draft-discard">
          {t('amendments.drafts.discard')}
        </Button>
      </div>
    </li>
  );
}
