/**
 * The comparison view lives in the address (`/d/:id?compare=<from>&to=<to>`), so it can be linked,
 * reloaded and left with the Back button, while the workspace (and its live session) stays open.
 */
import { useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT, documentPath, navigate } from '../app/router';
import { LIVE } from './revisions-api';

export interface CompareSides {
  from: string;
  to: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function readCompareSides(search: string): CompareSides | null {
  const params = new URLSearchParams(search);
  const from = params.get('compare');
  if (!from) return null;
  return { from, to: params.get('to') || LIVE };
}

export function comparePath(documentId: string, sides: CompareSides): string {
  return `${documentPath(documentId)}?${new URLSearchParams({ compare: sides.from, to: sides.to }).toString()}`;
}

/** The sides being compared, or null while the live text is shown. */
export function useCompareSides(): CompareSides | null {
  const search = useSyncExternalStore(subscribe, () => location.search);
  // A new object each render would make every consumer's effects run again: key on the string.
  return readCompareSidesMemo(search);
}

let lastSearch = '';
let lastSides: CompareSides | null = null;
function readCompareSidesMemo(search: string): CompareSides | null {
  if (search !== lastSearch) {
    lastSearch = search;
    lastSides = readCompareSides(search);
  }
  return lastSides;
}

export function openComparison(documentId: string, sides: CompareSides, options: { replace?: boolean } = {}): void {
  navigate(comparePath(documentId, sides), options);
}

export function closeComparison(documentId: string): void {
  navigate(documentPath(documentId));
}
