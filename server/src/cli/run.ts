import { LineIndex, allRules, convertToCanonical, fixAll, lintText, paragraphNumbering, recommendationLettering, renderRuleDocs, replaceRuleDocs } from "../core/index.js";
import { parseArgs, UsageError, type ParsedArgs } from "./args.js";
import { ConfigLoader } from "./config-files.js";
import { encodeText, type TextEncoding } from "./encoding.js";
import { expandPaths } from "./expand-paths.js";
import { fixReport } from "./fix-report.js";
import { formatJson, formatSarif, type FileResult } from "./formatters.js";
import { COMMANDS, HELP } from "./help.js";
import { InputError, readDraft, readOptions } from "./input.js";
import { writeDraft } from "./safe-write.js";
import { didYouMean } from "./suggest.js";
import { formatText } from "./text-output.js";
import { VERSION } from "./version.js";
import { exportCommand, importCommand } from "./word-commands.js";

export interface Io {
  /** Text, or the bytes of a draft in an encoding other than plain UTF-8. */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Standard input, read until its end or until more than `maxBytes` have come. */
  readStdin(maxBytes: number): Buffer;
  /** Whether each stream takes ANSI colour (a terminal, and no NO_COLOR); none when absent. */
  colour?: { stdout: boolean; stderr: boolean };
}

/** Runs the command line; returns the exit code, or a promise of it for the Word commands. Never throws or rejects. */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.version) return print(io, VERSION);
    if (args.help || !args.command) return print(io, HELP);
    switch (args.command) {
      case "lint":
        return lint(args, io);
      case "renumber":
        return transform(args, io, renumber);
      case "convert":
        return transform(args, io, (text) => convert(text, io));
      case "docs":
        return docs(args, io);
      case "export":
        return exportCommand(args, io).catch((error: unknown) => failure(error, io));
      case "import":
        return importCommand(args, io).catch((error: unknown) => failure(error, io));
      case "help":
        return print(io, HELP);
      default:
        throw new UsageError(`unknown command "${args.command}"${didYouMean(args.command, COMMANDS)}`);
    }
  } catch (error) {
    return failure(error, io);
  }
}

/** The one line on standard error and the exit code 2 for anything that stops a command. */
function failure(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.stderr(`upr-draft: ${error.message} (see upr-draft --help)\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.stderr(`upr-draft: ${error.message}\n`);
    return 2;
  }
  io.stderr(`upr-draft: ${(error as Error).message?.split("\n")[0] ?? String(error)}\n`);
  return 2;
}

function lint(args: ParsedArgs, io: Io): number {
  if (args.files.length === 0) throw new UsageError("lint needs at least one file (or - for standard input)");
  const loader = new ConfigLoader(args.config);
  const results: FileResult[] = [];
  const seenConfigs = new Set<string>();
  let unreadable = false;
  const files = expandPaths(args.files, (message) => {
    io.stderr(`upr-draft: ${message}\n`);
    unreadable = true;
  });
  for (const file of files) {
    try {
      const config = loader.forDraft(file);
      if (config.result && !seenConfigs.has(config.result.file)) {
        seenConfigs.add(config.result.file);
        results.push(config.result);
      }
      const { text, encoding } = readDraft(file, io, readOptions(args, config.config));
      const options = { configs: [config.config] };
      const fixed = args.fix ? fixAll(text, options) : undefined;
      const current = fixed?.text ?? text;
      const name = file === "-" ? "<stdin>" : file;
      // Standard input is fixed into standard output whole, changed or not, so that `lint --fix - < a > b` always fills b.
      if (file === "-" && args.fix) printDraft(io, current, encoding);
      else if (current !== text) writeDraft(file, current, encoding);
      const problems = fixed?.problems ?? lintText(current, options).problems;
      if (fixed && current !== text) {
        const report = fixReport(name, lintText(text, options).problems, problems);
        if (report) io.stderr(`upr-draft: ${report}\n`);
      }
      results.push({ file: name, index: new LineIndex(current), problems });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`upr-draft: ${error.message}\n`);
      unreadable = true;
    }
  }
  const toStderr = args.fix && files.includes("-");
  const colour = (toStderr ? io.colour?.stderr : io.colour?.stdout) ?? false;
  const output =
    args.format === "json" ? formatJson(results) : args.format === "sarif" ? formatSarif(results, allRules, VERSION) : formatText(results, colour);
  const stream = toStderr ? io.stderr : io.stdout;
  if (output) stream(output + "\n");
  if (unreadable) return 2;
  const failing = results.some((result) => result.problems.some((problem) => problem.severity === "error" || problem.severity === "warning"));
  return failing ? 1 : 0;
}

function renumber(text: string): string {
  const paragraphs = fixAll(text, { rules: [paragraphNumbering] }).text;
  return fixAll(paragraphs, { rules: [recommendationLettering] }).text;
}

function transform(args: ParsedArgs, io: Io, change: (text: string) => string): number {
  if (args.files.length !== 1) throw new UsageError(`${args.command} takes exactly one file`);
  const [file] = args.files;
  const { config } = new ConfigLoader(args.config).forDraft(file);
  const { text, encoding } = readDraft(file, io, readOptions(args, config));
  const changed = change(text);
  if (!args.write || file === "-") printDraft(io, changed, encoding);
  else if (changed !== text) writeDraft(file, changed, encoding);
  return 0;
}

/** A draft on standard output, in the encoding it was read in. */
function printDraft(io: Io, text: string, encoding: TextEncoding): void {
  io.stdout(encoding.name === "utf-8" && !encoding.bom ? text : encodeText(text, encoding));
}

/** Converts pasted text, and says on stderr which lines of page furniture it took out and which footnotes' markers it did not find. */
function convert(text: string, io: Io): string {
  const { text: converted, removed, unplaced } = convertToCanonical(text);
  if (removed.length > 0) {
    io.stderr(`upr-draft: removed ${removed.length} line${removed.length === 1 ? "" : "s"} of page furniture (page numbers, running headers and footers):\n`);
    io.stderr(removed.map((line) => `  ${line}\n`).join(""));
  }
  if (unplaced.length > 0) {
    const labels = unplaced.map((label) => `[^${label}]`).join(", ");
    io.stderr(`upr-draft: found no marker for footnote${unplaced.length === 1 ? "" : "s"} ${labels} in the text; ${unplaced.length === 1 ? "its text is" : "their texts are"} kept at the end: put each marker where it belongs.\n`);
  }
  return converted;
}

function docs(args: ParsedArgs, io: Io): number {
  if (args.files.length === 0) {
    if (args.check || args.write) throw new UsageError(`docs ${args.check ? "--check" : "--write"} needs the README to ${args.check ? "check" : "write"}`);
    return print(io, renderRuleDocs(allRules));
  }
  if (args.files.length > 1) throw new UsageError("docs takes one file");
  const [file] = args.files;
  const { text: readme, encoding } = readDraft(file, io);
  const updated = replaceRuleDocs(readme, allRules);
  if (args.check) {
    if (updated === readme) return 0;
    io.stderr(`upr-draft: the rule reference in ${file} is out of date; run npm run docs\n`);
    return 1;
  }
  if (args.write) {
    if (updated !== readme) writeDraft(file, updated, encoding);
  }
  else io.stdout(updated);
  return 0;
}

function print(io: Io, text: string): number {
  io.stdout(text + "\n");
  return 0;
}
