/** The chair puts a named revision under silence until a deadline, entered in the chair's own time zone. */
import { useState, type FormEvent } from 'react';
import { DEFAULT_SILENCE_HOURS } from '../../shared/revisions/revision-schemas.js';
import { loadState } from '../api/load-state';
import { useI18n } from '../i18n/I18nProvider';
import { useRevisionsQuery } from '../revisions/queries/revision-queries';
import { namedRevisions } from '../revisions/revision-names';
import { useRevisionsContext } from '../revisions/revisions-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorBox';
import { useStartSilence } from './queries/silence-queries';
import { formatDeadline, formatRemaining, fromLocalInputValue, toLocalInputValue, viewerTimeZone } from './silence-time';

const HOUR = 3_600_000;
const MAX_DAYS = 30;

interface StartSilenceDialogProps {
  /** The revision to preselect; '' for the newest named revision. */
  initialRevisionId: string;
  onClose: () => void;
}

export function StartSilenceDialog({ initialRevisionId, onClose }: StartSilenceDialogProps) {
  const { t, locale } = useI18n();
  const { documentId } = useRevisionsContext();
  const revisions = loadState(useRevisionsQuery(documentId));
  const starting = useStartSilence(documentId);
  const named = namedRevisions(revisions.status === 'ready' ? revisions.data : []);
  const [revisionId, setRevisionId] = useState(initialRevisionId || named[0]?.id || '');
  const [deadline, setDeadline] = useState(() => toLocalInputValue(new Date(Date.now() + DEFAULT_SILENCE_HOURS * HOUR)));
  const busy = starting.isPending || starting.isSuccess;
  const error = starting.error;

  const now = Date.now();
  const parsed = fromLocalInputValue(deadline);
  const problem = !parsed
    ? t('silence.startDialog.deadlineInvalid')
    : parsed.getTime() <= now
      ? t('silence.startDialog.deadlinePast')
      : parsed.getTime() - now > MAX_DAYS * 24 * HOUR
        ? t('silence.startDialog.deadlineTooFar', { days: MAX_DAYS })
        : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed || problem || !revisionId) return;
    starting.mutate({ revisionId, deadline: parsed.toISOString() }, { onSuccess: onClose });
  }

  return (
    <Dialog
      title={t('silence.startDialog.title')}
      onClose={onClose}
      testId="start-silence-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="start-silence-form" busy={busy} disabled={!revisionId || problem !== null} data-testid="start-silence-confirm">
            {busy ? t('silence.startDialog.starting') : t('silence.startDialog.submit')}
          </Button>
        </>
      }
    >
      <form id="start-silence-form" className="dialog-form" onSubmit={(event) => void submit(event)}>
        <p className="dialog-form__intro">{t('silence.startDialog.intro')}</p>
        <label className="field">
          <span className="field__label">{t('silence.startDialog.revision')}</span>
          <select className="input" value={revisionId} onChange={(event) => setRevisionId(event.target.value)} data-testid="silence-revision-select">
            {named.map((revision) => (
              <option key={revision.id} value={revision.id}>
                {revision.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('silence.startDialog.deadline')}</span>
          <input
            className="input"
            type="datetime-local"
            value={deadline}
            min={toLocalInputValue(new Date(now))}
            onChange={(event) => setDeadline(event.target.value)}
            aria-invalid={problem !== null || undefined}
            aria-describedby="silence-deadline-hint"
            data-testid="silence-deadline-input"
          />
          <span className={problem ? 'field__error' : 'field__hint'} id="silence-deadline-hint">
            {problem ??
              (parsed &&
                t('silence.startDialog.deadlinePreview', {
                  deadline: formatDeadline(parsed.toISOString(), locale),
                  remaining: formatRemaining(t, parsed.getTime() - now) ?? '',
                }))}
          </span>
          <span className="field__hint">{t('silence.startDialog.zone', { zone: viewerTimeZone(), hours: DEFAULT_SILENCE_HOURS })}</span>
        </label>
        {error !== null && <ErrorBox title={t('silence.startDialog.failed')} error={error} />}
      </form>
    </Dialog>
  );
}
