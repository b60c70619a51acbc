import { LineIndex, loadWord, type ExportSettings, type Problem } from "../core/index.js";
import { base64ToBytes, bytesToBase64 } from "./base64.js";
import type { Linter } from "./linter.js";
import type { ExportWordParams, ExportWordResult, ImportWordParams, ImportWordResult } from "./protocol.js";

/**
 * The Word file of an open draft, as it stands now, laid out with the project file's `"export"`
 * settings. The client asks where to save it: the server cannot write files in a web worker.
 */
export async function exportWord(params: ExportWordParams, linter: Linter): Promise<ExportWordResult | null> {
  const result = await linter.current(params.uri);
  if (!result) return null;
  const { document, problems, configuration } = result;
  const settings = configuration.configs.reduce<ExportSettings | undefined>((chosen, config) => config.export ?? chosen, undefined);
  const word = await loadWord();
  const plan = word.planWordDocument(document, { stripThemeCodes: params.stripThemeCodes === true });
  const index = new LineIndex(document.text);
  return {
    docx: bytesToBase64(await word.writeDocx(plan, settings)),
    errors: problems.filter((problem) => problem.severity === "error").map((problem) => errorLine(problem, index)),
    notices: plan.notices,
  };
}

/** A Word file as a canonical draft; a file that is no readable Word document gets its reason. */
export async function importWord(params: ImportWordParams): Promise<ImportWordResult> {
  const word = await loadWord();
  try {
    return word.importDocx(base64ToBytes(params.docx), { trackedChanges: params.trackedChanges });
  } catch (error) {
    if (error instanceof word.WordFileError) return { error: error.message };
    throw error;
  }
}

function errorLine(problem: Problem, index: LineIndex): string {
  return `${index.positionAt(problem.start).line + 1}: ${problem.message} (${problem.ruleId})`;
}
