import { readFileSync } from "node:fs";

export interface Timing {
  /** Milliseconds. */
  median: number;
  min: number;
  p90: number;
  iterations: number;
}

/** Runs `run` once and times it. */
export function timeOnce(run: () => unknown): Timing {
  const start = performance.now();
  run();
  return summarise([performance.now() - start]);
}

/**
 * Times `run` within about `budgetMs`: it first runs untimed for a quarter of the budget, and at
 * least twice, so that the JIT has compiled the hot paths and the heap has grown to what the run
 * needs; the number of timed runs is worked out from those warm runs (a first, cold run would
 * suggest too few). Every tool compared is timed the same way.
 */
export function timeWithin(run: () => unknown, budgetMs: number): Timing {
  const warmupStart = performance.now();
  let warmRuns = 0;
  let lastRunMs = 0;
  while (warmRuns < MIN_WARM_RUNS || performance.now() - warmupStart < budgetMs / 4) {
    const start = performance.now();
    run();
    lastRunMs = performance.now() - start;
    warmRuns++;
  }
  const runs = Math.max(MIN_RUNS, Math.min(MAX_RUNS, Math.floor(budgetMs / Math.max(lastRunMs, 0.01))));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const MIN_WARM_RUNS = 2;
const MIN_RUNS = 5;
const MAX_RUNS = 2000;

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], p90: at(0.9), iterations: sorted.length };
}

/** Clock ticks a second in /proc's times: USER_HZ, 100 on Linux whatever the kernel's own tick. */
const USER_HZ = 100;

/**
 * CPU time (user and system) so far, in ms, from /proc/<pid>/stat: the process's own (fields 14
 * and 15), or that of its children it has waited for (fields 16 and 17); undefined where /proc is
 * missing.
 */
export function processCpuMs(pid: number | "self" | undefined, of: "own" | "children" = "own"): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const first = of === "own" ? 11 : 13;
    return ((Number(fields[first]) + Number(fields[first + 1])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}
