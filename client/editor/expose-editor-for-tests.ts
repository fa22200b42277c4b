/** Browser tests read the live editor through `window.__concordEditor` (getText(), getJSON()). */
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';

declare global {
  interface Window {
    __concordEditor?: Editor;
  }
}

export function useExposeEditorForTests(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    window.__concordEditor = editor;
    return () => {
      if (window.__concordEditor === editor) delete window.__concordEditor;
    };
  }, [editor]);
}
