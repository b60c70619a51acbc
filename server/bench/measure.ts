export interface Timing {
  /** Milliseconds. */
  median: number;
  min: number;
  p90: number;
  iterations: number;
}

export interface TimingPlan {
  /** Untimed runs first, so the JIT has compiled the hot paths: this many at least, and for this long. */
  warmup: number;
  warmupMs: number;
  minIterations: number;
  maxIterations: number;
  /** Keep timing until this much time was spent (and minIterations were run). */
  minTotalMs: number;
}

/** Runs `run` repeatedly and summarises the wall time of each run. */
export function time(run: () => unknown, plan: TimingPlan): Timing {
  const warmupStart = performance.now();
  for (let i = 0; i < plan.warmup || performance.now() - warmupStart < plan.warmupMs; i++) run();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < plan.maxIterations && (samples.length < plan.minIterations || total < plan.minTotalMs)) {
    const start = performance.now();
    run();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    total += elapsed;
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], p90: at(0.9), iterations: sorted.length };
}

/**
 * A plan whose iteration count suits a task of about `estimateMs`: many runs of a fast task, a few
 * of a slow one. Every task is warmed up for a quarter of the budget, so that the tools compared
 * are both timed once the JIT has settled, not while it is still compiling.
 */
export function planFor(estimateMs: number, budgetMs: number): TimingPlan {
  const runs = Math.max(3, Math.min(1000, Math.floor(budgetMs / Math.max(estimateMs, 0.01))));
  return { warmup: 1, warmupMs: budgetMs / 4, minIterations: Math.min(runs, 5), maxIterations: runs, minTotalMs: budgetMs };
}

/** Times one run, to size the plan for the real measurement. */
export function probe(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
