import { spawnSync } from "node:child_process";
import { summarise, type Timing } from "./measure.js";

export interface ColdStarts {
  node: Timing;
  runs: (Timing & { seed: string; overNodeMs: number; exitCode: number | null })[];
}

/**
 * Wall time of `node dist/cli.js lint <seed>` spawned afresh each run, as a user or CI job runs
 * the CLI, against bare `node -e ""`. The two are spawned in turn, so that both see the same load
 * on a shared machine, and the CLI's own cost is the difference of their medians.
 */
export function cliColdStarts(seeds: { name: string; path: string }[], runs: number): ColdStarts {
  const commands = [["-e", ""], ...seeds.map((seed) => ["dist/cli.js", "lint", seed.path])];
  const samples = commands.map(() => [] as number[]);
  const exitCodes = commands.map(() => null as number | null);
  // The first round also loads the files into the page cache; it is not a cold start the user sees twice.
  for (let round = 0; round <= runs; round++) {
    commands.forEach((args, c) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: "ignore" });
      const elapsed = performance.now() - start;
      exitCodes[c] = result.status;
      if (round > 0) samples[c].push(elapsed);
    });
  }
  const node = summarise(samples[0]);
  return {
    node,
    runs: seeds.map((seed, s) => {
      const timing = summarise(samples[s + 1]);
      return { seed: seed.name, ...timing, overNodeMs: timing.median - node.median, exitCode: exitCodes[s + 1] };
    }),
  };
}
