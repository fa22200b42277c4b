/** "Jump to next / previous change" in the comparison, by button or with the n and p keys. */
import { useCallback, useEffect, useRef, useState } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

function reveal(id: string): void {
  const element = document.getElementById(`compare-${id}`);
  if (!element) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  element.focus({ preventScroll: true });
}

export interface ChangeNavigation {
  /** Index of the change last jumped to; -1 before the first jump. */
  current: number;
  next: () => void;
  previous: () => void;
}

export function useChangeNavigation(ids: readonly string[]): ChangeNavigation {
  const [current, setCurrent] = useState(-1);
  const pending = useRef<string | null>(null);

  const go = useCallback(
    (index: number) => {
      const id = ids[index];
      if (id === undefined) return;
      if (index === current) {
        reveal(id);
        return;
      }
      pending.current = id;
      setCurrent(index);
    },
    [ids, current],
  );
  const next = useCallback(() => go(Math.min(ids.length - 1, current + 1)), [go, ids.length, current]);
  const previous = useCallback(() => go(Math.max(0, current - 1)), [go, current]);

  // Scroll after the render that marked the paragraph current: `go` leaves the id in `pending`, so
  // this runs after every render and acts only on the one that follows a move.
  useEffect(() => {
    if (pending.current === null) return;
    reveal(pending.current);
    pending.current = null;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        next();
      } else if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        previous();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [next, previous]);

  return { current, next, previous };
}
