export interface Timing {
  /** Milliseconds. */
  median: number;
  min: number;
  p90: number;
  iterations: number;
}

export interface TimingPlan {
  /** Untimed runs first, so the JIT has compiled the hot paths. */
  warmup: number;
  minIterations: number;
  maxIterations: number;
  /** Keep timing until this much time was spent (and minIterations were run). */
  minTotalMs: number;
}

/** Runs `run` repeatedly and summarises the wall time of each run. */
export function time(run: () => unknown, plan: TimingPlan): Timing {
  for (let i = 0; i < plan.warmup; i++) run();
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

/** A plan whose iteration count suits a task of about `estimateMs`: many runs of a fast task, a few of a slow one. */
export function planFor(estimateMs: number, budgetMs: number): TimingPlan {
  const runs = Math.max(3, Math.min(200, Math.floor(budgetMs / Math.max(estimateMs, 0.01))));
  return { warmup: Math.min(10, Math.max(1, runs >> 3)), minIterations: Math.min(runs, 5), maxIterations: runs, minTotalMs: budgetMs };
}

/** Times one run, to size the plan for the real measurement. */
export function probe(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
