/** Every silence procedure on the document, newest first, with its outcome and breaks. */
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import { loadState } from '../api/load-state';
import { useRevisionsContext } from '../revisions/revisions-context';
import { Button } from '../ui/Button';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { useSilenceQuery } from './queries/silence-queries';
import { SilenceBreakList } from './SilenceBreakList';
import { SilenceOutcomeBadge } from './SilenceOutcomeBadge';
import { formatDeadline } from './silence-time';

export function SilenceHistory({ onStart }: { onStart?: () => void }) {
  const { t, locale } = useI18n();
  const formatDateTime = useFormatDateTime();
  const { documentId, groups } = useRevisionsContext();
  const query = useSilenceQuery(documentId);
  const silence = loadState(query);

  return (
    <section className="panel-section" aria-labelledby="silence-history-heading" data-testid="silence-history">
      <div className="panel-section__top">
        <h3 className="panel-section__heading" id="silence-history-heading">
          {t('silence.history')}
        </h3>
        {onStart && (
          <Button size="small" onClick={onStart} data-testid="open-start-silence">
            {t('silence.startEllipsis')}
          </Button>
        )}
      </div>
      {silence.status === 'loading' && <SkeletonLines count={2} />}
      {silence.status === 'error' && <ErrorBox title={t('silence.loadError')} error={silence.error} onRetry={() => void query.refetch()} />}
      {silence.status === 'ready' &&
        (silence.data.procedures.length === 0 ? (
          <p className="panel-empty">{t('silence.historyEmpty')}</p>
        ) : (
          <ul className="silence-history">
            {silence.data.procedures.map((procedure) => (
              <li key={procedure.id} className="silence-history__item" data-testid="silence-procedure" data-outcome={procedure.outcome ?? 'running'}>
                <div className="silence-history__head">
                  <span className="silence-history__name">{procedure.revision.name}</span>
                  <SilenceOutcomeBadge outcome={procedure.outcome} />
                </div>
                <div className="silence-history__meta">
                  {t('silence.startedBy', { name: procedure.startedBy.name, date: formatDateTime(procedure.startedAt) })}
                </div>
                <div className="silence-history__meta">
                  {t('silence.deadlineWas', { deadline: formatDeadline(procedure.deadline, locale) })}
                </div>
                {procedure.breaks.length > 0 && <SilenceBreakList breaks={procedure.breaks} groups={groups} />}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
