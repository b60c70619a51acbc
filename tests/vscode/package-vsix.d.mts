/** Packs the extension in a throw-away copy of the working tree; returns the .vsix path. */
export function packageVsix(outFile?: string): string;
/** Runs `work` in a throw-away copy of the working tree (no dist/, node_modules linked); returns what it returns. */
export function inStagedCopy<T>(work: (stage: string) => T): T;
