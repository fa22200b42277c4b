/** React views of the amendment plugins' state: suggesting mode and drafts, the amendment under the cursor. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { amendmentInlineKey } from '../inline/amendment-inline-plugin';
import type { Located } from '../inline/text-location';
import type { Draft } from '../suggesting/drafts';
import { suggestingKey, type SuggestingMeta } from '../suggesting/suggesting-state';

export interface SuggestingSlice {
  enabled: boolean;
  forced: boolean;
  drafts: readonly Draft[];
}

const OFF: SuggestingSlice = { enabled: false, forced: false, drafts: [] };

export function useSuggesting(editor: Editor | null): SuggestingSlice {
  const slice = useEditorState({
    editor,
    selector: ({ editor: current }): SuggestingSlice => {
      const state = current ? suggestingKey.getState(current.state) : undefined;
      return state ? { enabled: state.enabled, forced: state.forced, drafts: state.drafts } : OFF;
    },
  });
  return slice ?? OFF;
}

export interface InlineSlice {
  activeId: string | null;
  located: ReadonlyMap<string, Located>;
}

export function useInlineState(editor: Editor | null): InlineSlice {
  const slice = useEditorState({
    editor,
    selector: ({ editor: current }): InlineSlice => {
      const state = current ? amendmentInlineKey.getState(current.state) : undefined;
      return { activeId: state?.activeId ?? null, located: state?.located ?? new Map() };
    },
    equalityFn: (a, b) => b !== null && a.activeId === b.activeId && a.located === b.located,
  });
  return slice ?? { activeId: null, located: new Map() };
}

export function dispatchSuggesting(editor: Editor, meta: SuggestingMeta): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(suggestingKey, meta).setMeta('addToHistory', false));
}
