import { readdirSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";

/** The kinds of file a folder is searched for: drafts. Other text files are linted when named or matched by a glob. */
export const FOLDER_EXTENSIONS: readonly string[] = [".upr"];

/**
 * The files that the paths on the command line stand for, in order and each once: a file as it is,
 * a folder as the drafts in it and below it (not in node_modules or folders whose names start with
 * a dot, and not files whose names do), and a glob, such as "drafts/**\/*.txt", as the files it
 * matches (not through linked folders, nor in node_modules or dot-folders that the pattern does not
 * name). A path that is none of these is kept, for the reader to report. A folder or glob that
 * yields nothing is reported through `nothingFound`.
 */
export function expandPaths(paths: readonly string[], nothingFound: (message: string) => void): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const kind = kindOf(path);
    if (kind === "directory") {
      const found = draftsIn(path);
      if (found.length === 0) nothingFound(`${path} holds no ${FOLDER_EXTENSIONS.join(" or ")} drafts`);
      files.push(...found);
    } else if (kind === undefined && path !== "-" && isDynamicPattern(path)) {
      const matched = globFiles(path);
      if (matched.length === 0) nothingFound(`no file matches ${path}`);
      files.push(...matched);
    } else files.push(path);
  }
  return [...new Set(files)];
}

function kindOf(path: string): "directory" | "other" | undefined {
  try {
    return statSync(path).isDirectory() ? "directory" : "other";
  } catch {
    return undefined;
  }
}

/** Matches in the form the pattern was given (absolute or relative), not through linked folders nor in node_modules below the pattern's fixed start. */
function globFiles(pattern: string): string[] {
  const matched = globSync(pattern, { onlyFiles: true, expandDirectories: false, followSymbolicLinks: false, absolute: isAbsolute(pattern) });
  const segments = pattern.split("/");
  const base = resolve(segments.slice(0, segments.findIndex((segment) => isDynamicPattern(segment))).join("/") || ".");
  return matched.filter((file) => !relative(base, resolve(file)).split(sep).includes("node_modules")).sort();
}

/** Symbolic links to folders are not followed, so that a link to a parent cannot make the walk endless. */
function draftsIn(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") found.push(...draftsIn(path));
    } else if (FOLDER_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && (entry.isFile() || kindOf(path) === "other")) {
      found.push(path);
    }
  }
  return found;
}
