import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Whether a program is on the PATH. */
export function installed(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;
}

const profile = mkdtempSync(join(tmpdir(), "upr-lo-profile-"));

/**
 * Converts a file with LibreOffice, headless, into `format` ("pdf", "txt:Text (encoded):UTF8",
 * `docx:MS Word 2007 XML`); returns the converted file's bytes. Its own profile lets tests run beside
 * a LibreOffice the user has open.
 */
export function convert(bytes: Uint8Array, name: string, format: string, inputFilter?: string): Buffer {
  const directory = mkdtempSync(join(tmpdir(), "upr-lo-"));
  const input = join(directory, name);
  writeFileSync(input, bytes);
  const out = join(directory, "out");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", ...(inputFilter ? [`--infilter=${inputFilter}`] : []), "--convert-to", format, "--outdir", out, input],
    { stdio: "pipe", timeout: 120_000 },
  );
  const extension = format.split(":")[0];
  return readFileSync(join(out, `${basename(name).replace(/\.[^.]*$/, "")}.${extension}`));
}
