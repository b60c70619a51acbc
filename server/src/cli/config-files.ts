import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LineIndex, allRules, configCandidates, parseConfig, type Problem, type UprConfig } from "../core/index.js";
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

  constructor(private readonly explicit?: string) {}

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
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if (explicit) throw new InputError(`cannot read config ${path}: ${(error as Error).message.split("\n")[0]}`);
      text = "";
    }
    const { config, problems } = parseConfig(text, allRules);
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
