import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { LineIndex, convertEdits, fixAllEdits, reletterLists, renumberParagraphs, type TextEdit } from "../core/index.js";
import { documentEdit } from "./code-actions.js";
import type { Linter } from "./linter.js";
import { SERVER_COMMANDS, type CommandArguments, type CommandResult, type ServerCommand } from "./protocol.js";

const LABELS: Record<ServerCommand, string> = {
  renumber: "Renumber paragraphs",
  reletter: "Reletter recommendation lists",
  convert: "Convert to UPR format",
  fixAll: "Fix all upr-draft problems",
};

/**
 * Runs a command on a document and asks the client to apply the result as one workspace edit, so
 * it is undone in one step. Commands work on the server's current text of the document.
 */
export async function executeCommand(
  command: string,
  args: unknown[] | undefined,
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  linter: Linter,
): Promise<CommandResult> {
  const name = (Object.keys(SERVER_COMMANDS) as ServerCommand[]).find((key) => SERVER_COMMANDS[key] === command);
  const target = args?.[0] as CommandArguments | undefined;
  const document = target && documents.get(target.uri);
  // A draft the linter refused (over the size limit) is not rewritten either.
  if (!name || !document || !(await linter.current(target.uri))) return { applied: false, edits: 0 };
  const text = document.getText();
  const version = document.version;
  const { edits, removed, unplaced } = await editsFor(name, text, target.uri, linter);
  const listed = { ...(removed && removed.length > 0 ? { removed } : {}), ...(unplaced && unplaced.length > 0 ? { unplaced } : {}) };
  if (edits.length === 0) return { applied: true, edits: 0, ...listed };
  const { applied } = await connection.workspace.applyEdit({
    label: LABELS[name],
    edit: documentEdit(target.uri, version, edits, new LineIndex(text)),
  });
  return { applied, edits: edits.length, ...listed };
}

async function editsFor(name: ServerCommand, text: string, uri: string, linter: Linter): Promise<{ edits: TextEdit[]; removed?: string[]; unplaced?: string[] }> {
  switch (name) {
    case "renumber":
      return { edits: renumberParagraphs(text) };
    case "reletter":
      return { edits: reletterLists(text) };
    case "convert":
      return convertEdits(text);
    case "fixAll": {
      const result = await linter.current(uri);
      return { edits: result ? fixAllEdits(text, { configs: result.configuration.configs }) : [] };
    }
  }
}
