import { child, childElements, descendant, propertyValue, type XmlElement } from "./xml-tree.js";

interface Style {
  name: string;
  basedOn?: string;
  outlineLevel?: string;
  numId?: string;
  ilvl?: string;
}

const HEADING_NAME = /^heading ([1-9])$/i;
const MAX_CHAIN = 20;

/** Paragraph styles of a .docx, each with what it takes over from the style it is based on. */
export class WordStyles {
  private readonly styles = new Map<string, Style>();
  private readonly defaultParagraph?: string;
  private readonly defaultLanguage?: string;

  constructor(part: XmlElement | undefined) {
    if (!part) return;
    for (const style of childElements(part, "style")) {
      if (style.attributes.type !== "paragraph") continue;
      const id = style.attributes.styleId ?? "";
      const properties = child(style, "pPr");
      const numbering = child(properties, "numPr");
      this.styles.set(id, {
        name: propertyValue(style, "name") ?? id,
        basedOn: propertyValue(style, "basedOn"),
        outlineLevel: propertyValue(properties, "outlineLvl"),
        numId: propertyValue(numbering, "numId"),
        ilvl: propertyValue(numbering, "ilvl"),
      });
      if (style.attributes.default === "1" || style.attributes.default === "true") this.defaultParagraph = id;
    }
    const defaults = child(part, "docDefaults");
    this.defaultLanguage = defaults && descendant(defaults, "lang")?.attributes.val;
  }

  /** The outline level (0 for a top heading) of a style, from its own setting, its name ("heading 2") or the style it is based on. */
  outlineLevel(styleId: string | undefined): string | undefined {
    for (const style of this.chain(styleId)) {
      if (style.outlineLevel !== undefined) return style.outlineLevel === "9" ? undefined : style.outlineLevel;
      const heading = HEADING_NAME.exec(style.name);
      if (heading) return String(Number(heading[1]) - 1);
    }
    return undefined;
  }

  name(styleId: string | undefined): string | undefined {
    return styleId === undefined ? undefined : this.styles.get(styleId)?.name;
  }

  isQuote(styleId: string | undefined): boolean {
    return this.chain(styleId).some((style) => /quote/i.test(style.name));
  }

  /** The list a style numbers its paragraphs with. */
  numbering(styleId: string | undefined): { numId: string; ilvl?: string } | undefined {
    for (const style of this.chain(styleId)) if (style.numId !== undefined) return { numId: style.numId, ilvl: style.ilvl };
    return undefined;
  }

  language(): string | undefined {
    return this.defaultLanguage;
  }

  private chain(styleId: string | undefined): Style[] {
    const chain: Style[] = [];
    let id = styleId ?? this.defaultParagraph;
    while (id !== undefined && chain.length < MAX_CHAIN) {
      const style = this.styles.get(id);
      if (!style || chain.includes(style)) break;
      chain.push(style);
      id = style.basedOn;
    }
    return chain;
  }
}
