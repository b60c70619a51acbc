import { spawnSync } from "node:child_process";
import { summarise, type Timing } from "./measure.js";

/** Wall time of `node <args>` spawned afresh each run, as a user or CI job runs the CLI. */
export function coldStarts(args: string[], runs: number): Timing & { exitCode: number | null } {
  const samples: number[] = [];
  let exitCode: number | null = null;
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: "ignore" });
    const elapsed = performance.now() - start;
    exitCode = result.status;
    // The first spawn also loads the files into the page cache; it is not a cold start the user sees twice.
    if (i > 0) samples.push(elapsed);
  }
  return { ...summarise(samples), exitCode };
}
