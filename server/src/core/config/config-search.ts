import { CONFIG_FILE_NAME } from "./config.js";

/** The config file paths to try for a document in `directory`, nearest first, up to the root. */
export function configCandidates(directory: string): string[] {
  const separator = directory.includes("\\") && !directory.includes("/") ? "\\" : "/";
  const parts = directory.split(separator);
  const candidates: string[] = [];
  for (let length = parts.length; length > 0; length--) {
    const base = parts.slice(0, length).join(separator);
    candidates.push(`${base === "" ? "" : base}${separator}${CONFIG_FILE_NAME}`);
  }
  return [...new Set(candidates)];
}
