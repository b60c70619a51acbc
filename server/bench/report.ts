import type { Timing } from "./measure.js";
import type { CliScaling } from "./cli-scaling.js";
import type { ColdStarts } from "./cold-start.js";
import type { KeystrokeTiming } from "./keystroke.js";
import type { ServerKeystrokeTiming } from "./through-server.js";

export interface TextRow {
  seed: string;
  seedPath: string;
  /** 1 for the seed itself, else the size of the synthetic draft in seeds. */
  copies: number;
  chars: number;
  problems: number;
  /** Parse and lint with every rule, in process. */
  lint: Timing;
  /** `text.split(/\s+/)`: the least any pass over the words can cost. */
  floor: Timing;
  markdownlint?: Timing & { problems: number };
  /** Heap held by one lint's model and problems; undefined without --expose-gc. */
  heldMB?: number;
  /** The process's peak so far, which the texts before this one count in. */
  peakRssMB: number;
}

type KeystrokeRow = KeystrokeTiming & { seed: string; copies: number; chars: number };

/** Keystrokes through the stdio server on the canonical seed repeated `copies` times. */
export type ServerRow = ServerKeystrokeTiming & { copies: number; chars: number; bytes: number };

export interface BenchReport {
  date: string;
  node: string;
  cpus: string;
  /** Empty with --server-only, as are the keystrokes in process and the limit. */
  rows: TextRow[];
  keystroke?: KeystrokeRow;
  /** The same on the seed itself: the size of a real draft. */
  keystrokeOnSeed?: KeystrokeRow;
  /** What a drafter feels: keystrokes through the spawned stdio server. */
  server?: ServerRow[];
  /** The server bundle measured. */
  serverBundle: string;
  cli?: ColdStarts;
  /** `lint` through the CLI on a big draft against a smaller one. */
  cliScaling?: CliScaling;
  memory: { peakRssAfterLintMB: number; peakRssMB: number };
  /** What a draft of MAX_LINT_BYTES would take to lint, at the throughput of each seed's biggest draft. */
  limit?: { maxLintBytes: number; projected: { seed: string; copies: number; ms: number }[] };
  totalSeconds: number;
  targets: Target[];
}

export interface Target {
  name: string;
  measured: string;
  goal: string;
  met: boolean;
}

const SEED_MS = 2;
const LINEAR_RATIO = 12;
const KEYSTROKE_MS = 20;
const KEYSTROKE_P90_MS = 40;
const SERVER_RSS_MB = 150;
const KEYSTROKE_AT_LIMIT_MS = 100;
const CLI_OVER_NODE_MS = 40;
const CLI_LINEAR_RATIO = 11;
const MARKDOWNLINT_RATIO = 20;
const FLOOR_RATIO = 10;
/** The draft the keystroke targets are about: the seed ×100. */
const KEYSTROKE_COPIES = 100;

export function printReport(report: BenchReport): void {
  console.log(`upr-draft bench, ${report.date}, node ${report.node}, ${report.cpus}`);
  console.log("Times are medians in ms; ratios compare numbers measured in this run.\n");
  printTable(
    ["text", "size", "problems", "upr-draft", "split floor", "lint/floor", "markdownlint", "markdownlint/upr-draft", "heap held", "peak RSS"],
    report.rows.map((row) => [
      label(row),
      size(row.chars),
      String(row.problems),
      ms(row.lint),
      ms(row.floor),
      ratio(row.lint.median / row.floor.median),
      row.markdownlint ? ms(row.markdownlint) : "–",
      row.markdownlint ? ratio(row.markdownlint.median / row.lint.median) : "–",
      held(row.heldMB),
      `${Math.round(row.peakRssMB)} MB`,
    ]),
  );
  const once = report.rows.filter((row) => row.markdownlint?.iterations === 1).map(label);
  const skipped = report.rows.filter((row) => !row.markdownlint).map(label);
  if (once.length > 0) console.log(`markdownlint timed once (one to two minutes a run) on ${once.join(", ")}.`);
  if (skipped.length > 0) console.log(`markdownlint not run on ${skipped.join(", ")} (one to two minutes each; --markdownlint-1000 times it once on the first).`);
  const { cli, limit } = report;
  if (report.keystroke) printKeystroke(report.keystroke);
  if (report.keystrokeOnSeed) printKeystroke(report.keystrokeOnSeed);
  printServer(report.server, report.serverBundle);
  if (cli) {
    const nodeCpu = cli.node.cpuMs === undefined ? "" : ` and ${msOf(cli.node.cpuMs)} of CPU`;
    console.log(`\nCLI cold start (node ${cli.cli} lint <seed>, spawned in turn with node -e "", which takes ${ms(cli.node)}${nodeCpu}):`);
    for (const run of cli.runs) {
      const cpu = run.cpuMs === undefined || run.cpuOverNodeMs === undefined ? "" : `; CPU ${msOf(run.cpuMs)}, ${run.cpuOverNodeMs.toFixed(1)} ms over bare node`;
      console.log(`  ${run.seed}: ${ms(run)}, ${run.overNodeMs.toFixed(1)} ms over bare node${cpu} (exit code ${run.exitCode})`);
    }
  } else {
    console.log("\nCLI cold start: the CLI is not built.");
  }
  if (cli && report.cliScaling) {
    const { rows, growth } = report.cliScaling;
    console.log(`\nlint through the CLI, start-up included (node ${cli.cli} lint <draft>, spawned in turn):`);
    for (const row of rows) console.log(`  seed.upr ×${row.copies} (${size(row.chars)}): ${ms(row)}${row.cpuMs === undefined ? "" : `, CPU ${msOf(row.cpuMs)}`} (exit code ${row.exitCode})`);
    const [small, big] = [rows[0], rows[rows.length - 1]];
    const cpuGrowth = small.cpuMs && big.cpuMs ? `; CPU ${ratio(big.cpuMs / small.cpuMs)}` : "";
    console.log(`  ×${big.copies} against ×${small.copies}: ${ratio(growth)}${cpuGrowth}`);
  }
  if (limit) console.log(`\nMAX_LINT_BYTES (${limit.maxLintBytes / 1024 / 1024} MB) would lint in about ${limit.projected.map((p) => `${Math.round(p.ms)} ms (${p.seed}, at the ×${p.copies} throughput)`).join(", ")}.`);
  if (report.rows.length > 0) console.log(`\nPeak RSS: ${Math.round(report.memory.peakRssAfterLintMB)} MB after linting every text, ${Math.round(report.memory.peakRssMB)} MB with markdownlint.`);
  console.log("\nTargets:");
  for (const target of report.targets) console.log(`  ${target.met ? "met " : "MISS"}  ${target.name}: ${target.measured} (${target.goal})`);
  console.log(`\nBench took ${report.totalSeconds.toFixed(0)} s.`);
}

export function evaluateTargets(report: Omit<BenchReport, "targets">): Target[] {
  const out: Target[] = [];
  for (const row of report.rows.filter((row) => row.copies === 1)) {
    out.push({ name: `${row.seed} in process`, measured: ms(row.lint), goal: `≤ ${SEED_MS} ms`, met: row.lint.median <= SEED_MS });
  }
  for (const seed of new Set(report.rows.map((row) => row.seed))) {
    const small = report.rows.find((row) => row.seed === seed && row.copies === 100);
    const big = report.rows.find((row) => row.seed === seed && row.copies === 1000);
    if (!small || !big) continue;
    const growth = big.lint.median / small.lint.median;
    out.push({ name: `${seed}: ×1000 against ×100`, measured: ratio(growth), goal: `≤ ${LINEAR_RATIO}× (linear is 10×)`, met: growth <= LINEAR_RATIO });
  }
  const typed = report.server?.find((row) => row.copies === KEYSTROKE_COPIES);
  if (typed) {
    const name = `keystroke on ×${typed.copies} through the stdio server`;
    out.push({ name: `${name}, median`, measured: ms(typed.keystroke), goal: `≤ ${KEYSTROKE_MS} ms`, met: typed.keystroke.median <= KEYSTROKE_MS });
    out.push({ name: `${name}, p90`, measured: msOf(typed.keystroke.p90), goal: `≤ ${KEYSTROKE_P90_MS} ms`, met: typed.keystroke.p90 <= KEYSTROKE_P90_MS });
    if (typed.peakRssMB !== undefined) {
      out.push({ name: `server peak RSS on ×${typed.copies}`, measured: `${Math.round(typed.peakRssMB)} MB`, goal: `≤ ${SERVER_RSS_MB} MB`, met: typed.peakRssMB <= SERVER_RSS_MB });
    }
  }
  const atLimit = report.server?.at(-1);
  if (atLimit && atLimit.copies > KEYSTROKE_COPIES) {
    const name = `keystroke on ×${atLimit.copies} (${size(atLimit.chars)}, at the size limit) through the stdio server`;
    out.push({ name, measured: ms(atLimit.keystroke), goal: `≤ ${KEYSTROKE_AT_LIMIT_MS} ms`, met: atLimit.keystroke.median <= KEYSTROKE_AT_LIMIT_MS });
  }
  for (const run of report.cli?.runs ?? []) {
    out.push({ name: `CLI cold start on ${run.seed}, over bare node`, measured: `${run.overNodeMs.toFixed(1)} ms`, goal: `≤ ${CLI_OVER_NODE_MS} ms`, met: run.overNodeMs <= CLI_OVER_NODE_MS });
  }
  if (report.cliScaling) {
    const { rows, growth } = report.cliScaling;
    const [small, big] = [rows[0].copies, rows[rows.length - 1].copies];
    out.push({ name: `lint through the CLI, ×${big} against ×${small}`, measured: ratio(growth), goal: `≤ ${CLI_LINEAR_RATIO}× (linear is ${big / small}×)`, met: growth <= CLI_LINEAR_RATIO });
  }
  const withMarkdownlint = report.rows.filter((row) => row.markdownlint);
  if (withMarkdownlint.length > 0) {
    const slowest = Math.min(...withMarkdownlint.map((row) => row.markdownlint!.median / row.lint.median));
    out.push({ name: "faster than markdownlint, every text", measured: `at least ${ratio(slowest)}`, goal: `≥ ${MARKDOWNLINT_RATIO}×`, met: slowest >= MARKDOWNLINT_RATIO });
  }
  if (report.rows.length > 0) {
    const worstFloor = Math.max(...report.rows.map((row) => row.lint.median / row.floor.median));
    out.push({ name: "against the split floor, every text", measured: `at most ${ratio(worstFloor)}`, goal: `≤ ${FLOOR_RATIO}×`, met: worstFloor <= FLOOR_RATIO });
  }
  return out;
}

function printKeystroke(keystroke: KeystrokeRow): void {
  const name = `${keystroke.seed}${keystroke.copies > 1 ? ` ×${keystroke.copies}` : ""}`;
  console.log(`\nKeystroke on ${name} (${size(keystroke.chars)}), edit → all problems, debounce left out:`);
  console.log(`  through the server's Linter (update, lint, diagnostics, word count): ${ms(keystroke.server)}`);
  console.log(`  core, parsed from the previous version + all rules:                 ${ms(keystroke.incremental)} (parse ${ms(keystroke.incrementalParse)})`);
  console.log(`  core, parsed in full + all rules:                                   ${ms(keystroke.full)} (${ratio(keystroke.full.median / keystroke.incremental.median)} the incremental)`);
  console.log(`  dearest rules per keystroke: ${keystroke.slowestRules.map((rule) => `${rule.id} ${rule.ms.toFixed(rule.ms < 1 ? 2 : 1)} ms`).join(", ")}`);
}

function printServer(rows: ServerRow[] | undefined, bundle: string): void {
  if (!rows) {
    console.log(`\nThrough the stdio server: ${bundle} not built.`);
    return;
  }
  console.log(`\nThrough the stdio server (${bundle} --stdio spawned, lintDelay 0), one-character didChange → publishDiagnostics of that version:`);
  printTable(
    ["draft", "size", "open", "keystroke median", "p90", "edits", "diagnostics", "server CPU per edit", "server peak RSS"],
    rows.map((row) => [
      `seed.upr${row.copies > 1 ? ` ×${row.copies}` : ""}`,
      size(row.chars),
      msOf(row.openMs),
      ms(row.keystroke),
      msOf(row.keystroke.p90),
      String(row.keystroke.iterations),
      String(row.diagnostics),
      row.cpuMsPerEdit === undefined ? "–" : msOf(row.cpuMsPerEdit),
      row.peakRssMB === undefined ? "–" : `${Math.round(row.peakRssMB)} MB`,
    ]),
  );
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function label(row: TextRow): string {
  return `${row.seed}${row.copies > 1 ? ` ×${row.copies}` : ""}`;
}

function ms(timing: Timing): string {
  return msOf(timing.median);
}

function msOf(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
}

function ratio(value: number): string {
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)}×`;
}

function size(chars: number): string {
  return chars < 1024 * 1024 ? `${(chars / 1024).toFixed(0)} K chars` : `${(chars / 1024 / 1024).toFixed(1)} M chars`;
}

/** Under 100 KB the figure is lost in what collections free on their own (compiled code among it). */
function held(megabytes: number | undefined): string {
  if (megabytes === undefined) return "–";
  if (megabytes < 0.1) return "< 100 KB";
  return megabytes < 1 ? `${Math.round(megabytes * 1024)} KB` : `${megabytes.toFixed(megabytes < 10 ? 1 : 0)} MB`;
}
