/**
 * The amendments feature's part of the editor: the inline display, suggesting mode and the composer
 * shortcut, plus the handlers through which they reach the React layer around the editor.
 */
import { Extension, type AnyExtension } from '@tiptap/core';
import { useMemo } from 'react';
import { AmendmentInline } from '../inline/amendment-inline-plugin';
import { SuggestingMode } from '../suggesting/suggesting-plugin';
import { EditorHandlers } from './editor-handlers';

export const COMPOSE_SHORTCUT = 'Mod-Alt-m';

export interface AmendmentKit {
  extensions: AnyExtension[];
  /** Filled in by the layer around the editor once it is mounted. */
  handlers: EditorHandlers;
  /** Suggesting mode is on for good (stakeholders; observers cannot type at all). */
  forced: boolean;
}

const ComposeShortcut = Extension.create<{ handlers: EditorHandlers }>({
  name: 'amendmentComposeShortcut',
  addOptions() {
    return { handlers: new EditorHandlers() };
  },
  addKeyboardShortcuts() {
    return {
      [COMPOSE_SHORTCUT]: () => {
        this.options.handlers.compose?.();
        return true;
      },
    };
  },
});

export function createAmendmentKit(mayEdit: boolean): AmendmentKit {
  const handlers = new EditorHandlers();
  const forced = !mayEdit;
  return {
    handlers,
    forced,
    extensions: [AmendmentInline, SuggestingMode.configure({ forced, handlers }), ComposeShortcut.configure({ handlers })],
  };
}

/** One kit per editing session (the editor is rebuilt with the session). */
export function useAmendmentKit(sessionKey: unknown, mayEdit: boolean): AmendmentKit {
  // biome-ignore lint/correctness/useExhaustiveDependencies: sessionKey is what the kit is kept for, not something it reads: a new session rebuilds the editor, which needs new handlers.
  return useMemo(() => createAmendmentKit(mayEdit), [sessionKey, mayEdit]);
}
