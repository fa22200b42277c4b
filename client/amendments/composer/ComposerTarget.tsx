/** The text a composed amendment changes, shown in its paragraph with a little context on each side. */
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { paragraphLabel } from '../amendment-labels';
import type { ParagraphIndex } from '../inline/paragraph-index';
import type { TextAnchor } from '../inline/text-location';

interface ComposerTargetProps {
  index: ParagraphIndex;
  anchor: TextAnchor | null;
  kind: AmendmentKind;
}

export function ComposerTarget({ index, anchor, kind }: ComposerTargetProps) {
  const { t } = useI18n();
  if (!anchor) return <p className="notice notice--info">{t('amendments.compose.selectText')}</p>;
  const paragraph = index.byId.get(anchor.paragraphId);
  return (
    <div className="field">
      <span className="field__label">
        {t(kind === 'insert' ? 'amendments.compose.insertPoint' : 'amendments.compose.current')} · {paragraphLabel(t, paragraph)}
      </span>
      <p className="composer__quote" data-testid="composer-quote">
        <span className="composer__context">…{anchor.contextBefore}</span>
        {kind === 'insert' ? (
          <span className="composer__caret" role="img" aria-label={t('amendments.compose.insertPoint')} />
        ) : (
          <mark className={kind === 'delete' ? 'composer__expected composer__expected--deleted' : 'composer__expected'}>{anchor.expected}</mark>
        )}
        <span className="composer__context">{anchor.contextAfter}…</span>
      </p>
    </div>
  );
}
