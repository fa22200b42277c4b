/**
 * What the editor reports about the text as the cursor and the text move: the amendment under the cursor,
 * the amendments drawn inline, and the live paragraph outline. A store read through selectors, so a caret
 * move re-renders only the components whose slice changed, never the whole panel.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ParagraphIndex } from '../inline/paragraph-index';

export interface CursorState {
  /** The amendment under the editor's cursor. */
  activeId: string | null;
  /** The amendments drawn in the text now (the others' text could not be found). */
  inlineIds: ReadonlySet<string>;
  /** The live paragraphs (numbers, text), for labels and filters. */
  outline: ParagraphIndex | null;
}

export interface CursorStore {
  get: () => CursorState;
  set: (change: Partial<CursorState>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createCursorStore(): CursorStore {
  let state: CursorState = { activeId: null, inlineIds: new Set(), outline: null };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (change) => {
      const next = { ...state, ...change };
      if (next.activeId === state.activeId && next.inlineIds === state.inlineIds && next.outline === state.outline) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const CursorStoreContext = createContext<CursorStore | null>(null);

export function useCursorStore(): CursorStore {
  const store = useContext(CursorStoreContext);
  if (!store) throw new Error('useCursorStore must be used inside <AmendmentsProvider>');
  return store;
}

/** One slice of the cursor state; the component re-renders only when that slice changes. */
export function useCursor<T>(select: (state: CursorState) => T): T {
  const store = useCursorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
