/** Automatic checkpoints, kept apart from named revisions and folded away until asked for. */
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import { useI18n } from '../i18n/I18nProvider';
import { RevisionItem } from './RevisionItem';

interface CheckpointListProps {
  checkpoints: readonly RevisionView[];
  all: readonly RevisionView[];
  onRestore?: (revision: RevisionView) => void;
}

export function CheckpointList({ checkpoints, all, onRestore }: CheckpointListProps) {
  const { t } = useI18n();
  return (
    <details className="panel-section checkpoints" data-testid="checkpoints">
      <summary className="panel-section__heading checkpoints__summary">
        {t('revisions.checkpoints')}
        <span className="side-panel__count">{checkpoints.length}</span>
      </summary>
      <p className="side-panel__note">{t('revisions.checkpointsHint')}</p>
      {checkpoints.length > 0 && (
        <ul className="revision-list">
          {checkpoints.map((checkpoint) => (
            <RevisionItem
              key={checkpoint.id}
              revision={checkpoint}
              all={all}
              underSilence={false}
              onRestore={onRestore ? () => onRestore(checkpoint) : undefined}
            />
          ))}
        </ul>
      )}
    </details>
  );
}
