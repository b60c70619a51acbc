import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { configSizeProblem, lintSizeProblem } from "../core/index.js";
import { FileRefusal, readRegularFile } from "../files/regular-file.js";
import type { Platform } from "./platform.js";
import { TextCache } from "./text-cache.js";

const DRAFT_EXTENSION = ".upr";
/** Enough for any coalition's drafts; a folder with more is not a folder of drafts. */
const MAX_DRAFTS = 2000;
const SKIPPED_FOLDERS = new Set(["node_modules"]);
/** Characters of drafts that are not open kept between workspace symbol searches: some thousand submissions. */
const TEXT_CACHE_BUDGET = 32 * 1024 * 1024;

/** Reads files from disk; URIs of other schemes (virtual workspaces) are left to the client. */
export function nodePlatform(): Platform {
  const texts = new TextCache(TEXT_CACHE_BUDGET);

  /** A draft's text for workspace symbols; undefined for one that cannot be read or is over the size limit. */
  async function readCached(path: string): Promise<string | undefined> {
    try {
      const { mtimeMs } = await stat(path);
      const cached = texts.get(path, mtimeMs);
      if (cached !== undefined) return cached;
      const text = (await readRegularFile(path, (bytes) => lintSizeProblem(bytes))).toString("utf8");
      texts.set(path, mtimeMs, text);
      return text;
    } catch {
      return undefined;
    }
  }

  return {
    async readFile(uri) {
      const path = filePath(uri);
      if (path === undefined) return null;
      try {
        return (await readRegularFile(path, configSizeProblem)).toString("utf8");
      } catch (error) {
        if (error instanceof FileRefusal && error.code !== "ENOENT" && error.code !== "ENOTDIR") return { refused: error.message };
        return undefined;
      }
    },
    async workspaceDrafts(folders) {
      const paths: string[] = [];
      for (const folder of folders) {
        const path = filePath(folder);
        if (path !== undefined) await findDrafts(path, paths);
      }
      const drafts = await Promise.all(paths.map(async (path) => ({ uri: pathToFileURL(path).href, text: await readCached(path) })));
      return drafts.filter((draft): draft is { uri: string; text: string } => draft.text !== undefined);
    },
  };
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

async function findDrafts(directory: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (out.length >= MAX_DRAFTS) return;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) await findDrafts(join(directory, entry.name), out);
    } else if (entry.isFile() && entry.name.endsWith(DRAFT_EXTENSION)) {
      out.push(join(directory, entry.name));
    }
  }
}
