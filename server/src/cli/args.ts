import { encodingNamed, ENCODINGS, type EncodingName } from "./encoding.js";
import { OPTIONS } from "./help.js";
import { didYouMean } from "./suggest.js";

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  files: string[];
  format: "text" | "json" | "sarif";
  fix: boolean;
  write: boolean;
  check: boolean;
  config?: string;
  help: boolean;
  version: boolean;
  /** export and import: the file to write. */
  output?: string;
  /** export: refuse a draft that has errors. */
  strict: boolean;
  stripThemeCodes: boolean;
  /** import: what to do with Word's tracked changes. */
  trackedChanges: "accept" | "reject";
  /** The encoding drafts are read and written in, instead of the one read from their bytes. */
  encoding?: EncodingName;
}

const FORMATS = new Set(["text", "json", "sarif"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = { command: "", files: [], format: "text", fix: false, write: false, check: false, help: false, version: false, strict: false, stripThemeCodes: false, trackedChanges: "accept" };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === "--") {
      if (optionsEnded) addOperand(args, arg);
      optionsEnded = true;
      continue;
    }
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "--format":
      case "-f": {
        const format = value();
        if (!FORMATS.has(format)) throw new UsageError(`unknown format "${format}" (use text, json or sarif)`);
        args.format = format as ParsedArgs["format"];
        break;
      }
      case "--fix":
        args.fix = true;
        break;
      case "--write":
      case "-w":
        args.write = true;
        break;
      case "--check":
        args.check = true;
        break;
      case "--config":
      case "-c":
        args.config = value();
        break;
      case "--output":
      case "-o":
        args.output = value();
        break;
      case "--strict":
        args.strict = true;
        break;
      case "--strip-theme-codes":
        args.stripThemeCodes = true;
        break;
      case "--tracked-changes": {
        const choice = value();
        if (choice !== "accept" && choice !== "reject") throw new UsageError(`--tracked-changes takes accept or reject, not "${choice}"`);
        args.trackedChanges = choice;
        break;
      }
      case "--encoding": {
        const label = value();
        const encoding = encodingNamed(label);
        if (!encoding) throw new UsageError(`unknown encoding "${label}" (use ${ENCODINGS.join(", ")})`);
        args.encoding = encoding;
        break;
      }
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--version":
      case "-v":
        args.version = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}${didYouMean(flag, OPTIONS)}`);
        addOperand(args, arg);
    }
  }
  if (args.files.filter((file) => file === "-").length > 1) throw new UsageError("- (standard input) may be given only once");
  return args;
}

function addOperand(args: ParsedArgs, operand: string): void {
  if (!args.command) args.command = operand;
  else args.files.push(operand);
}
