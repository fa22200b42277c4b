/** A group member breaks silence on one paragraph of the revision under silence, with a reason. */
import { useState, type FormEvent } from 'react';
import { MAX_SILENCE_REASON, type SilenceView } from '../../shared/revisions/revision-schemas.js';
import { ApiError } from '../api/api-error';
import { loadState } from '../api/load-state';
import { useI18n } from '../i18n/I18nProvider';
import { useRevisionsContext } from '../revisions/revisions-context';
import { useRevisionQuery } from '../revisions/queries/revision-queries';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { useBreakSilence } from './queries/silence-queries';

const OPTION_LENGTH = 90;

interface BreakSilenceDialogProps {
  procedure: SilenceView;
  /** Preselected when it is a paragraph of the revision under silence. */
  paragraphUnderCursor: string | null;
  onClose: () => void;
}

function optionLabel(number: string | null, text: string): string {
  const excerpt = text.length > OPTION_LENGTH ? `${text.slice(0, OPTION_LENGTH)}…` : text;
  return number ? `${number} ${excerpt}` : excerpt;
}

export function BreakSilenceDialog({ procedure, paragraphUnderCursor, onClose }: BreakSilenceDialogProps) {
  const { t } = useI18n();
  const { documentId, myGroupId } = useRevisionsContext();
  const revisionQuery = useRevisionQuery(documentId, procedure.revision.id);
  const resource = loadState(revisionQuery);
  const breaking = useBreakSilence(documentId);
  // null until the person picks one: until then the paragraph under the cursor is preselected.
  const [picked, setPicked] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const busy = breaking.isPending || breaking.isSuccess;
  const error = breaking.error;
  const [tried, setTried] = useState(false);

  const candidates = resource.status === 'ready' ? resource.data.paragraphs.filter((paragraph) => paragraph.id && paragraph.kind !== 'title') : [];
  const brokenByMyGroup = new Set(procedure.breaks.filter((entry) => entry.groupId === myGroupId).map((entry) => entry.paragraphId));
  const underCursor =
    paragraphUnderCursor && !brokenByMyGroup.has(paragraphUnderCursor) && candidates.some((paragraph) => paragraph.id === paragraphUnderCursor) ? paragraphUnderCursor : '';
  const paragraphId = picked ?? underCursor;
  const chosen = candidates.find((paragraph) => paragraph.id === paragraphId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!paragraphId || !reason.trim()) return;
    breaking.mutate({ paragraphId, reason: reason.trim() }, { onSuccess: onClose });
  }

  const over = error instanceof ApiError && error.code === 'silence_over';
  return (
    <Dialog
      title={t('silence.breakDialog.title', { name: procedure.revision.name })}
      onClose={onClose}
      testId="break-silence-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" type="submit" form="break-silence-form" busy={busy} disabled={resource.status !== 'ready' || over} data-testid="break-silence-confirm">
            {busy ? t('silence.breakDialog.breaking') : t('silence.breakDialog.submit')}
          </Button>
        </>
      }
    >
      <form id="break-silence-form" className="dialog-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="dialog-form__intro">{t('silence.breakDialog.intro')}</p>
        {resource.status === 'loading' && <SkeletonLines count={2} />}
        {resource.status === 'error' && <ErrorBox title={t('silence.breakDialog.loadError')} error={resource.error} onRetry={() => void revisionQuery.refetch()} />}
        {resource.status === 'ready' && (
          <label className="field">
            <span className="field__label">{t('silence.breakDialog.paragraph')}</span>
            <select
              className="input"
              value={paragraphId}
              onChange={(event) => setPicked(event.target.value)}
              aria-invalid={(tried && !paragraphId) || undefined}
              data-testid="break-paragraph-select"
            >
              <option value="">{t('silence.breakDialog.choose')}</option>
              {candidates.map((paragraph) => {
                const id = paragraph.id ?? '';
                const taken = brokenByMyGroup.has(id);
                return (
                  <option key={id} value={id} disabled={taken}>
                    {optionLabel(paragraph.number, paragraph.text)}
                    {taken ? ` — ${t('silence.breakDialog.alreadyBroken')}` : ''}
                  </option>
                );
              })}
            </select>
            {paragraphUnderCursor && paragraphId === paragraphUnderCursor && <span className="field__hint">{t('silence.breakDialog.fromCursor')}</span>}
            {tried && !paragraphId && <span className="field__error">{t('silence.breakDialog.paragraphRequired')}</span>}
          </label>
        )}
        {chosen && <blockquote className="break-quote">{chosen.text}</blockquote>}
        <label className="field">
          <span className="field__label">{t('silence.breakDialog.reason')}</span>
          <textarea
            className="input"
            rows={4}
            value={reason}
            maxLength={MAX_SILENCE_REASON}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={(tried && !reason.trim()) || undefined}
            placeholder={t('silence.breakDialog.reasonPlaceholder')}
            data-testid="break-reason-input"
          />
          {tried && !reason.trim() && <span className="field__error">{t('silence.breakDialog.reasonRequired')}</span>}
        </label>
        {error !== null && (
          <ErrorBox title={t('silence.breakDialog.failed')} error={error} message={over ? t('silence.breakDialog.over') : undefined} />
        )}
      </form>
    </Dialog>
  );
}
