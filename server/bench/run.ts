import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { lint as markdownlint } from "markdownlint/sync";
import { MAX_LINT_BYTES, lintDocument, parseAll, utf8Length } from "../src/core/index.js";
import { cliScaling } from "./cli-scaling.js";
import { cliColdStarts } from "./cold-start.js";
import { keystrokes } from "./keystroke.js";
import { keystrokesThroughServer } from "./through-server.js";
import { timeOnce, timeWithin, type Timing } from "./measure.js";
import { syntheticDraft } from "./synthetic.js";
import { evaluateTargets, printReport, type BenchReport, type ServerRow, type TextRow } from "./report.js";

const SEEDS = [
  { name: "seed.upr", path: "seeds/ecpat-pakistan-upr3.upr" },
  { name: "seed pasted", path: "seeds/ecpat-pakistan-upr3-extracted.txt" },
];
const USAGE = "usage: npm run bench -- [--sizes 10,100,1000] [--json <file>] [--markdownlint-1000] [--server-only] [--server <server.js>] [--cli <upr-draft.js>]";
/** Time spent timing each text; a slow text still gets its minimum number of runs. */
const LINT_BUDGET_MS = 2500;
const MARKDOWNLINT_BUDGET_MS = 2000;
const MARKDOWNLINT_ONCE_FROM = 1000;
const KEYSTROKES = 60;
const KEYSTROKE_DRAFT_COPIES = 100;
/** One-character edits sent to the stdio server per draft. */
const SERVER_KEYSTROKES = 40;
const CLI_RUNS = 10;
/** The drafts, in copies of the seed, that `lint` through the CLI is timed on, start-up included. */
const CLI_SCALING_COPIES = [30, 300];
const CLI_SCALING_RUNS = 5;

async function main(argv: string[]): Promise<void> {
  const options = readArguments(argv);
  const seeds = SEEDS.filter((seed) => existsSync(seed.path)).map((seed) => ({ ...seed, text: readFileSync(seed.path, "utf8") }));
  if (seeds.length === 0) throw new Error("run the bench from the repository root: no seed found under seeds/");
  const started = performance.now();
  const canonical = seeds[0];

  const rows: (TextRow & { text: string })[] = [];
  let keystroke: BenchReport["keystroke"];
  let keystrokeOnSeed: BenchReport["keystrokeOnSeed"];
  if (!options.serverOnly) {
    for (const seed of seeds) {
      for (const copies of [1, ...options.sizes]) {
        const text = copies === 1 ? seed.text : syntheticDraft(seed.text, copies);
        rows.push({ seed: seed.name, seedPath: seed.path, copies, chars: text.length, text, ...measureUpr(text) });
      }
    }
    const keystrokeDraft = syntheticDraft(canonical.text, KEYSTROKE_DRAFT_COPIES);
    keystroke = { seed: canonical.name, copies: KEYSTROKE_DRAFT_COPIES, chars: keystrokeDraft.length, ...(await keystrokes(keystrokeDraft, KEYSTROKES)) };
    keystrokeOnSeed = { seed: canonical.name, copies: 1, chars: canonical.text.length, ...(await keystrokes(canonical.text, KEYSTROKES)) };
  }
  const peakRssAfterLintMB = process.resourceUsage().maxRSS / 1024;

  const server = existsSync(options.server) ? await measureServer(options.server, canonical.text) : undefined;
  const cli = existsSync(options.cli) ? cliColdStarts(options.cli, seeds, CLI_RUNS) : undefined;
  const cliGrowth = existsSync(options.cli) ? cliScaling(options.cli, canonical.text, CLI_SCALING_COPIES, CLI_SCALING_RUNS) : undefined;

  for (const row of rows) {
    // markdownlint needs one to two minutes for a ×1000 draft: only on request, once, on the first seed.
    const big = row.copies >= MARKDOWNLINT_ONCE_FROM;
    if (!big || (options.markdownlintBig && row.seed === seeds[0].name)) row.markdownlint = measureMarkdownlint(row.text, big);
  }

  const measured: Omit<BenchReport, "targets"> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    rows: rows.map(({ text: _text, ...row }) => row),
    keystroke,
    keystrokeOnSeed,
    server,
    serverBundle: options.server,
    cli,
    cliScaling: cliGrowth,
    memory: { peakRssAfterLintMB, peakRssMB: process.resourceUsage().maxRSS / 1024 },
    limit: rows.length > 0 ? projectLimit(rows) : undefined,
    totalSeconds: (performance.now() - started) / 1000,
  };
  const report: BenchReport = { ...measured, targets: evaluateTargets(measured) };
  printReport(report);
  const jsonPath = options.json ?? join("bench-results", `bench-${report.date.replace(/[:.]/g, "-")}.json`);
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(report, null, 2) + "\n");
  console.log(`\nJSON: ${jsonPath}`);
}

/**
 * Keystrokes through the stdio server on the seed, the seed ×100, and the biggest draft made of
 * whole copies of the seed that the size limit still lets the server lint.
 */
async function measureServer(serverBundle: string, seed: string): Promise<ServerRow[]> {
  const biggest = Math.floor(MAX_LINT_BYTES / utf8Length(syntheticDraft(seed, 1)));
  const out: ServerRow[] = [];
  for (const copies of [1, KEYSTROKE_DRAFT_COPIES, biggest]) {
    let draft = copies === 1 ? seed : syntheticDraft(seed, copies);
    let size = copies;
    while (utf8Length(draft) > MAX_LINT_BYTES) draft = syntheticDraft(seed, --size);
    out.push({ copies: size, chars: draft.length, bytes: utf8Length(draft), ...(await keystrokesThroughServer(serverBundle, draft, SERVER_KEYSTROKES)) });
  }
  return out;
}

/** The lint time of a draft of MAX_LINT_BYTES, from the throughput on the biggest draft of each seed. */
function projectLimit(rows: (TextRow & { text: string })[]): BenchReport["limit"] {
  const biggest = new Map<string, TextRow & { text: string }>();
  for (const row of rows) if (row.copies > (biggest.get(row.seed)?.copies ?? 0)) biggest.set(row.seed, row);
  const projected = [...biggest.values()].map((row) => ({ seed: row.seed, copies: row.copies, ms: (row.lint.median * MAX_LINT_BYTES) / utf8Length(row.text) }));
  return { maxLintBytes: MAX_LINT_BYTES, projected };
}

function measureUpr(text: string): Pick<TextRow, "problems" | "lint" | "floor" | "heldMB" | "peakRssMB"> {
  let problems = 0;
  // A new model each time: lintText would find the text parsed last and hand back its model, with every analysis of it done.
  const lint = () => (problems = lintDocument(parseAll(text)).length);
  const lintTiming = timeWithin(lint, LINT_BUDGET_MS);
  const wordCount = () => text.split(/\s+/).length;
  const floor = timeWithin(wordCount, LINT_BUDGET_MS / 2);
  return { problems, lint: lintTiming, floor, heldMB: heldByLint(text), peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

/** The heap a lint result (model and problems) holds on to, measured between full collections (the bench runs with --expose-gc). */
function heldByLint(text: string): number | undefined {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return undefined;
  // The core keeps the draft it linted last at hand for the next one. With a first model of the
  // text held, a second one costs what one model and its problems hold, whatever was kept before.
  const lintNew = () => {
    const document = parseAll(text);
    kept.push(document, lintDocument(document));
  };
  lintNew();
  collectAll(collect);
  const before = process.memoryUsage().heapUsed;
  lintNew();
  collectAll(collect);
  const held = process.memoryUsage().heapUsed - before;
  kept.length = 0;
  return held / 1024 / 1024;
}

/** Collects until the heap stops shrinking: what dies with a draft (weakly kept analyses) may take more than one collection. */
function collectAll(collect: () => void): void {
  let used = Infinity;
  for (let round = 0; round < 5 && process.memoryUsage().heapUsed < used; round++) {
    used = process.memoryUsage().heapUsed;
    collect();
  }
}

/** Holds the lint result while the heap is measured, where no optimisation can drop it early. */
const kept: unknown[] = [];

/**
 * markdownlint's library API with its default rules, on the same text read as Markdown. It is
 * warm from the smaller texts by the time it reaches the biggest, which gets a single run.
 */
function measureMarkdownlint(text: string, once: boolean): Timing & { problems: number } {
  let problems = 0;
  const run = () => (problems = markdownlint({ strings: { draft: text } }).draft.length);
  const timing = once ? timeOnce(run) : timeWithin(run, MARKDOWNLINT_BUDGET_MS);
  return { ...timing, problems };
}

interface Options {
  sizes: number[];
  json?: string;
  markdownlintBig: boolean;
  serverOnly: boolean;
  /** The language server bundle and CLI starter measured: this checkout's, or another build's to compare with. */
  server: string;
  cli: string;
}

function readArguments(argv: string[]): Options {
  let sizes = [10, 100, 1000];
  let json: string | undefined;
  let server = "dist/server.js";
  // What an installed `upr-draft` runs: the starter in server/bin, which runs dist/cli.js.
  let cli = "server/bin/upr-draft.js";
  let markdownlintBig = false;
  let serverOnly = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--markdownlint-1000") {
      markdownlintBig = true;
      continue;
    }
    if (argv[i] === "--server-only") {
      serverOnly = true;
      continue;
    }
    const value = argv[i + 1];
    if (argv[i] === "--sizes" && value) {
      sizes = value.split(",").map(Number);
      if (sizes.some((size) => !Number.isInteger(size) || size < 2)) throw new Error(`--sizes takes whole numbers of 2 or more\n${USAGE}`);
      i++;
    } else if (argv[i] === "--json" && value) {
      json = value;
      i++;
    } else if ((argv[i] === "--server" || argv[i] === "--cli") && value) {
      if (!existsSync(value)) throw new Error(`${argv[i]}: no file ${value}\n${USAGE}`);
      if (argv[i] === "--server") server = value;
      else cli = value;
      i++;
    } else {
      throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  return { sizes, json, markdownlintBig, serverOnly, server, cli };
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 2;
});
