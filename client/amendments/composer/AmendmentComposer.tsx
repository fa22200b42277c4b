/** The composer: propose a replacement, insertion or deletion in a paragraph, or a new or deleted paragraph, with a rationale. */
import { useId, useState, type FormEvent } from 'react';
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { failureTitleKey } from '../action-feedback';
import { errorMessage } from '../../api/error-message';
import { KIND_KEYS } from '../amendment-labels';
import type { ParagraphIndex } from '../inline/paragraph-index';
import { useProposeAmendment } from '../queries/amendment-mutations';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';
import { composeBody, type ComposeProblem, type ParagraphKind } from './compose-body';
import { kindsFor, type ComposeTarget } from './compose-target';
import { ComposerTarget } from './ComposerTarget';
import { ParagraphPicker } from './ParagraphPicker';

interface AmendmentComposerProps {
  target: ComposeTarget;
  /** The live paragraphs now (read again at submit time). */
  readIndex: () => ParagraphIndex;
  onClose: () => void;
}

const PROBLEM_KEYS: Record<ComposeProblem, MessageKey> = {
  noParagraph: 'amendments.compose.noParagraph',
  needText: 'amendments.compose.needText',
  nothing: 'amendments.compose.nothing',
  textGone: 'amendments.compose.textGone',
};

const PARAGRAPH_KINDS: ReadonlyArray<{ kind: ParagraphKind; key: MessageKey }> = [
  { kind: 'operative', key: 'kind.operative' },
  { kind: 'preambular', key: 'kind.preambular' },
  { kind: 'subparagraph', key: 'kind.subparagraph' },
  { kind: 'heading', key: 'kind.heading' },
];

export function AmendmentComposer({ target, readIndex, onClose }: AmendmentComposerProps) {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary } = useAmendments();
  const { periodOpen } = useAmendmentList();
  const proposing = useProposeAmendment(summary.id);
  const ids = { kind: useId(), proposed: useId(), rationale: useId(), paragraphKind: useId() };
  const [kind, setKind] = useState<AmendmentKind>(target.kind);
  const [paragraphId, setParagraphId] = useState<string | null>(target.paragraphId);
  const [proposed, setProposed] = useState(target.anchor?.expected ?? '');
  const [paragraphKind, setParagraphKind] = useState<ParagraphKind>('operative');
  const [rationale, setRationale] = useState('');
  const [problem, setProblem] = useState<{ title: string; message?: string } | null>(null);
  const index = readIndex();
  const kinds = kindsFor(target);
  const closed = periodOpen === false;
  const busy = proposing.isPending || proposing.isSuccess;
  const wholeParagraph = kind === 'insert-paragraph' || kind === 'delete-paragraph';

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = composeBody({ kind, paragraphId, anchor: target.anchor, proposed, paragraphKind, rationale }, readIndex());
    if (typeof body === 'string') {
      setProblem({ title: t(PROBLEM_KEYS[body]) });
      return;
    }
    setProblem(null);
    proposing.mutate(body, {
      onSuccess: () => {
        push({ tone: 'success', title: t('amendments.toast.proposed') });
        onClose();
      },
      onError: (error) => setProblem({ title: t(failureTitleKey(error)), message: errorMessage(t, error) }),
    });
  }

  return (
    <Dialog
      title={t('amendments.compose.title')}
      onClose={onClose}
      size="wide"
      testId="amendment-composer"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form={ids.kind} busy={busy} disabled={closed} data-testid="composer-submit">
            {busy ? t('amendments.compose.submitting') : t('amendments.compose.submit')}
          </Button>
        </>
      }
    >
      <form id={ids.kind} className="composer" onSubmit={submit} noValidate>
        {closed && <p className="notice notice--warning">{t('amendments.period.closed')}</p>}
        {target.crossParagraph && <p className="notice notice--info">{t('amendments.compose.multiParagraph')}</p>}
        <fieldset className="composer__kinds">
          <legend className="field__label">{t('amendments.compose.kind')}</legend>
          <div className="segmented" role="radiogroup">
            {kinds.map((option) => (
              <label key={option} className="segmented__option">
                <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} data-testid={`composer-kind-${option}`} />
                <span>{t(KIND_KEYS[option])}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {wholeParagraph ? (
          <ParagraphPicker index={index} value={paragraphId} onChange={setParagraphId} excludeTitle={kind === 'delete-paragraph'} kind={kind} />
        ) : (
          <ComposerTarget index={index} anchor={target.anchor} kind={kind} />
        )}
        {kind === 'insert-paragraph' && (
          <label className="field" htmlFor={ids.paragraphKind}>
            <span className="field__label">{t('amendments.compose.paragraphKind')}</span>
            <select id={ids.paragraphKind} className="input" value={paragraphKind} onChange={(event) => setParagraphKind(event.target.value as ParagraphKind)}>
              {PARAGRAPH_KINDS.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {t(option.key)}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind !== 'delete' && kind !== 'delete-paragraph' && (
          <label className="field" htmlFor={ids.proposed}>
            <span className="field__label">{t(kind === 'insert-paragraph' ? 'amendments.compose.newParagraph' : 'amendments.compose.proposed')}</span>
            <textarea id={ids.proposed} className="input composer__text" rows={kind === 'insert-paragraph' ? 5 : 3} value={proposed} onChange={(event) => setProposed(event.target.value)} autoFocus data-testid="composer-proposed" />
          </label>
        )}
        <label className="field" htmlFor={ids.rationale}>
          <span className="field__label">{t('amendments.compose.rationale')}</span>
          <textarea id={ids.rationale} className="input" rows={3} value={rationale} onChange={(event) => setRationale(event.target.value)} data-testid="composer-rationale" />
          <span className="field__hint">{t('amendments.compose.rationaleHint')}</span>
        </label>
        {problem && (
          <div className="notice notice--error" role="alert" data-testid="composer-error">
            <strong>{problem.title}</strong>
            {problem.message && <span> — {problem.message}</span>}
          </div>
        )}
      </form>
    </Dialog>
  );
}
