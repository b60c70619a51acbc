import { spawnSync } from "node:child_process";
import { summarise, type Timing } from "./measure.js";

export interface ColdStarts {
  /** The CLI bundle run: dist/cli.js, or the one given with --cli. */
  cli: string;
  node: Timing;
  runs: (Timing & { seed: string; overNodeMs: number; exitCode: number | null })[];
}

/**
 * Wall time of `node <cli> lint <seed>` spawned afresh each run, as a user or CI job runs
 * the CLI, against bare `node -e ""`. The two are spawned in turn, so that both see the same load
 * on a shared machine, and the CLI's own cost is the difference of their medians.
 */
export function cliColdStarts(cli: string, seeds: { name: string; path: string }[], runs: number): ColdStarts {
  const commands = [["-e", ""], ...seeds.map((seed) => [cli, "lint", seed.path])];
  const { samples, exitCodes } = spawnInTurn(commands, runs);
  const node = summarise(samples[0]);
  return {
    cli,
    node,
    runs: seeds.map((seed, s) => {
      const timing = summarise(samples[s + 1]);
      return { seed: seed.name, ...timing, overNodeMs: timing.median - node.median, exitCode: exitCodes[s + 1] };
    }),
  };
}

/**
 * Spawns `node` with each list of arguments in turn, `runs` rounds after one round that is not
 * timed (it loads the files into the page cache, and lets the CLI write its code cache): a cold
 * start the user sees once is not the one they see every day. Output goes nowhere.
 */
export function spawnInTurn(commands: string[][], runs: number): { samples: number[][]; exitCodes: (number | null)[] } {
  const samples = commands.map(() => [] as number[]);
  const exitCodes = commands.map(() => null as number | null);
  for (let round = 0; round <= runs; round++) {
    commands.forEach((args, c) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: "ignore" });
      const elapsed = performance.now() - start;
      exitCodes[c] = result.status;
      if (round > 0) samples[c].push(elapsed);
    });
  }
  return { samples, exitCodes };
}
