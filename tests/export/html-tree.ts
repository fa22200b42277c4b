/** Walking an HTML tree parsed by parse5, for the export tests. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** Every element under a node, in document order. */
export function elementsOf(node: HtmlNode): HtmlElement[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => (isElement(child) ? [child, ...elementsOf(child)] : elementsOf(child)));
}

export function parseElements(html: string): HtmlElement[] {
  return elementsOf(parse(html));
}

export function textOf(node: HtmlNode): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

export function attr(element: HtmlElement, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? '';
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return attr(element, 'class').split(' ').includes(name);
}
