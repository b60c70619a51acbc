import type { AbbreviationDefinition, UprDocument } from "../../document/model.js";
import type { Span } from "../../text/text.js";
import { blockAt } from "../../document/span-search.js";
import { blockWordTokens } from "../terminology/words.js";
import { abbreviationKey, analyseAbbreviations, looksLikeAbbreviation } from "./analysis.js";
import { knownAbbreviationsFor, type KnownExpansion } from "./known.js";
import type { AbbreviationSettings } from "./settings.js";

/** What an abbreviation under the cursor stands for: for hover and go to definition. */
export interface AbbreviationInfo {
  /** The abbreviation as the document defines it (`CRC`, also when `UNCRC` is written). */
  abbreviation: string;
  /** The word at the offset, as written. */
  span: Span;
  written: string;
  expansion?: string;
  /** The definition in this document; go to definition goes to its `start` (the expansion) or its `abbreviationSpan`. */
  definition?: AbbreviationDefinition;
  /** For an abbreviation the document does not define: the built-in list's or the project's entry. */
  known?: KnownExpansion;
}

/** The abbreviation at an offset, if the word there is one the document defines or readers know. */
export function abbreviationAt(document: UprDocument, offset: number, settings: AbbreviationSettings = {}): AbbreviationInfo | undefined {
  const { first, variants, definitions } = analyseAbbreviations(document);
  const own = definitions.find((definition) => definition.abbreviationSpan.start <= offset && offset <= definition.abbreviationSpan.end);
  if (own) return { abbreviation: own.abbreviation, span: own.abbreviationSpan, written: own.abbreviation, expansion: own.expansion, definition: own };

  const block = blockAt(document, offset);
  if (!block) return undefined;
  const tokens = blockWordTokens(document, [block]);
  const i = tokens.indexAfter(offset - 1);
  if (i >= tokens.count || tokens.starts[i] > offset) return undefined;
  const written = tokens.original(i).replace(/['’]s$/, "");
  if (!looksLikeAbbreviation(written)) return undefined;
  const span = { start: tokens.starts[i], end: tokens.starts[i] + written.length };
  const key = abbreviationKey(written);
  const standing = variants.get(key) ?? key;
  const definition = first.get(standing);
  if (definition) return { abbreviation: definition.abbreviation, span, written, expansion: definition.expansion, definition };
  const known = knownAbbreviationsFor(settings).get(standing);
  return known ? { abbreviation: standing, span, written, expansion: known.expansion, known } : undefined;
}

export interface AbbreviationCompletion {
  abbreviation: string;
  expansion: string;
  definition: AbbreviationDefinition;
}

/** The abbreviations the document defines, in the order of their first definition. */
export function abbreviationCompletions(document: UprDocument): AbbreviationCompletion[] {
  return [...analyseAbbreviations(document).first.values()].map((definition) => ({
    abbreviation: definition.abbreviation,
    expansion: definition.expansion,
    definition,
  }));
}
