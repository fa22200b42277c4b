/**
 * Decorations that show proposed changes in the text without touching it: struck-through deletions,
 * inserted text as widgets, a whole paragraph struck, a new paragraph as a ghost block. Used for the
 * server's amendments and for one's own drafts alike.
 */
import { Decoration } from '@tiptap/pm/view';

export interface ChangeMark {
  id: string;
  color: string;
  /** Extra classes (draft, active). */
  classes: string;
  attrs: Record<string, string>;
}

export interface TextSpan {
  from: number;
  to: number;
  mark: ChangeMark;
}

/**
 * Struck-through ranges, split where they overlap so every proposal stays visible: a stretch under two
 * proposals shows the newest's colour struck through and the other's as an underline.
 */
export function deletionDecorations(spans: readonly TextSpan[], baseClass: string): Decoration[] {
  const cuts = [...new Set(spans.flatMap((span) => [span.from, span.to]))].sort((a, b) => a - b);
  const decorations: Decoration[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i];
    const to = cuts[i + 1];
    if (from === undefined || to === undefined) continue;
    const covering = spans.filter((span) => span.from <= from && to <= span.to);
    const top = covering[covering.length - 1];
    if (!top) continue;
    const under = covering.length > 1 ? covering[covering.length - 2] : undefined;
    const classes = [baseClass, top.mark.classes, under ? 'is-overlap' : ''].filter(Boolean).join(' ');
    const style = `--group-color: ${top.mark.color};${under ? ` --group-color-2: ${under.mark.color};` : ''}`;
    decorations.push(
      Decoration.inline(from, to, {
        ...top.mark.attrs,
        class: classes,
        style,
        'data-amendment-ids': covering.map((span) => span.mark.id).join(' '),
      }),
    );
  }
  return decorations;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function applyMark(node: HTMLElement, mark: ChangeMark): void {
  node.style.setProperty('--group-color', mark.color);
  for (const [name, value] of Object.entries(mark.attrs)) node.setAttribute(name, value);
  node.setAttribute('data-amendment-ids', mark.id);
}

/** Proposed text shown at `pos`, before a cursor there, so typing continues after it. */
export function insertionWidget(pos: number, text: string, mark: ChangeMark, baseClass: string, order: number): Decoration {
  return Decoration.widget(
    pos,
    () => {
      const node = element('span', [baseClass, mark.classes].filter(Boolean).join(' '), text);
      applyMark(node, mark);
      return node;
    },
    { side: -1000 + order, key: `${mark.id}|${mark.classes}|${text}`, ignoreSelection: true },
  );
}

/** A proposed new paragraph, as a ghost block after the paragraph it follows. */
export function ghostParagraphWidget(pos: number, label: string, text: string, mark: ChangeMark, order: number): Decoration {
  return Decoration.widget(
    pos,
    () => {
      const node = element('div', ['amendment-ghost', mark.classes].filter(Boolean).join(' '));
      applyMark(node, mark);
      node.append(element('span', 'amendment-ghost__label', label), element('span', 'amendment-ghost__text', text));
      return node;
    },
    { side: order, key: `${mark.id}|${mark.classes}|${label}|${text}`, ignoreSelection: true },
  );
}

/** A paragraph proposed for deletion, struck through as a whole. */
export function deletedParagraphDecoration(pos: number, nodeSize: number, mark: ChangeMark): Decoration {
  return Decoration.node(pos, pos + nodeSize, {
    ...mark.attrs,
    class: ['amendment-del-block', mark.classes].filter(Boolean).join(' '),
    style: `--group-color: ${mark.color};`,
    'data-amendment-ids': mark.id,
  });
}
