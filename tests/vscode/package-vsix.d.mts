/** Packs the extension in a throw-away copy of the working tree; returns the .vsix path. */
export function packageVsix(outFile?: string): string;
