/** The commands run() knows: for "did you mean", and for the starter, which keeps a code cache for each. */
export const COMMANDS = ["lint", "renumber", "convert", "export", "import", "docs", "help"] as const;
