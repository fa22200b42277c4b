/** The Revisions side panel: cut a revision (chair), named revisions, checkpoints and silence procedures. */
import { useState } from 'react';
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import { can } from '../../shared/roles.js';
import { loadState } from '../api/load-state';
import { useI18n } from '../i18n/I18nProvider';
import { useSilenceQuery } from '../silence/queries/silence-queries';
import { SilenceHistory } from '../silence/SilenceHistory';
import { StartSilenceDialog } from '../silence/StartSilenceDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { SidePanel } from '../ui/SidePanel';
import { CheckpointList } from './CheckpointList';
import { CutRevisionForm } from './CutRevisionForm';
import { useRestoreRevision, useRevisionsQuery } from './queries/revision-queries';
import { RevisionItem } from './RevisionItem';
import { checkpoints, namedRevisions } from './revision-names';
import { revisionLabel } from './revision-label';
import { useRevisionsContext } from './revisions-context';

export function RevisionsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { documentId, role } = useRevisionsContext();
  const revisionsQuery = useRevisionsQuery(documentId);
  const revisions = loadState(revisionsQuery);
  const silence = loadState(useSilenceQuery(documentId));
  const restore = useRestoreRevision(documentId);
  const [restoring, setRestoring] = useState<RevisionView | null>(null);
  /** The revision the start-silence dialog was opened for ('' for none in particular); null when closed. */
  const [silenceFor, setSilenceFor] = useState<string | null>(null);

  const all = revisions.status === 'ready' ? revisions.data : [];
  const named = namedRevisions(all);
  const current = silence.status === 'ready' ? silence.data.current : null;
  const mayRestore = can(role, 'revisions.restore');
  const mayRunSilence = can(role, 'silence.run');

  return (
    <SidePanel name="revisions" title={t('revisions.heading')} count={revisions.status === 'ready' ? named.length : null} onClose={onClose} className="revisions-panel">
      {can(role, 'revisions.cut') ? (
        <CutRevisionForm existingNames={named.map((revision) => revision.name)} />
      ) : (
        <p className="side-panel__note">{t('revisions.readOnlyNote')}</p>
      )}
      {revisions.status === 'loading' && <SkeletonLines count={6} />}
      {revisions.status === 'error' && <ErrorBox title={t('revisions.loadError')} error={revisions.error} onRetry={() => void revisionsQuery.refetch()} />}
      {revisions.status === 'ready' && (
        <>
          <section className="panel-section" aria-labelledby="named-revisions-heading">
            <h3 className="panel-section__heading" id="named-revisions-heading">
              {t('revisions.named')}
            </h3>
            {named.length === 0 ? (
              <p className="panel-empty">{t('revisions.empty')}</p>
            ) : (
              <ul className="revision-list" data-testid="named-revisions">
                {named.map((revision) => (
                  <RevisionItem
                    key={revision.id}
                    revision={revision}
                    all={all}
                    underSilence={current?.revision.id === revision.id}
                    onRestore={mayRestore ? () => setRestoring(revision) : undefined}
                    onStartSilence={mayRunSilence && !current ? () => setSilenceFor(revision.id) : undefined}
                  />
                ))}
              </ul>
            )}
          </section>
          <CheckpointList checkpoints={checkpoints(all)} all={all} onRestore={mayRestore ? setRestoring : undefined} />
        </>
      )}
      <SilenceHistory onStart={mayRunSilence && !current && named.length > 0 ? () => setSilenceFor('') : undefined} />
      {restoring && (
      <ConfirmDialog
        title={t('revisions.restoreTitle', { name: revisionLabel(t, restoring) })}
        body={t('revisions.restoreBody', { name: revisionLabel(t, restoring) })}
        confirmLabel={t('revisions.restoreConfirm')}
        busyLabel={t('revisions.restoring')}
        onConfirm={async () => {
          await restore.mutateAsync(restoring.id);
        }}
        onClose={() => setRestoring(null)}
      />
      )}
      {silenceFor !== null && <StartSilenceDialog initialRevisionId={silenceFor} onClose={() => setSilenceFor(null)} />}
    </SidePanel>
  );
}
