import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, it } from "vitest";

function canMount(): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), "upr-tmpfs-probe-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=4k", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMount();

/**
 * Declares tests that run on a fresh tmpfs of `size` (mounted before each test, unmounted after),
 * which only root can mount; elsewhere they are skipped with a message saying so.
 */
export function withTmpfs(size: string, tests: (mountPoint: () => string, remountReadOnly: () => void) => void): void {
  if (!mountable) {
    it.skip(`needs root to mount a ${size} tmpfs; skipped`, () => {});
    console.warn(`upr-draft tests: a ${size} tmpfs cannot be mounted (not root?); the full-disk and read-only tests are skipped`);
    return;
  }
  describe(`on a ${size} tmpfs`, () => {
    let point = "";
    beforeEach(() => {
      point = mkdtempSync(join(tmpdir(), "upr-tmpfs-"));
      execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", point]);
    });
    afterEach(() => {
      execFileSync("umount", [point]);
      rmSync(point, { recursive: true, force: true });
    });
    tests(
      () => point,
      () => execFileSync("mount", ["-o", "remount,ro", point]),
    );
  });
}
