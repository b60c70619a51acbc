import { stringify } from "yaml";
import { PROPERTY, TITLE_STYLE_NAME } from "./docx-export.js";
import { WordNumbering } from "./numbering.js";
import { WordStyles } from "./word-styles.js";
import { WordPackage } from "./word-package.js";
import { child, childElements, descendant, descendants, propertyValue, textContent, type XmlElement } from "./xml-tree.js";

export interface ImportOptions {
  /** Tracked changes: "accept" gives the text with them made (what Word shows by default), "reject" the text without them. */
  trackedChanges?: "accept" | "reject";
}

/** Something of the Word file that the draft does not hold as Word had it, with the draft's line it concerns (1-based). */
export interface ImportNotice {
  line: number;
  message: string;
}

export interface ImportResult {
  text: string;
  notices: ImportNotice[];
}

interface Note {
  kind: "footnote" | "endnote";
  id: string;
  /** The block its marker is in. */
  block: number;
}

/** Reads a .docx into canonical .upr text: front matter from its properties, the numbers Word shows, notes as `[^n]`. */
export function importDocx(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  return new DocxReader(new WordPackage(bytes), options.trackedChanges ?? "accept").read();
}

class DocxReader {
  private readonly styles: WordStyles;
  private readonly numbering: WordNumbering;
  private readonly noteParts: Record<Note["kind"], Map<string, XmlElement>>;
  private readonly comments = new Map<string, XmlElement>();
  private readonly reportedComments = new Set<string>();
  /** Blocks of the draft's body, each one or more lines. */
  private readonly blocks: string[] = [];
  /** Notices by the index of the block they concern. */
  private readonly pending: { block: number; message: string }[] = [];
  private readonly notes: Note[] = [];
  /** Blocks to place after the paragraph being read: its comments, images and text boxes. */
  private after: string[] = [];

  constructor(
    private readonly pkg: WordPackage,
    private readonly trackedChanges: "accept" | "reject",
  ) {
    this.styles = new WordStyles(pkg.related("styles"));
    this.numbering = new WordNumbering(pkg.related("numbering"));
    this.noteParts = { footnote: notesById(pkg.related("footnotes"), "footnote"), endnote: notesById(pkg.related("endnotes"), "endnote") };
    const comments = pkg.related("comments");
    for (const comment of comments ? childElements(comments, "comment") : []) this.comments.set(comment.attributes.id ?? "", comment);
  }

  read(): ImportResult {
    const document = this.pkg.xml(this.pkg.mainPath);
    const body = document && child(document, "body");
    if (this.pkg.macroEnabled) this.notice(0, "the document's macros are left out");
    if (body) this.readBody(body);
    const definitions = this.noteDefinitions();
    const frontMatter = this.frontMatter();
    const bodyText = this.blocks.join("\n\n");
    const text = `${frontMatter}\n${bodyText}${definitions.length > 0 ? `\n\n${definitions.join("\n")}` : ""}\n`;
    return { text, notices: this.locate(frontMatter) };
  }

  private readBody(container: XmlElement): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case "p":
          this.readParagraph(element);
          break;
        case "tbl":
          this.readTable(element);
          break;
        case "sdt":
        case "customXml":
          this.readBody(child(element, "sdtContent") ?? element);
          break;
        default:
          break;
      }
    }
  }

  private readParagraph(paragraph: XmlElement): void {
    const properties = child(paragraph, "pPr");
    const styleId = propertyValue(properties, "pStyle");
    if (this.styles.name(styleId) === TITLE_STYLE_NAME) return;
    const label = this.label(properties, styleId);
    const text = tidy(this.inline(paragraph));
    if (text) this.blocks.push(this.shape(text, label, styleId, properties));
    this.flushAfter();
  }

  private shape(text: string, label: string | undefined, styleId: string | undefined, properties: XmlElement | undefined): string {
    const outline = propertyValue(properties, "outlineLvl") ?? this.styles.outlineLevel(styleId);
    const numbered = label && label !== "bullet" ? `${label} ${text}` : text;
    if (outline !== undefined && Number(outline) < 6) return `${"#".repeat(Number(outline) + 1)} ${numbered}`;
    if (label === "bullet") return `- ${text}`;
    if (this.styles.isQuote(styleId)) return `> ${numbered}`;
    return numbered;
  }

  /** What Word shows before the paragraph from its automatic numbering, counted whether or not the paragraph has text. */
  private label(properties: XmlElement | undefined, styleId: string | undefined): string | undefined {
    const direct = child(properties, "numPr");
    const fromStyle = this.styles.numbering(styleId);
    const numId = propertyValue(direct, "numId") ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return undefined;
    const ilvl = propertyValue(direct, "ilvl") ?? fromStyle?.ilvl ?? (styleId && this.numbering.levelForStyle(numId, styleId)) ?? 0;
    return this.numbering.next(numId, Number(ilvl));
  }

  /** The text of a paragraph's runs, with notes as `[^n]`; what it cannot hold goes to `after` and to the notices. */
  private inline(element: XmlElement): string {
    let out = "";
    for (const node of element.children) {
      if (typeof node === "string") continue;
      switch (node.name) {
        case "r":
          out += this.run(node);
          break;
        case "ins":
        case "moveTo":
          out += this.trackedChange(node, "insertion", this.trackedChanges === "accept");
          break;
        case "del":
        case "moveFrom":
          out += this.trackedChange(node, "deletion", this.trackedChanges === "reject");
          break;
        case "commentRangeStart":
          this.comment(node.attributes.id ?? "");
          break;
        case "AlternateContent":
          out += this.inline(childElements(node)[0] ?? node);
          break;
        case "pPr":
          if (child(node, "pPrChange")) this.notice(this.blocks.length, "a tracked change of paragraph formatting is kept as shown");
          break;
        case "hyperlink":
        case "smartTag":
        case "fldSimple":
        case "customXml":
        case "sdt":
        case "sdtContent":
        case "Choice":
        case "Fallback":
          out += this.inline(node);
          break;
        default:
          break;
      }
    }
    return out;
  }

  private run(run: XmlElement): string {
    const properties = child(run, "rPr");
    if (child(properties, "vanish") && propertyValue(properties, "vanish") !== "0") return "";
    let out = "";
    for (const node of run.children) {
      if (typeof node === "string") continue;
      switch (node.name) {
        case "t":
        case "delText":
          out += textContent(node);
          break;
        case "tab":
        case "ptab":
          out += "\t";
          break;
        case "br":
        case "cr":
          out += node.attributes.type === "page" || node.attributes.type === "column" ? "" : " ";
          break;
        case "noBreakHyphen":
          out += "\u2011";
          break;
        case "footnoteReference":
        case "endnoteReference":
          out += this.noteMarker(node.name === "footnoteReference" ? "footnote" : "endnote", node.attributes.id ?? "");
          break;
        case "commentReference":
          this.comment(node.attributes.id ?? "");
          break;
        case "drawing":
        case "pict":
        case "object":
          this.graphic(node);
          break;
        case "AlternateContent":
          out += this.run({ ...run, children: [childElements(node)[0] ?? node].flatMap((choice) => choice.children) });
          break;
        default:
          break;
      }
    }
    if (child(properties, "rPrChange")) this.notice(this.blocks.length, "a tracked change of formatting is kept as shown");
    return out;
  }

  private trackedChange(change: XmlElement, kind: "insertion" | "deletion", keep: boolean): string {
    const text = this.inline(change);
    const author = change.attributes.author ? ` by ${change.attributes.author}` : "";
    const shown = tidy(text);
    this.notice(this.blocks.length, `tracked ${kind}${author} ${keep ? "kept" : "left out"}: “${shorten(shown)}”`);
    return keep ? text : "";
  }

  private comment(id: string): void {
    if (this.reportedComments.has(id)) return;
    this.reportedComments.add(id);
    const comment = this.comments.get(id);
    if (!comment) return;
    const author = comment.attributes.author ? ` by ${comment.attributes.author}` : "";
    const text = tidy(childElements(comment, "p").map((paragraph) => this.plain(paragraph)).join(" "));
    this.notice(this.blocks.length, `comment${author} kept as an HTML comment: “${shorten(text)}”`);
    this.after.push(`<!-- Comment${author}: ${text.replace(/--/g, "–")} -->`);
  }

  private graphic(graphic: XmlElement): void {
    const box = descendant(graphic, "txbxContent");
    if (box) {
      const paragraphs = descendants(box, "p").map((paragraph) => tidy(this.plain(paragraph))).filter(Boolean);
      this.notice(this.blocks.length, `text box kept as ${paragraphs.length === 1 ? "a paragraph" : `${paragraphs.length} paragraphs`} after the paragraph it was in`);
      this.after.push(...paragraphs);
      return;
    }
    const description = descendant(graphic, "docPr")?.attributes;
    const name = tidy(description?.descr || description?.title || description?.name || "");
    this.notice(this.blocks.length, `image${name ? ` “${name}”` : ""} left out; a comment marks its place`);
    this.after.push(`<!-- Image left out${name ? `: ${name.replace(/--/g, "–")}` : ""} -->`);
  }

  /** A paragraph's text without reporting anything: inside comments and text boxes. */
  private plain(paragraph: XmlElement): string {
    return descendants(paragraph, "t").map(textContent).join("");
  }

  private readTable(table: XmlElement): void {
    const rows = childElements(table, "tr").map((row) =>
      childElements(row, "tc").map((cell) =>
        tidy(childElements(cell, "p").map((paragraph) => this.inline(paragraph)).join(" ") + childElements(cell, "tbl").map((nested) => ` ${textContent(nested)}`).join("")).replace(/\|/g, "\\|"),
      ),
    );
    if (rows.length === 0) return;
    const columns = Math.max(...rows.map((row) => row.length));
    const line = (cells: string[]) => `| ${[...cells, ...Array(columns - cells.length).fill("")].join(" | ")} |`;
    const lines = [line(rows[0]), line(Array(columns).fill("---")), ...rows.slice(1).map(line)];
    this.notice(this.blocks.length, `table of ${rows.length} row${rows.length === 1 ? "" : "s"} and ${columns} column${columns === 1 ? "" : "s"} kept as a Markdown table`);
    this.blocks.push(lines.join("\n"));
    this.flushAfter();
  }

  private noteMarker(kind: Note["kind"], id: string): string {
    if (!this.noteParts[kind].has(id)) return "";
    this.notes.push({ kind, id, block: this.blocks.length });
    return `[^${this.notes.length}]`;
  }

  private noteDefinitions(): string[] {
    const definitions: string[] = [];
    this.notes.forEach((note, index) => {
      const element = this.noteParts[note.kind].get(note.id)!;
      const text = tidy(childElements(element, "p").map((paragraph) => this.inline(paragraph)).join(" "));
      if (text) definitions.push(`[^${index + 1}]: ${text}`);
      else this.notice(note.block, `${note.kind} ${index + 1} has no text; only its marker is kept`);
    });
    return definitions;
  }

  private frontMatter(): string {
    const core = this.pkg.packageXml("core-properties");
    const custom = customProperties(this.pkg.packageXml("custom-properties"));
    const creator = core && child(core, "creator");
    const organisations = creator ? textContent(creator).split(";").map((name) => name.trim()).filter(Boolean) : [];
    const coreLanguage = core && child(core, "language");
    const language = custom.get(PROPERTY.language) ?? (coreLanguage && textContent(coreLanguage).trim()) ?? this.styles.language();
    const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
    const fields: [string, unknown][] = [
      ["state", custom.get(PROPERTY.state)],
      ["cycle", number(custom.get(PROPERTY.cycle))],
      ["session", number(custom.get(PROPERTY.session))],
      ["submission", custom.get(PROPERTY.submission) ?? (organisations.length > 1 ? "joint" : organisations.length === 1 ? "individual" : undefined)],
      ["organisations", organisations],
      ["language", language || undefined],
    ];
    const lines = fields.map(([key, value]) => {
      if (Array.isArray(value)) return value.length > 0 ? `${key}:\n${value.map((item) => `  - ${yamlScalar(item)}`).join("\n")}` : `${key}: []`;
      return value === undefined ? `${key}:` : `${key}: ${yamlScalar(value)}`;
    });
    return `---\n${lines.join("\n")}\n---\n`;
  }

  private notice(block: number, message: string): void {
    this.pending.push({ block, message });
  }

  private flushAfter(): void {
    this.blocks.push(...this.after);
    this.after = [];
  }

  /** Lines of the notices in the finished text: each block is followed by one blank line. */
  private locate(frontMatter: string): ImportNotice[] {
    const starts: number[] = [];
    let line = frontMatter.split("\n").length + 1;
    for (const block of this.blocks) {
      starts.push(line);
      line += block.split("\n").length + 1;
    }
    return this.pending.map(({ block, message }) => ({ line: starts[Math.min(block, starts.length - 1)] ?? 1, message }));
  }
}

function notesById(part: XmlElement | undefined, name: string): Map<string, XmlElement> {
  const notes = new Map<string, XmlElement>();
  for (const note of part ? childElements(part, name) : []) {
    const type = note.attributes.type;
    if (type === "separator" || type === "continuationSeparator" || type === "continuationNotice") continue;
    notes.set(note.attributes.id ?? "", note);
  }
  return notes;
}

function customProperties(part: XmlElement | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  for (const property of part ? childElements(part, "property") : []) {
    const value = childElements(property)[0];
    if (property.attributes.name && value) properties.set(property.attributes.name, textContent(value).trim());
  }
  return properties;
}

function yamlScalar(value: unknown): string {
  return stringify(value).trimEnd();
}

/** Word's whitespace as one space: tabs after numbers, line breaks, runs of spaces; no-break spaces stay. */
function tidy(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
