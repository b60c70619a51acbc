import { basename, dirname, join } from "node:path";
import { LineIndex, lintText, loadWord, parse } from "../core/index.js";
import { UsageError, type ParsedArgs } from "./args.js";
import { ConfigLoader } from "./config-files.js";
import { problemLines } from "./text-output.js";
import { InputError, readBytes, readDraft, readOptions } from "./input.js";
import type { Io } from "./run.js";
import { writeFileSafely } from "./safe-write.js";

/** `export`: the draft as a Word file. A draft with errors is exported with them listed, or refused with --strict. */
export async function exportCommand(args: ParsedArgs, io: Io): Promise<number> {
  const file = onlyFile(args);
  if (file === "-" && !args.output) throw new UsageError("export from standard input needs -o FILE.docx");
  const output = args.output ?? join(dirname(file), `${basename(file).replace(/\.[^.]*$/, "")}.docx`);
  const { config } = new ConfigLoader(args.config).forDraft(file);
  const { text } = readDraft(file, io, readOptions(args, config));
  const { problems } = lintText(text, { configs: [config] });
  const errors = problems.filter((problem) => problem.severity === "error");
  const name = file === "-" ? "<stdin>" : file;
  if (errors.length > 0) {
    const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    io.stderr(`upr-draft: ${name} has ${count}${args.strict ? "; not exported (--strict)" : "; exported all the same"}:\n`);
    io.stderr(`${problemLines([{ file: name, index: new LineIndex(text), problems: errors }]).join("\n")}\n`);
    if (args.strict) return 1;
  }
  const word = await loadWord();
  const plan = word.planWordDocument(parse(text), { stripThemeCodes: args.stripThemeCodes });
  for (const notice of plan.notices) io.stderr(`upr-draft: ${name}: ${notice}\n`);
  writeFileSafely(output, await word.writeDocx(plan, config.export));
  return 0;
}

/** `import`: a Word file as a canonical draft; what the draft cannot hold as Word had it is listed on standard error. */
export async function importCommand(args: ParsedArgs, io: Io): Promise<number> {
  const file = onlyFile(args);
  // A Word file holds pictures, and is not linted: the size limit for drafts is not its limit.
  const bytes = readBytes(file, io, Infinity);
  const name = file === "-" ? "standard input" : file;
  const word = await loadWord();
  let result;
  try {
    result = word.importDocx(bytes, { trackedChanges: args.trackedChanges });
  } catch (error) {
    if (error instanceof word.WordFileError) throw new InputError(`${name} ${error.message}`);
    throw error;
  }
  const target = args.output ?? "<stdout>";
  for (const notice of result.notices) io.stderr(`${name}: ${notice.message} (${target}:${notice.line})\n`);
  if (args.output) writeFileSafely(args.output, Buffer.from(result.text, "utf8"));
  else io.stdout(result.text);
  return 0;
}

function onlyFile(args: ParsedArgs): string {
  if (args.files.length !== 1) throw new UsageError(`${args.command} takes exactly one file`);
  return args.files[0];
}
