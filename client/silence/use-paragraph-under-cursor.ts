/**
 * The id of the paragraph the viewer last placed the cursor (or selected text) in. Read from the page's
 * selection, so it works in the read-only text that stakeholders see as well as in the editor.
 */
import { useEffect, useState } from 'react';

function paragraphIdAt(node: Node | null): string | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const block = element?.closest('[data-testid="editor"] > [data-id]');
  return block?.getAttribute('data-id') ?? null;
}

export function useParagraphUnderCursor(): string | null {
  const [paragraphId, setParagraphId] = useState<string | null>(null);
  useEffect(() => {
    const onChange = () => {
      const id = paragraphIdAt(document.getSelection()?.anchorNode ?? null);
      // Clicking a button elsewhere must not forget where the viewer was in the text.
      if (id) setParagraphId(id);
    };
    onChange();
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  return paragraphId;
}
