/** One revision in the panel: name, who cut it and when, who changed the text since the one before, and actions. */
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { openComparison } from './compare-location';
import { PersonChip } from './PersonChip';
import { previousRevision } from './revision-names';
import { revisionLabel } from './revision-label';
import { useRevisionsContext } from './revisions-context';
import { LIVE } from './revisions-api';

interface RevisionItemProps {
  revision: RevisionView;
  all: readonly RevisionView[];
  underSilence: boolean;
  onRestore?: () => void;
  onStartSilence?: () => void;
}

export function RevisionItem({ revision, all, underSilence, onRestore, onStartSilence }: RevisionItemProps) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  const { documentId, groups, openExport } = useRevisionsContext();
  const previous = previousRevision(all, revision);
  const restoredFrom = revision.restoredFrom ? all.find((candidate) => candidate.id === revision.restoredFrom) : undefined;
  const named = revision.kind === 'named';
  const label = revisionLabel(t, revision, all);

  return (
    <li className={`revision-item revision-item--${revision.kind}`} data-testid="revision-item" data-revision-id={revision.id} data-kind={revision.kind}>
      <div className="revision-item__head">
        <span className="revision-item__name">{label}</span>
        {underSilence && <span className="revision-badge revision-badge--silence">{t('revisions.underSilence')}</span>}
      </div>
      <div className="revision-item__meta">
        <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
        {' · '}
        {revision.createdBy ? t('revisions.cutBy', { name: revision.createdBy.name }) : t('revisions.automatic')}
        {restoredFrom && <> · {t('revisions.restoredFrom', { name: revisionLabel(t, restoredFrom) })}</>}
      </div>
      {named && revision.paragraphCount > 0 && (
        <div className="revision-item__agreed">{t('revisions.agreedCount', { agreed: revision.agreedCount, total: revision.paragraphCount })}</div>
      )}
      <div className="revision-item__contributors">
        {revision.contributors.length === 0 ? (
          <span className="revision-item__none">{t(previous || revision.kind === 'checkpoint' ? 'revisions.noContributors' : 'revisions.noContributorsFirst')}</span>
        ) : (
          <>
            <span className="revision-item__label">{t('revisions.contributors')}</span>
            {revision.contributors.map((person) => (
              <PersonChip key={person.participantId} person={person} groups={groups} />
            ))}
          </>
        )}
      </div>
      <div className="revision-item__compare">
        <span className="revision-item__label">{t('revisions.compareWith')}</span>
        <Button size="small" onClick={() => openComparison(documentId, { from: revision.id, to: LIVE })} data-testid="compare-live-button">
          {t('compare.live')}
        </Button>
        {previous && (
          <Button
            size="small"
            onClick={() => openComparison(documentId, { from: previous.id, to: revision.id })}
            title={t('revisions.comparePreviousTitle', { name: revisionLabel(t, previous) })}
            data-testid="compare-previous-button"
          >
            {revisionLabel(t, previous)}
          </Button>
        )}
      </div>
      <div className="revision-item__actions">
        <button type="button" className="link-button" onClick={() => openExport(revision.id)} aria-label={t('revisions.exportLabel', { name: label })}>
          {t('revisions.export')}
        </button>
        {onStartSilence && (
          <button type="button" className="link-button" onClick={onStartSilence} data-testid="start-silence-button">
            {t('silence.start')}
          </button>
        )}
        {onRestore && (
          <button type="button" className="link-button" onClick={onRestore} aria-label={t('revisions.restoreLabel', { name: label })} data-testid="restore-button">
            {t('revisions.restore')}
          </button>
        )}
      </div>
    </li>
  );
}
