import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LineIndex, allRules, configCandidates, configSizeProblem, parseConfig, type Problem, type UprConfig } from "../core/index.js";
import { FileRefusal, readRegularFileSync } from "../files/regular-file.js";
import { InputError } from "./input.js";
import type { FileResult } from "./formatters.js";

export interface LoadedConfig {
  path?: string;
  config: UprConfig;
  /** Problems in the config file itself, reported like a draft's. */
  result?: FileResult;
}

/** Finds and reads configuration: an explicit --config file, or the nearest .upr-draft.json above each draft. */
export class ConfigLoader {
  private readonly cache = new Map<string, LoadedConfig>();

  /** An explicit file is read at once: a missing one stops the command in one line, before any draft is read. */
  constructor(private readonly explicit?: string) {
    if (explicit) this.load(explicit, true);
  }

  forDraft(draftPath: string): LoadedConfig {
    if (this.explicit) return this.load(this.explicit, true);
    const directory = draftPath === "-" ? process.cwd() : dirname(resolve(draftPath));
    const found = configCandidates(directory).find((candidate) => existsSync(candidate));
    return found ? this.load(found, false) : { config: {} };
  }

  private load(path: string, explicit: boolean): LoadedConfig {
    const cached = this.cache.get(path);
    if (cached) return cached;
    let text: string;
    let unreadable: string | undefined;
    try {
      text = new TextDecoder().decode(readRegularFileSync(path, configSizeProblem));
    } catch (error) {
      if (!(error instanceof FileRefusal)) throw error;
      if (explicit) throw new InputError(`cannot read the config file ${path} (--config): ${error.message}`);
      text = "";
      unreadable = `The configuration cannot be read (${error.message}); the defaults are used.`;
    }
    const parsed = parseConfig(text, allRules);
    const config = parsed.config;
    const problems = unreadable ? [{ start: 0, end: 0, message: unreadable }] : parsed.problems;
    const configProblems: Problem[] = problems.map((problem) => ({
      ...problem,
      ruleId: "config",
      ruleName: "config-file",
      severity: "warning",
    }));
    const loaded: LoadedConfig = {
      path,
      config,
      result: configProblems.length > 0 ? { file: path, index: new LineIndex(text), problems: configProblems } : undefined,
    };
    this.cache.set(path, loaded);
    return loaded;
  }
}
