import { SaxesParser } from "saxes";

/** An XML element by its local name (namespace prefixes vary between producers), with its attributes by local name. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/** Parses XML text into a tree of elements and text; a document that is not well-formed throws `XmlError`. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "", attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== "xmlns" && attribute.name !== "xmlns") attributes[attribute.local] ??= attribute.value;
    }
    const element: XmlElement = { name: tag.local, attributes, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.on("cdata", (text) => {
    stack[stack.length - 1].children.push(text);
  });
  try {
    parser.write(source).close();
  } catch (error) {
    failure ??= error as Error;
  }
  const element = root.children.find((child): child is XmlElement => typeof child !== "string");
  if (failure || !element) throw new XmlError(failure?.message.split("\n")[0] ?? "no root element");
  return element;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string" && (name === undefined || child.name === name));
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => typeof node !== "string" && node.name === name);
}

/** The first descendant with the name, depth first. */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of element.children) {
    if (typeof node === "string") continue;
    if (node.name === name) return node;
    const found = descendant(node, name);
    if (found) return found;
  }
  return undefined;
}

/** Every descendant with the name, in document order. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of element.children) {
    if (typeof node === "string") continue;
    if (node.name === name) out.push(node);
    descendants(node, name, out);
  }
  return out;
}

export function textContent(element: XmlElement): string {
  return element.children.map((node) => (typeof node === "string" ? node : textContent(node))).join("");
}

/** The `val` of a child property element, as `<w:pStyle w:val="Heading1"/>` gives "Heading1". */
export function propertyValue(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes.val;
}
