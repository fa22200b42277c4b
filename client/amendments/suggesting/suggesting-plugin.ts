/**
 * Suggesting mode, as in Google Docs: while it is on, no local change ever reaches the document (and
 * so never the shared Y doc); typing becomes pending drafts shown inline at once. Stakeholders are
 * always in it; drafters and the chair switch it on and off. Remote changes pass as usual.
 */
import { Extension } from '@tiptap/core';
import { Plugin, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { editBetween, handleSuggestingBeforeInput, handleSuggestingKey, suggestEdit, type SuggestingHandlers } from './suggesting-input';
import { applySuggesting, initialState, suggestingKey, type SuggestingState } from './suggesting-state';

export interface SuggestingOptions {
  /** On from the start and for good: this person may not edit the text directly. */
  forced: boolean;
  handlers: SuggestingHandlers;
}

/** y-prosemirror marks the transactions that bring in the shared document's changes. */
const isRemote = (tr: Transaction) => tr.getMeta('y-sync$') !== undefined;

function enabled(view: EditorView): boolean {
  return suggestingKey.getState(view.state)?.enabled ?? false;
}

export const SuggestingMode = Extension.create<SuggestingOptions>({
  name: 'suggestingMode',
  // Before the editor's own keymaps, so Backspace, Enter and undo mean what they mean here.
  priority: 1000,

  addOptions() {
    // Replaced by the kit's own instance (a class instance, which Tiptap does not copy).
    return { forced: false, handlers: {} };
  },

  addProseMirrorPlugins() {
    const { forced, handlers } = this.options;
    let view: EditorView | null = null;
    return [
      new Plugin<SuggestingState>({
        key: suggestingKey,
        state: {
          init: (_config, state) => initialState(state, forced),
          apply: (tr, previous, _old, state) => applySuggesting(tr, previous, state),
        },
        view: (editorView) => {
          view = editorView;
          return { destroy: () => (view = null) };
        },
        filterTransaction: (tr, state) => {
          const plugin = suggestingKey.getState(state);
          if (!plugin?.enabled || !tr.docChanged || isRemote(tr)) return true;
          // Any other local change (a command, a cut, IME composition) is read back as a draft, if it can be.
          const edit = editBetween(plugin.index, tr.doc);
          queueMicrotask(() => {
            if (!view || view.isDestroyed) return;
            if (edit) suggestEdit(view, handlers, edit.from, edit.to, edit.text);
            else handlers.onRefused?.('structure');
          });
          return false;
        },
        props: {
          decorations: (state) => suggestingKey.getState(state)?.decorations,
          // Read on each scroll: keeps the cursor clear of the sticky toolbar and the drafts tray.
          get scrollMargin() {
            return { top: 80, left: 5, right: 5, bottom: 16 + (handlers.bottomInset?.() ?? 0) };
          },
          handleKeyDown: (editorView, event) => enabled(editorView) && handleSuggestingKey(editorView, event, handlers),
          handleTextInput: (editorView, from, to, text) => {
            if (!enabled(editorView)) return false;
            suggestEdit(editorView, handlers, from, to, text);
            return true;
          },
          handlePaste: (editorView, event) => {
            if (!enabled(editorView)) return false;
            const text = event.clipboardData?.getData('text/plain') ?? '';
            const { from, to } = editorView.state.selection;
            if (text) suggestEdit(editorView, handlers, from, to, text);
            return true;
          },
          handleDrop: (editorView) => enabled(editorView),
          handleDOMEvents: {
            beforeinput: (editorView, event) => enabled(editorView) && handleSuggestingBeforeInput(editorView, event, handlers),
          },
        },
      }),
    ];
  },
});
