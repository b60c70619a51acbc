/** What the server needs from where it runs: node has a file system, the web worker has none. */
export interface Platform {
  /**
   * Reads a configuration file the server can reach itself. Undefined when there is no such file; `refused`
   * with the reason when something is there but is not a file to read (a FIFO, a device, one too
   * big); null when the platform cannot read this URI, and the client is asked instead.
   */
  readFile(uri: string): Promise<string | { refused: string } | undefined | null>;
  /** The `.upr` drafts in the workspace folders, with their text, for workspace symbols; drafts over the size limit are left out. */
  workspaceDrafts(folders: readonly string[]): Promise<{ uri: string; text: string }[]>;
  /** Whether the connection writes the RawJson values of a message's params as they are (see raw-json.ts). */
  sendsRawJson?: boolean;
}
