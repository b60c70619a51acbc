/**
 * What the client and the server say to each other beyond the LSP. Plain names and shapes, no
 * imports, so that both the extension and the server (node or web worker) can share them.
 */

/** Sent after every lint of a draft, for the status item. */
export const STATUS_NOTIFICATION = "uprDraft/status";

export interface StatusParams {
  uri: string;
  /** Words that count towards the limit (body, footnote texts, annex). */
  words: number;
  /** The word limit from the front matter or the configuration, when one is set. */
  limit?: number;
  /** How long the last lint took, in milliseconds. */
  lintMs: number;
  problems: number;
}

/**
 * Asks the client for a file's text, for files the server cannot read itself (every file in the
 * web worker, and files of virtual workspaces). Answers null when there is no such file.
 */
export const READ_FILE_REQUEST = "uprDraft/readFile";

export interface ReadFileParams {
  uri: string;
}

/**
 * A rule's documentation, as Markdown, for a rule ID; null for an ID that is no rule. Each
 * diagnostic's code links to it through the client's RULE_DOC_COMMAND.
 */
export const RULE_DOC_REQUEST = "uprDraft/ruleDoc";

export interface RuleDocParams {
  rule: string;
}

/** The client command that shows a rule's documentation; its one argument is the rule ID. */
export const RULE_DOC_COMMAND = "uprDraft.showRule";

/** The scheme of the read-only documents that hold a rule's documentation. */
export const RULE_DOC_SCHEME = "upr-rule";

/** The server's commands. The client's palette commands (uprDraft.renumber …) call them with the active document. */
export const SERVER_COMMANDS = {
  renumber: "uprDraft.server.renumber",
  reletter: "uprDraft.server.reletter",
  convert: "uprDraft.server.convert",
  fixAll: "uprDraft.server.fixAll",
} as const;

export type ServerCommand = keyof typeof SERVER_COMMANDS;

export interface CommandArguments {
  uri: string;
  /** The version the client saw; the edit is made against the server's current text either way. */
  version?: number;
}

export interface CommandResult {
  applied: boolean;
  /** How many edits the change took; 0 when there was nothing to do. */
  edits: number;
  /** For convert: the lines of page furniture (page numbers, running headers and footers) it took out. */
  removed?: string[];
  /** For convert: the labels of footnote texts whose markers it did not find; their texts are kept at the end. */
  unplaced?: string[];
}

/** What the client tells the drafter after convert: the furniture it took out and the footnotes left to place; undefined when there is neither. */
export function convertReport(result: Pick<CommandResult, "removed" | "unplaced">): string | undefined {
  const parts: string[] = [];
  const { removed = [], unplaced = [] } = result;
  if (removed.length > 0) {
    const lines = removed.length === 1 ? "1 line" : `${removed.length} lines`;
    parts.push(`Convert removed ${lines} of page furniture (page numbers, running headers and footers): ${removed.map((line) => `“${line}”`).join(", ")}.`);
  }
  if (unplaced.length > 0) {
    const labels = unplaced.map((label) => `[^${label}]`).join(", ");
    const kept = unplaced.length === 1 ? "its text is" : "their texts are";
    parts.push(`It found no marker for footnote${unplaced.length === 1 ? "" : "s"} ${labels}; ${kept} kept at the end: put each marker where it belongs.`);
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
}

/**
 * The project file, which the client watches and reads for the server. The core's CONFIG_FILE_NAME,
 * written again here so that the extension does not bundle the core (a test keeps them equal).
 */
export const CONFIG_FILE = ".upr-draft.json";

/** The VS Code settings section. */
export const SETTINGS_SECTION = "uprDraft";

/** Builds the Word file of an open draft, for "UPR: Export submission to Word". */
export const EXPORT_WORD_REQUEST = "uprDraft/exportWord";

export interface ExportWordParams {
  uri: string;
  stripThemeCodes?: boolean;
}

export interface ExportWordResult {
  /** The .docx, base64-encoded. */
  docx: string;
  /** The draft's errors, one line each ("12: message (UPR001)"), which the client lists before saving. */
  errors: string[];
  /** What the Word file cannot show as the draft has it. */
  notices: string[];
}

/** Reads a Word file as a canonical draft, for "UPR: Import Word submission". */
export const IMPORT_WORD_REQUEST = "uprDraft/importWord";

export interface ImportWordParams {
  /** The .docx, base64-encoded. */
  docx: string;
  trackedChanges?: "accept" | "reject";
}

export type ImportWordResult =
  | { text: string; notices: { line: number; message: string }[] }
  | { error: string };
