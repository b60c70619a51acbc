import { strFromU8, unzipSync } from "fflate";
import { childElements, parseXml, XmlError, type XmlElement } from "./xml-tree.js";

/** A file that cannot be imported as a Word document; the message is one line for the user. */
export class WordFileError extends Error {}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];
const OFFICE_DOCUMENT = /\/officeDocument$/;
const MACRO_DOCUMENT = "application/vnd.ms-word.document.macroEnabled.main+xml";

/** The parts of a .docx (an OOXML package): the main document, the parts it relates to, and the package properties. */
export class WordPackage {
  private readonly parts: Record<string, Uint8Array>;
  /** Path of the main document part, usually `word/document.xml`. */
  readonly mainPath: string;
  /** Whether the package holds VBA macros (a .docm); they are never run, only reported. */
  readonly hasMacros: boolean;
  private readonly mainRelations: Relation[];
  private readonly rootRelations: Relation[];

  constructor(bytes: Uint8Array) {
    refuseOtherFormats(bytes);
    try {
      this.parts = unzipSync(bytes);
    } catch {
      throw new WordFileError("is damaged: its zip structure cannot be read (save it again from Word)");
    }
    this.hasMacros = Object.keys(this.parts).some((path) => /vbaProject\.bin$/i.test(path));
    this.rootRelations = relations(this, "_rels/.rels", "");
    const main = this.rootRelations.find((relation) => OFFICE_DOCUMENT.test(relation.type));
    if (!main || !this.parts[main.target]) {
      if (this.hasMacros) throw new WordFileError("holds only macros and no document text");
      throw new WordFileError(`is not a Word document (${kindOfPackage(Object.keys(this.parts))})`);
    }
    const contentType = this.contentType(main.target);
    if (contentType && !/wordprocessingml|ms-word/.test(contentType)) throw new WordFileError(`is not a Word document (it holds ${contentType})`);
    this.mainPath = main.target;
    this.mainRelations = relations(this, relationsPath(main.target), directoryOf(main.target));
  }

  /** Whether the main part is that of a macro-enabled document. */
  get macroEnabled(): boolean {
    return this.contentType(this.mainPath) === MACRO_DOCUMENT || this.hasMacros;
  }

  /** A part as XML, or undefined when the package has none at that path. A part that is not XML makes the file damaged. */
  xml(path: string): XmlElement | undefined {
    const bytes = this.parts[path];
    if (!bytes) return undefined;
    try {
      return parseXml(strFromU8(bytes).replace(/^\uFEFF/, ""));
    } catch (error) {
      if (error instanceof XmlError) throw new WordFileError(`is damaged: ${path} is not well-formed XML (${error.message})`);
      throw error;
    }
  }

  /** The main document's related part of a type, as `styles`, `numbering`, `footnotes`, `comments`. */
  related(type: string): XmlElement | undefined {
    const relation = this.mainRelations.find((candidate) => candidate.type.endsWith(`/${type}`));
    return relation ? this.xml(relation.target) : undefined;
  }

  /** A part the package itself relates to, as `core-properties` or `custom-properties`. */
  packageXml(type: string): XmlElement | undefined {
    const relation = this.rootRelations.find((candidate) => candidate.type.endsWith(`/${type}`));
    return relation ? this.xml(relation.target) : undefined;
  }

  /** A relationship target of the main document by its id, as images are referred to. */
  target(id: string): string | undefined {
    return this.mainRelations.find((relation) => relation.id === id)?.target;
  }

  private contentType(path: string): string | undefined {
    const types = this.xml("[Content_Types].xml");
    if (!types) return undefined;
    const override = childElements(types, "Override").find((element) => element.attributes.PartName?.replace(/^\//, "") === path);
    return override?.attributes.ContentType;
  }
}

function refuseOtherFormats(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) {
      throw new WordFileError("is encrypted (password-protected); remove the password in Word, save it, and import it again");
    }
    if (containsUtf16(bytes, "WordDocument")) throw new WordFileError("is a Word 97-2003 .doc file; open it in Word or LibreOffice and save it as .docx");
    throw new WordFileError("is not a Word document (it is an older Office file; save it as .docx)");
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new WordFileError("is an RTF file; open it in Word or LibreOffice and save it as .docx");
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WordFileError("is not a Word document (.docx)");
}

function kindOfPackage(paths: string[]): string {
  if (paths.some((path) => path.startsWith("xl/"))) return "it is a spreadsheet";
  if (paths.some((path) => path.startsWith("ppt/"))) return "it is a presentation";
  if (paths.includes("mimetype")) return "it is an OpenDocument file; save it as .docx";
  return "a zip file without a Word document in it";
}

interface Relation {
  id?: string;
  type: string;
  target: string;
}

function relations(pkg: WordPackage, path: string, base: string): Relation[] {
  const root = pkg.xml(path);
  if (!root) return [];
  return childElements(root, "Relationship")
    .filter((relation) => relation.attributes.TargetMode !== "External")
    .map((relation) => ({ id: relation.attributes.Id, type: relation.attributes.Type ?? "", target: resolve(base, relation.attributes.Target ?? "") }));
}

function relationsPath(part: string): string {
  const directory = directoryOf(part);
  return `${directory}_rels/${part.slice(directory.length)}.rels`;
}

function directoryOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship target against the folder of its source part; a leading `/` is from the package root. */
function resolve(base: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== ".") out.push(segment);
  }
  return out.join("/");
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    return true;
  }
  return false;
}
