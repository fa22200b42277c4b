/**
 * Which inline amendment the pointer is on: hovering shows its popover after a short pause, clicking
 * pins it open. Works on the decorations' `data-amendment-ids`, so overlapping proposals are all listed.
 */
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface HoverTarget {
  ids: string[];
  rect: DOMRect;
  pinned: boolean;
}

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 300;

function amendmentElement(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('[data-amendment-ids]:not([data-draft-id])') : null;
}

function idsOf(element: HTMLElement): string[] {
  return (element.dataset.amendmentIds ?? '').split(' ').filter(Boolean).reverse();
}

export function useInlineHover(editor: Editor): { target: HoverTarget | null; close: () => void; keepOpen: () => void; release: () => void } {
  const [target, setTarget] = useState<HoverTarget | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pinned = target?.pinned ?? false;

  const close = useCallback(() => {
    clearTimeout(timer.current);
    setTarget(null);
  }, []);
  const keepOpen = useCallback(() => clearTimeout(timer.current), []);
  const release = useCallback(() => {
    clearTimeout(timer.current);
    if (!pinned) timer.current = setTimeout(() => setTarget(null), CLOSE_DELAY_MS);
  }, [pinned]);

  useEffect(() => {
    const root = editor.view.dom;
    const onOver = (event: MouseEvent) => {
      const element = amendmentElement(event.target);
      if (!element || pinned) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setTarget({ ids: idsOf(element), rect: element.getBoundingClientRect(), pinned: false }), OPEN_DELAY_MS);
    };
    const onOut = (event: MouseEvent) => {
      if (amendmentElement(event.target) && !amendmentElement(event.relatedTarget)) release();
    };
    const onClick = (event: MouseEvent) => {
      const element = amendmentElement(event.target);
      if (!element) return;
      clearTimeout(timer.current);
      setTarget({ ids: idsOf(element), rect: element.getBoundingClientRect(), pinned: true });
    };
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseout', onOut);
    root.addEventListener('click', onClick);
    return () => {
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseout', onOut);
      root.removeEventListener('click', onClick);
    };
  }, [editor, pinned, release]);

  useEffect(() => () => clearTimeout(timer.current), []);

  // Scrolling moves the text away from a hover popover; a pinned one stays until closed.
  useEffect(() => {
    if (!target || target.pinned) return;
    const onScroll = () => setTarget(null);
    window.addEventListener('scroll', onScroll, true);
    return () => window.removeEventListener('scroll', onScroll, true);
  }, [target]);

  return { target, close, keepOpen, release };
}
