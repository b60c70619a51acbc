import type { Rule } from "./types.js";
import { paragraphNumbering } from "./upr001-paragraph-numbering.js";
import { unnumberedParagraph } from "./upr002-unnumbered-paragraph.js";
import { sectionNumbering } from "./upr003-section-numbering.js";
import { headingStyle } from "./upr004-heading-style.js";
import { recommendationLettering } from "./upr005-recommendation-lettering.js";
import { footnoteOrder } from "./upr006-footnote-order.js";
import { footnoteDefinitions } from "./upr007-footnote-definitions.js";
import { crossReferences } from "./upr008-cross-references.js";
import { frontMatter } from "./upr009-front-matter.js";
import { repeatedFootnoteMarker } from "./upr010-repeated-footnote-marker.js";
import { noteListNumbering } from "./upr011-note-list-numbering.js";
import { avoidedTerm } from "./upr101-avoided-term.js";
import { cautionTerm } from "./upr102-caution-term.js";
import { misquotedTitle } from "./upr103-misquoted-title.js";
import { abbreviationBeforeDefinition } from "./upr111-abbreviation-before-definition.js";
import { abbreviationDefinedTwice } from "./upr112-abbreviation-defined-twice.js";
import { abbreviationUnused } from "./upr113-abbreviation-unused.js";
import { abbreviationForms } from "./upr114-abbreviation-forms.js";
import { abbreviationUndefined } from "./upr115-abbreviation-undefined.js";
import { mistypedAbbreviation } from "./upr116-mistyped-abbreviation.js";
import { unknownTheme } from "./upr201-unknown-theme.js";
import { themeTitle } from "./upr202-theme-title.js";
import { untaggedRecommendations } from "./upr203-untagged-recommendations.js";
import { wordLimit } from "./upr301-word-limit.js";
import { submittingOrganisations } from "./upr302-submitting-organisations.js";
import { previousRecommendations } from "./upr303-previous-recommendations.js";
import { recommendationVerb } from "./upr401-recommendation-verb.js";
import { vagueAction } from "./upr402-vague-action.js";
import { duplicateRecommendation } from "./upr403-duplicate-recommendation.js";
import { unclosedBracket } from "./upr501-unclosed-bracket.js";
import { quotationMarks } from "./upr502-quotation-marks.js";
import { strayBackslash } from "./upr503-stray-backslash.js";
import { misspelling } from "./upr511-misspelling.js";
import { missingOrRepeatedWord } from "./upr512-missing-or-repeated-word.js";
import { nameSpeltTwoWays } from "./upr513-name-spelt-two-ways.js";

/** Every rule, in ID order. */
export const allRules: readonly Rule[] = [
  paragraphNumbering,
  unnumberedParagraph,
  sectionNumbering,
  headingStyle,
  recommendationLettering,
  footnoteOrder,
  footnoteDefinitions,
  crossReferences,
  frontMatter,
  repeatedFootnoteMarker,
  noteListNumbering,
  avoidedTerm,
  cautionTerm,
  misquotedTitle,
  abbreviationBeforeDefinition,
  abbreviationDefinedTwice,
  abbreviationUnused,
  abbreviationForms,
  abbreviationUndefined,
  mistypedAbbreviation,
  unknownTheme,
  themeTitle,
  untaggedRecommendations,
  wordLimit,
  submittingOrganisations,
  previousRecommendations,
  recommendationVerb,
  vagueAction,
  duplicateRecommendation,
  unclosedBracket,
  quotationMarks,
  strayBackslash,
  misspelling,
  missingOrRepeatedWord,
  nameSpeltTwoWays,
];
