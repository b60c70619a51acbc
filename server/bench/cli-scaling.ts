import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnInTurn } from "./cold-start.js";
import { summarise, type Timing } from "./measure.js";
import { syntheticDraft } from "./synthetic.js";

export interface CliScaling {
  rows: (Timing & { copies: number; chars: number; cpuMs?: number; exitCode: number | null })[];
  /** The median of the biggest draft over that of the smallest. */
  growth: number;
}

/**
 * `node <cli> lint <draft>` on drafts made of `sizes` copies of the seed, written to a temporary
 * folder and spawned in turn, start-up included: what a CI job pays for a long draft against a
 * shorter one.
 */
export function cliScaling(cli: string, seed: string, sizes: number[], runs: number): CliScaling {
  const folder = mkdtempSync(join(tmpdir(), "upr-bench-"));
  try {
    const drafts = sizes.map((copies) => ({ copies, text: syntheticDraft(seed, copies), path: join(folder, `seed-x${copies}.upr`) }));
    for (const draft of drafts) writeFileSync(draft.path, draft.text);
    const { samples, cpuMs, exitCodes } = spawnInTurn(
      drafts.map((draft) => [cli, "lint", draft.path]),
      runs,
    );
    const rows = drafts.map((draft, d) => ({ copies: draft.copies, chars: draft.text.length, cpuMs: cpuMs[d], exitCode: exitCodes[d], ...summarise(samples[d]) }));
    return { rows, growth: rows[rows.length - 1].median / rows[0].median };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
