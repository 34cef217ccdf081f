import { DOMParser } from '@xmldom/xmldom';
import { unsupportedDocument } from './document-parts';

/** Parses one XML part of a document; malformed XML and DTDs are refused as not a document. */
export function parseXml(xml: string): Document {
  // OOXML never declares a DTD; one here can only be an entity-expansion attack.
  if (/<!DOCTYPE/i.test(xml)) throw unsupportedDocument();
  const fatal = () => {
    throw unsupportedDocument();
  };
  return new DOMParser({
    errorHandler: { warning: () => undefined, error: fatal, fatalError: fatal },
  }).parseFromString(xml, 'text/xml');
}

/** The element's own text nodes (not its descendants'), so each value is checked once. */
export function ownText(element: Element): string {
  let text = '';
  const children = element.childNodes;
  for (let index = 0; index < children.length; index++) {
    const child = children.item(index)!;
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? '';
  }
  return text;
}

/** Every element in document order, without recursion (a deeply nested part cannot overflow the stack). */
export function* elements(document: Document): Generator<Element> {
  const stack: Node[] = [document.documentElement as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    yield node as Element;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children.item(index)!);
  }
}

/** An attribute by its local name, whatever the namespace prefix (w:, w15:, none). */
export function attribute(element: Element, localName: string): string | null {
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attr = attributes.item(index)!;
    if ((attr.localName ?? attr.name) === localName) return attr.value;
  }
  return null;
}
