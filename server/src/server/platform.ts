/** What the server needs from where it runs: node has a file system, the web worker has none. */
export interface Platform {
  /**
   * Reads a file the server can reach itself. Undefined when there is no such file; null when the
   * platform cannot read this URI, and the client is asked instead.
   */
  readFile(uri: string): Promise<string | undefined | null>;
  /** The `.upr` drafts in the workspace folders, with their text, for workspace symbols. */
  workspaceDrafts(folders: readonly string[]): Promise<{ uri: string; text: string }[]>;
}
