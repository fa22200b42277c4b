/** A run of unchanged paragraphs folded into one line that opens on request. */
import type { ComparedParagraph } from '../../shared/revisions/revision-schemas.js';
import { useI18n } from '../i18n/I18nProvider';
import { numberRange } from './compare-rows';

export function FoldedParagraphs({ paragraphs, onUnfold }: { paragraphs: readonly ComparedParagraph[]; onUnfold: () => void }) {
  const { t } = useI18n();
  const range = numberRange(paragraphs);
  return (
    <div className="compare-fold" data-testid="compare-fold" data-count={paragraphs.length}>
      <button type="button" className="compare-fold__button" onClick={onUnfold}>
        <span className="compare-fold__dots" aria-hidden="true">
          ⋯
        </span>
        {range ? t('compare.foldedRange', { count: paragraphs.length, range }) : t('compare.folded', { count: paragraphs.length })}
        <span className="compare-fold__show">{t('compare.show')}</span>
      </button>
    </div>
  );
}
