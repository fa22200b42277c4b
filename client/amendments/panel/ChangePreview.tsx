/** What an amendment changes, in a line: the current words struck through, the proposed ones after them. */
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';

interface ChangePreviewProps {
  kind: AmendmentKind;
  expected: string;
  proposed: string;
  /** Long paragraph texts are cut short in lists. */
  clamp?: boolean;
}

export function ChangePreview({ kind, expected, proposed, clamp = true }: ChangePreviewProps) {
  const { t } = useI18n();
  const className = `change-preview${clamp ? ' change-preview--clamp' : ''}`;
  if (kind === 'insert-paragraph') {
    return (
      <p className={className} data-testid="change-preview">
        <span className="change-preview__label">{t('amendments.preview.newParagraph')}</span>
        <ins className="change-preview__ins">{proposed}</ins>
      </p>
    );
  }
  if (kind === 'delete-paragraph') {
    return (
      <p className={className} data-testid="change-preview">
        <span className="change-preview__label">{t('amendments.preview.deleteParagraph')}</span>
        <del className="change-preview__del">{expected}</del>
      </p>
    );
  }
  return (
    <p className={className} data-testid="change-preview">
      {expected && <del className="change-preview__del">{expected}</del>}
      {expected && proposed && <span className="change-preview__arrow" aria-hidden="true">→</span>}
      {proposed && <ins className="change-preview__ins">{proposed}</ins>}
      {!expected && !proposed && <span className="change-preview__label">{t('amendments.drafts.noChange')}</span>}
    </p>
  );
}
