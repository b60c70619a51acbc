import type { Directive, UprDocument } from "../document/model.js";
import type { Rule } from "../rules/types.js";

/**
 * Which lines `<!-- upr-draft-… -->` comments switch a rule off on; undefined when no comment
 * concerns the rule, so that its problems need no line looked up.
 */
export function disabledLines(document: UprDocument, rule: Rule): ((line: number) => boolean) | undefined {
  let fileOff = false;
  const switches: Directive[] = [];
  const singleLines = new Set<number>();
  for (const directive of document.directives) {
    if (!names(directive, rule)) continue;
    if (directive.kind === "disable-file" || directive.kind === "enable-file") fileOff = directive.kind === "disable-file";
    else if (directive.kind === "disable" || directive.kind === "enable") switches.push(directive);
    else singleLines.add(directive.kind === "disable-line" ? directive.line : directive.line + 1);
  }
  if (fileOff) return () => true;
  if (switches.length === 0 && singleLines.size === 0) return undefined;
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
