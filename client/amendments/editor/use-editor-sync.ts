/**
 * Keeps the editor and the amendments in step: the cached amendments and group colours go into the
 * inline plugin; the amendment under the cursor, the ones drawn inline and the live paragraph outline
 * come back out into the cursor store; a "show in text" request moves the cursor there.
 */
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect, useEffectEvent, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { groupLook, type GroupLook } from '../amendment-labels';
import { setInlineAmendments } from '../inline/amendment-inline-plugin';
import { isDrawable } from '../inline/locate-amendments';
import { indexParagraphs } from '../inline/paragraph-index';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import { useCursorStore } from '../store/cursor-store';
import { dispatchSuggesting, useInlineState } from './use-editor-slices';

const OUTLINE_DELAY_MS = 300;

export function useEditorSync(editor: Editor): void {
  const { t } = useI18n();
  const { summary, textFocus } = useAmendments();
  const { amendments } = useAmendmentList();
  const cursor = useCursorStore();
  const drawable = useMemo(() => amendments.filter(isDrawable), [amendments]);
  const groups = useMemo(() => new Map<string, GroupLook>(summary.groups.map((group) => [group.id, groupLook(t, summary.groups, group.id)])), [summary.groups, t]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    const look = { groups, newParagraphLabel: (name: string) => t('amendments.inline.newParagraph', { group: name }) };
    editor.view.dispatch(setInlineAmendments(editor.state, { amendments: drawable, look }));
  }, [editor, drawable, groups, t]);

  useEffect(() => {
    dispatchSuggesting(editor, { type: 'color', color: groupLook(t, summary.groups, summary.myGroupId).color });
  }, [editor, summary.groups, summary.myGroupId, t]);

  const { activeId, located } = useInlineState(editor);
  useEffect(() => cursor.set({ activeId }), [activeId, cursor]);
  useEffect(() => {
    const ids = new Set(located.keys());
    const { inlineIds } = cursor.get();
    if (ids.size !== inlineIds.size || [...ids].some((id) => !inlineIds.has(id))) cursor.set({ inlineIds: ids });
  }, [located, cursor]);

  useEffect(() => {
    const setOutline = (outline: ReturnType<typeof indexParagraphs>) => cursor.set({ outline });
    setOutline(indexParagraphs(editor.state.doc));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(() => !editor.isDestroyed && setOutline(indexParagraphs(editor.state.doc)), OUTLINE_DELAY_MS);
    };
    editor.on('transaction', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', onUpdate);
    };
  }, [editor, cursor]);

  // Only a new request moves the cursor: `located` changes as people type, so it is read when the
  // request comes rather than being a reason to move again.
  const moveCursorTo = useEffectEvent((target: Editor, amendmentId: string) => {
    const place = located.get(amendmentId);
    const paragraph = place && indexParagraphs(target.state.doc).byId.get(place.paragraphId);
    if (!place || !paragraph) return;
    const pos = paragraph.start + place.from;
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, pos)).scrollIntoView());
    target.view.focus();
  });
  useEffect(() => {
    if (textFocus && !editor.isDestroyed) moveCursorTo(editor, textFocus.id);
  }, [textFocus, editor]);
}
