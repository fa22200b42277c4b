/** The pending suggestions typed in suggesting mode: each submitted with a rationale, or discarded. */
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { failureToast } from '../action-feedback';
import { dispatchSuggesting } from '../editor/use-editor-slices';
import { useProposeAmendment } from '../queries/amendment-mutations';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';
import { DraftItem } from './DraftItem';
import type { Draft } from './drafts';

interface DraftsTrayProps {
  editor: Editor;
  drafts: readonly Draft[];
}

export function DraftsTray({ editor, drafts }: DraftsTrayProps) {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary } = useAmendments();
  const { periodOpen } = useAmendmentList();
  const proposing = useProposeAmendment(summary.id);
  const [rationales, setRationales] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState(false);
  if (drafts.length === 0) return null;
  const closed = periodOpen === false;
  const ready = drafts.filter((draft) => !draft.lost && draft.proposed !== draft.expected);

  async function submit(draft: Draft): Promise<void> {
    setBusy((current) => new Set(current).add(draft.id));
    try {
      await proposing.mutateAsync({
        paragraphId: draft.paragraphId,
        from: draft.from,
        to: draft.to,
        expected: draft.expected,
        proposed: draft.proposed,
        rationale: rationales.get(draft.id)?.trim() ?? '',
      });
      dispatchSuggesting(editor, { type: 'forget', id: draft.id });
      push({ tone: 'success', title: t('amendments.toast.proposed') });
    } catch (error) {
      push(failureToast(t, error));
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(draft.id);
        return next;
      });
    }
  }

  async function submitAll(): Promise<void> {
    for (const draft of ready) await submit(draft);
  }

  function discard(draft: Draft): void {
    dispatchSuggesting(editor, { type: 'drafts', drafts: drafts.filter((other) => other.id !== draft.id) });
  }

  return (
    <section className={`drafts-tray${collapsed ? ' drafts-tray--collapsed' : ''}`} aria-labelledby="drafts-heading" data-testid="drafts-tray">
      <header className="drafts-tray__header">
        <h2 className="drafts-tray__title" id="drafts-heading">
          {t('amendments.drafts.heading')}
          <span className="side-panel__count">{drafts.length}</span>
        </h2>
        <div className="drafts-tray__tools">
          {!collapsed && ready.length > 1 && (
            <Button size="small" variant="primary" disabled={closed || busy.size > 0} onClick={() => void submitAll()}>
              {t('amendments.drafts.submitAll')}
            </Button>
          )}
          <Button size="small" variant="ghost" aria-expanded={!collapsed} onClick={() => setCollapsed((value) => !value)}>
            {collapsed ? t('amendments.drafts.expand') : t('amendments.drafts.collapse')}
          </Button>
        </div>
      </header>
      {!collapsed && (
        <>
          {closed && <p className="notice notice--warning drafts-tray__notice">{t('amendments.period.closed')}</p>}
          <ol className="drafts-tray__list">
            {drafts.map((draft) => (
              <DraftItem
                key={draft.id}
                draft={draft}
                rationale={rationales.get(draft.id) ?? ''}
                onRationale={(text) => setRationales((current) => new Map(current).set(draft.id, text))}
                busy={busy.has(draft.id)}
                disabled={closed}
                onSubmit={() => void submit(draft)}
                onDiscard={() => discard(draft)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
