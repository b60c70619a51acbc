import { CONFIG_FILE_NAME } from "../core/index.js";

const HIERARCHICAL = /^([a-zA-Z][\w+.-]*:\/\/[^/?#]*)(\/[^?#]*)/;

/**
 * The config files that can apply to a document, nearest first: `.upr-draft.json` in its folder
 * and each folder above. Works on URIs of any scheme, so virtual workspaces are searched too. A
 * document without a folder (untitled:) uses the project file at the root of the workspace folders.
 */
export function configCandidates(documentUri: string, workspaceFolders: readonly string[]): string[] {
  const match = HIERARCHICAL.exec(documentUri);
  if (!match) return workspaceFolders.map((folder) => joinUri(folder, CONFIG_FILE_NAME));
  const [, root, path] = match;
  const segments = path.split("/").slice(1, -1);
  const candidates: string[] = [];
  for (let length = segments.length; length >= 0; length--) {
    candidates.push(`${root}/${[...segments.slice(0, length), CONFIG_FILE_NAME].join("/")}`);
  }
  return candidates;
}

export function joinUri(folder: string, name: string): string {
  return `${folder.replace(/\/+$/, "")}/${name}`;
}

export function isConfigFile(uri: string): boolean {
  return uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

/** Compares URIs as VS Code and the LSP may spell them: `file:///c%3A/x` and `file:///c:/x` are one file. */
export function uriKey(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
