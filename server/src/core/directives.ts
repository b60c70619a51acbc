import type { Directive, UprDocument } from "./model.js";
import type { Rule } from "./rules/types.js";

/** Answers whether a rule is switched off on a line by `<!-- upr-draft-… -->` comments. */
export type DisabledCheck = (rule: Rule, line: number) => boolean;

const NEVER: DisabledCheck = () => false;

export function disabledChecker(document: UprDocument): DisabledCheck {
  const directives = document.directives;
  if (directives.length === 0) return NEVER;
  const fileWide = directives.filter((d) => d.kind === "disable-file" || d.kind === "enable-file");
  const ranged = directives.filter((d) => d.kind === "disable" || d.kind === "enable");
  const single = directives.filter((d) => d.kind === "disable-line" || d.kind === "disable-next-line");
  return (rule, line) => {
    let off = false;
    for (const directive of fileWide) if (names(directive, rule)) off = directive.kind === "disable-file";
    if (off) return true;
    for (const directive of ranged) {
      if (directive.line > line) break;
      if (names(directive, rule)) off = directive.kind === "disable";
    }
    if (off) return true;
    return single.some(
      (directive) =>
        names(directive, rule) &&
        (directive.kind === "disable-line" ? directive.line === line : directive.line + 1 === line),
    );
  };
}

function names(directive: Directive, rule: Rule): boolean {
  if (directive.rules.length === 0) return true;
  return directive.rules.some((key) => key.toUpperCase() === rule.id || key.toLowerCase() === rule.name);
}
