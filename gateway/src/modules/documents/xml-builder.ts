/**
 * A tiny XML writer: elements with attributes and escaped text, indented two spaces. Enough for UBL;
 * no dependency. Element order is the caller's responsibility (UBL's XSD fixes it).
 */
export type XmlNode = { name: string; attributes: Record<string, string>; children: XmlNode[]; text: string | null };

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text and attribute values; drops characters XML 1.0 cannot carry at all. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `el('cbc:ID', 'INV-1')`, `el('cbc:Amount', { currencyID: 'EUR' }, '12.00')`, `el('cac:Party', [children])`. */
export function el(name: string, ...args: (Record<string, string> | string | (XmlNode | null)[] | null)[]): XmlNode {
  const node: XmlNode = { name, attributes: {}, children: [], text: null };
  for (const arg of args) {
    if (arg === null) continue;
    if (typeof arg === 'string') node.text = arg;
    else if (Array.isArray(arg)) node.children.push(...arg.filter((child): child is XmlNode => child !== null));
    else Object.assign(node.attributes, arg);
  }
  return node;
}

export function renderXml(root: XmlNode): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const write = (node: XmlNode, depth: number) => {
    const indent = '  '.repeat(depth);
    const attributes = Object.entries(node.attributes)
      .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
      .join('');
    if (node.children.length === 0) {
      out.push(
        node.text === null
          ? `${indent}<${node.name}${attributes}/>`
          : `${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`,
      );
      return;
    }
    out.push(`${indent}<${node.name}${attributes}>`);
    for (const child of node.children) write(child, depth + 1);
    out.push(`${indent}</${node.name}>`);
  };
  write(root, 0);
  return `${out.join('\n')}\n`;
}
