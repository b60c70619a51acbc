import type { Rule, Severity } from "./types.js";
import { findTerms, type TermFinding } from "../analysis/terminology/find-terms.js";
import type { TermEntry } from "../analysis/terminology/packs.js";
import { readTerminologySettings, type TermSeverity } from "../analysis/terminology/settings.js";

type RuleMetadata = Omit<Rule, "check" | "defaultSeverity" | "enabledByDefault" | "fixable">;

const PACK_NAMES: Record<TermEntry["pack"], string> = {
  luxembourg: "Luxembourg Guidelines",
  "un-general": "UN drafting language",
  "un-names": "UN body names",
  project: "project terms",
};

/** A terminology rule: reports the terms of one severity, with one fix per alternative. */
export function termRule(severity: TermSeverity, metadata: RuleMetadata): Rule {
  return {
    ...metadata,
    defaultSeverity: severity satisfies Severity,
    enabledByDefault: true,
    fixable: true,
    check({ document, options, report }) {
      const { settings } = readTerminologySettings(options);
      for (const finding of findTerms(document, settings)) {
        if (finding.entry.severity !== severity) continue;
        report({
          start: finding.start,
          end: finding.end,
          message: termMessage(finding),
          fixes: finding.replacements.map((replacement) => ({
            title: `Replace with '${replacement}'`,
            edits: [{ start: finding.start, end: finding.end, newText: replacement }],
          })),
        });
      }
    },
  };
}

/** One line: the term as written, what to write instead, why, and where the advice comes from. */
export function termMessage(finding: TermFinding): string {
  const { entry } = finding;
  const written = `“${finding.text.replace(/\s+/g, " ")}”`;
  const alternatives = entry.alternatives.map((alternative) => `“${alternative}”`).join(" or ");
  const head =
    entry.severity === "warning"
      ? `Avoid ${written}${alternatives ? `; write ${alternatives}` : ""}.`
      : `Use ${written} with caution${alternatives ? `; prefer ${alternatives}` : ""}.`;
  const legal = entry.legalTerm ? "; the legal term stays right in quotations of the law and in instrument titles" : "";
  return [head, entry.reason.trim(), `(${PACK_NAMES[entry.pack]}${legal}.)`].filter(Boolean).join(" ");
}
