import { spawnSync } from "node:child_process";
import { processCpuMs, summarise, type Timing } from "./measure.js";

export interface ColdStarts {
  /** The CLI run: the starter users run, server/bin/upr-draft.js, or the one given with --cli. */
  cli: string;
  node: Timing & { cpuMs?: number };
  runs: (Timing & { seed: string; overNodeMs: number; cpuMs?: number; cpuOverNodeMs?: number; exitCode: number | null })[];
}

/**
 * Wall time of `node <cli> lint <seed>` spawned afresh each run, as a user or CI job runs
 * the CLI, against bare `node -e ""`. The two are spawned in turn, so that both see the same load
 * on a shared machine, and the CLI's own cost is the difference of their medians. Their CPU time
 * per run (all threads) moves far less with the load of a shared machine than wall time does.
 */
export function cliColdStarts(cli: string, seeds: { name: string; path: string }[], runs: number): ColdStarts {
  const commands = [["-e", ""], ...seeds.map((seed) => [cli, "lint", seed.path])];
  const { samples, cpuMs, exitCodes } = spawnInTurn(commands, runs);
  const node = { ...summarise(samples[0]), cpuMs: cpuMs[0] };
  return {
    cli,
    node,
    runs: seeds.map((seed, s) => {
      const timing = summarise(samples[s + 1]);
      const cpu = cpuMs[s + 1];
      const cpuOverNodeMs = cpu === undefined || node.cpuMs === undefined ? undefined : cpu - node.cpuMs;
      return { seed: seed.name, ...timing, overNodeMs: timing.median - node.median, cpuMs: cpu, cpuOverNodeMs, exitCode: exitCodes[s + 1] };
    }),
  };
}

/**
 * Spawns `node` with each list of arguments in turn, `runs` rounds after one round that is not
 * timed (it loads the files into the page cache, and lets the CLI write its code cache): a cold
 * start the user sees once is not the one they see every day. Output goes nowhere. The CPU time
 * of each command is the mean over the timed runs (from /proc, in ticks of 10 ms, so the more runs
 * the finer); undefined without /proc.
 */
export function spawnInTurn(commands: string[][], runs: number): { samples: number[][]; cpuMs: (number | undefined)[]; exitCodes: (number | null)[] } {
  const samples = commands.map(() => [] as number[]);
  const cpuTotals = commands.map(() => 0 as number | undefined);
  const exitCodes = commands.map(() => null as number | null);
  for (let round = 0; round <= runs; round++) {
    commands.forEach((args, c) => {
      const cpuBefore = processCpuMs("self", "children");
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: "ignore" });
      const elapsed = performance.now() - start;
      const cpuAfter = processCpuMs("self", "children");
      exitCodes[c] = result.status;
      if (round === 0) return;
      samples[c].push(elapsed);
      const total = cpuTotals[c];
      cpuTotals[c] = total === undefined || cpuBefore === undefined || cpuAfter === undefined ? undefined : total + cpuAfter - cpuBefore;
    });
  }
  return { samples, cpuMs: cpuTotals.map((total) => (total === undefined ? undefined : total / runs)), exitCodes };
}
