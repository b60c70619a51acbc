import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Tests that run the bundles (CLI, language server) need them built from the current sources. */
export default function buildOnce(): void {
  const root = join(__dirname, "../..");
  execFileSync(process.execPath, [join(root, "esbuild.mjs")], { cwd: root, stdio: "inherit" });
}
