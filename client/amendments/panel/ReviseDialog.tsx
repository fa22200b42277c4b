/**
 * The author rewords an open amendment, or re-targets a stale one: the paragraph's current text is
 * shown, and selecting words in it (or placing the cursor, for an insertion) says what the amendment
 * now changes.
 */
import { useId, useRef, useState } from 'react';
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { failureTitleKey } from '../action-feedback';
import type { ReviseBody } from '../amendments-api';
import { useReviseAmendment } from '../queries/amendment-mutations';
import { staleReasonText } from '../stale-reason';
import { useAmendments } from '../store/amendments-context';
import { useCursor } from '../store/cursor-store';
import { useToasts } from '../toasts/ToastProvider';

interface ReviseDialogProps {
  amendment: AmendmentView;
  onClose: () => void;
}

interface Target {
  from: number;
  to: number;
}

export function ReviseDialog({ amendment, onClose }: ReviseDialogProps) {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary } = useAmendments();
  const outline = useCursor((state) => state.outline);
  const revising = useReviseAmendment(summary.id);
  const ids = { text: useId(), proposed: useId(), rationale: useId() };
  const textKind = amendment.kind === 'replace' || amendment.kind === 'insert' || amendment.kind === 'delete';
  const paragraph = outline?.byId.get(amendment.paragraphId);
  const [target, setTarget] = useState<Target | null>(null);
  const [proposed, setProposed] = useState(amendment.proposed);
  const [rationale, setRationale] = useState(amendment.rationale);
  const [invalid, setInvalid] = useState<string | null>(null);
  const busy = revising.isPending || revising.isSuccess;
  const failure = invalid ?? (revising.error ? `${t(failureTitleKey(revising.error))} — ${errorMessage(t, revising.error)}` : null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const mustRetarget = textKind && amendment.status === 'stale';
  const chosen = target && paragraph ? paragraph.text.slice(target.from, target.to) : null;

  // A textarea keeps its selection when focus moves on, so it is read again at submit time too.
  function readSelection(): Target | null {
    const area = textRef.current;
    if (!area || document.activeElement !== area && !target) return target;
    const next = { from: area.selectionStart, to: area.selectionEnd };
    setTarget(next);
    return next;
  }

  function problem(target: Target | null): string | null {
    if (!textKind) return null;
    if (mustRetarget && !target) return t('amendments.revise.pickTarget');
    if (target && amendment.kind === 'insert' && target.from !== target.to) return t('amendments.revise.pickPoint');
    if (target && amendment.kind !== 'insert' && target.from === target.to) return t('amendments.revise.pickWords');
    if (amendment.kind !== 'delete' && proposed === '') return t('amendments.compose.needText');
    return null;
  }

  function submit() {
    const target = readSelection();
    const chosen = target && paragraph ? paragraph.text.slice(target.from, target.to) : null;
    const issue = problem(target);
    setInvalid(issue);
    if (issue) return;
    const body: ReviseBody = { rationale: rationale.trim() };
    if (amendment.kind !== 'delete' && amendment.kind !== 'delete-paragraph') body.proposed = amendment.kind === 'insert-paragraph' ? proposed.trim() : proposed;
    if (target && paragraph && chosen !== null) Object.assign(body, { from: target.from, to: target.to, expected: chosen });
    revising.reset();
    revising.mutate(
      { amendmentId: amendment.id, body },
      {
        onSuccess: () => {
          push({ tone: 'success', title: t('amendments.toast.revised') });
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      title={t('amendments.revise.title')}
      onClose={onClose}
      size="wide"
      testId="revise-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={busy} onClick={submit} data-testid="revise-submit">
            {t('amendments.revise.submit')}
          </Button>
        </>
      }
    >
      <div className="composer">
        {amendment.staleReason && <p className="notice notice--warning">{t('amendments.card.stale', { reason: staleReasonText(t, amendment, summary.groups, (id) => outline?.byId.get(id)) })}</p>}
        {textKind && paragraph && (
          <label className="field" htmlFor={ids.text}>
            <span className="field__label">{t('amendments.revise.target')}</span>
            <textarea
              id={ids.text}
              ref={textRef}
              className="input composer__source"
              rows={4}
              readOnly
              value={paragraph.text}
              onSelect={() => readSelection()}
              onMouseUp={() => readSelection()}
              onKeyUp={() => readSelection()}
              data-testid="revise-source"
            />
            <span className="field__hint">
              {chosen === null
                ? t(amendment.kind === 'insert' ? 'amendments.revise.hintPoint' : 'amendments.revise.hintWords')
                : chosen === ''
                  ? t('amendments.compose.insertPoint')
                  : t('amendments.revise.chosen', { text: chosen })}
            </span>
          </label>
        )}
        {textKind && !paragraph && <p className="notice notice--warning">{t('amendments.paragraph.gone')}</p>}
        {amendment.kind !== 'delete' && amendment.kind !== 'delete-paragraph' && (
          <label className="field" htmlFor={ids.proposed}>
            <span className="field__label">{t('amendments.compose.proposed')}</span>
            <textarea id={ids.proposed} className="input" rows={3} value={proposed} onChange={(event) => setProposed(event.target.value)} />
          </label>
        )}
        <label className="field" htmlFor={ids.rationale}>
          <span className="field__label">{t('amendments.compose.rationale')}</span>
          <textarea id={ids.rationale} className="input" rows={3} value={rationale} onChange={(event) => setRationale(event.target.value)} />
        </label>
        {failure && (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        )}
      </div>
    </Dialog>
  );
}
