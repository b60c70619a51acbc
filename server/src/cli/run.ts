import { LineIndex, allRules, convertToCanonical, fixAll, lintText, paragraphNumbering, recommendationLettering, renderRuleDocs, replaceRuleDocs } from "../core/index.js";
import { HELP, parseArgs, UsageError, type ParsedArgs } from "./args.js";
import { ConfigLoader } from "./config-files.js";
import { formatJson, formatSarif, formatText, type FileResult } from "./formatters.js";
import { InputError, readDraft } from "./input.js";
import { writeFileSafely } from "./safe-write.js";
import { exportCommand, importCommand } from "./word-commands.js";

export const VERSION = "0.1.0";
export const HOMEPAGE = "https://github.com/upr-draft/upr-draft/blob/main/README.md";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Buffer;
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
        return transform(args, io, convertToCanonical);
      case "docs":
        return docs(args, io);
      case "export":
        return exportCommand(args, io).catch((error: unknown) => failure(error, io));
      case "import":
        return importCommand(args, io).catch((error: unknown) => failure(error, io));
      default:
        throw new UsageError(`unknown command "${args.command}"`);
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
  for (const file of args.files) {
    try {
      const config = loader.forDraft(file);
      if (config.result && !seenConfigs.has(config.result.file)) {
        seenConfigs.add(config.result.file);
        results.push(config.result);
      }
      const text = readDraft(file, io.readStdin);
      const options = { configs: [config.config] };
      const current = args.fix ? fixAll(text, options).text : text;
      // Standard input is fixed into standard output whole, changed or not, so that `lint --fix - < a > b` always fills b.
      if (file === "-" && args.fix) io.stdout(current);
      else if (current !== text) writeFileSafely(file, Buffer.from(current, "utf8"));
      const { problems } = lintText(current, options);
      results.push({ file: file === "-" ? "<stdin>" : file, index: new LineIndex(current), problems });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`upr-draft: ${error.message}\n`);
      unreadable = true;
    }
  }
  const output =
    args.format === "json" ? formatJson(results) : args.format === "sarif" ? formatSarif(results, allRules, VERSION, HOMEPAGE) : formatText(results);
  const stream = args.fix && args.files.includes("-") ? io.stderr : io.stdout;
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
  const text = readDraft(file, io.readStdin);
  const changed = change(text);
  if (!args.write || file === "-") io.stdout(changed);
  else if (changed !== text) writeFileSafely(file, Buffer.from(changed, "utf8"));
  return 0;
}

function docs(args: ParsedArgs, io: Io): number {
  if (args.files.length === 0) return print(io, renderRuleDocs(allRules));
  const [file] = args.files;
  const readme = readDraft(file, io.readStdin);
  const updated = replaceRuleDocs(readme, allRules);
  if (args.check) {
    if (updated === readme) return 0;
    io.stderr(`upr-draft: the rule reference in ${file} is out of date; run npm run docs\n`);
    return 1;
  }
  if (args.write) {
    if (updated !== readme) writeFileSafely(file, Buffer.from(updated, "utf8"));
  }
  else io.stdout(updated);
  return 0;
}

function print(io: Io, text: string): number {
  io.stdout(text + "\n");
  return 0;
}
