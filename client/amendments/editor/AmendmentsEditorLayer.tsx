/**
 * Everything the amendments feature adds around the editor: syncing with the store, the popover over
 * inline amendments, the composer (toolbar, Mod-Alt-M, Enter in suggesting mode) and the drafts tray.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { AmendmentKind } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { AmendmentComposer } from '../composer/AmendmentComposer';
import { targetFromSelection, type ComposeTarget } from '../composer/compose-target';
import { indexParagraphs } from '../inline/paragraph-index';
import { DraftsTray } from '../suggesting/DraftsTray';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';
import type { AmendmentKit } from './amendment-kit';
import { InlinePopover } from './InlinePopover';
import { useSuggesting } from './use-editor-slices';
import { useEditorSync } from './use-editor-sync';
import { useInlineHover } from './use-inline-hover';

export function AmendmentsEditorLayer({ editor, kit }: { editor: Editor; kit: AmendmentKit }) {
  const { t } = useI18n();
  const { push } = useToasts();
  const { rights } = useAmendments();
  const [composing, setComposing] = useState<ComposeTarget | null>(null);
  const { drafts } = useSuggesting(editor);
  const hover = useInlineHover(editor);
  useEditorSync(editor);

  useEffect(() => {
    const compose = (preset?: AmendmentKind, paragraphId?: string | null) => {
      if (!rights.propose || editor.isDestroyed) return;
      const target = targetFromSelection(editor.state, indexParagraphs(editor.state.doc), preset);
      setComposing(paragraphId ? { ...target, paragraphId } : target);
    };
    kit.handlers.compose = () => compose();
    kit.handlers.onEnter = (paragraphId) => compose('insert-paragraph', paragraphId);
    kit.handlers.bottomInset = () => document.querySelector<HTMLElement>('.drafts-tray')?.offsetHeight ?? 0;
    kit.handlers.onRefused = (reason) =>
      push({ tone: 'info', title: t(reason === 'cross-paragraph' ? 'amendments.compose.multiParagraph' : 'amendments.suggest.refused') });
    return () => {
      kit.handlers.compose = undefined;
      kit.handlers.onEnter = undefined;
      kit.handlers.onRefused = undefined;
      kit.handlers.bottomInset = undefined;
    };
  }, [editor, kit, rights.propose, push, t]);

  return (
    <>
      {hover.target && <InlinePopover target={hover.target} onClose={hover.close} onPointerEnter={hover.keepOpen} onPointerLeave={hover.release} />}
      {composing && (
        <AmendmentComposer
          target={composing}
          readIndex={() => indexParagraphs(editor.state.doc)}
          onClose={() => {
            setComposing(null);
            editor.commands.focus();
          }}
        />
      )}
      {rights.propose && <DraftsTray editor={editor} drafts={drafts} />}
    </>
  );
}
