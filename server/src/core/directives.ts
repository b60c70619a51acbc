import type { Directive, UprDocument } from "./model.js";
import type { Rule } from "./rules/types.js";

/** Answers whether a rule is switched off on a line by `<!-- upr-draft-… -->` comments. */
export type DisabledCheck = (rule: Rule, line: number) => boolean;

/** The answer for a draft without such comments: its lines need not be looked up. */
export const NEVER_DISABLED: DisabledCheck = () => false;

export function disabledChecker(document: UprDocument): DisabledCheck {
  const directives = document.directives;
  if (directives.length === 0) return NEVER_DISABLED;
  const byRule = new Map<Rule, (line: number) => boolean>();
  return (rule, line) => {
    let check = byRule.get(rule);
    if (!check) {
      check = ruleChecker(directives, rule);
      byRule.set(rule, check);
    }
    return check(line);
  };
}

/** One rule's answer per line, worked out once: a draft may have many comments and many problems. */
function ruleChecker(directives: Directive[], rule: Rule): (line: number) => boolean {
  let fileOff = false;
  const switches: Directive[] = [];
  const singleLines = new Set<number>();
  for (const directive of directives) {
    if (!names(directive, rule)) continue;
    if (directive.kind === "disable-file" || directive.kind === "enable-file") fileOff = directive.kind === "disable-file";
    else if (directive.kind === "disable" || directive.kind === "enable") switches.push(directive);
    else singleLines.add(directive.kind === "disable-line" ? directive.line : directive.line + 1);
  }
  if (fileOff) return () => true;
  return (line) => singleLines.has(line) || lastSwitchAtOrBefore(switches, line)?.kind === "disable";
}

/** Directives come in text order, so their lines never decrease. */
function lastSwitchAtOrBefore(switches: Directive[], line: number): Directive | undefined {
  let low = 0;
  let high = switches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (switches[mid].line <= line) low = mid + 1;
    else high = mid;
  }
  return switches[low - 1];
}

function names(directive: Directive, rule: Rule): boolean {
  if (directive.rules.length === 0) return true;
  return directive.rules.some((key) => key.toUpperCase() === rule.id || key.toLowerCase() === rule.name);
}
