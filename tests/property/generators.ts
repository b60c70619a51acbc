import fc from "fast-check";

/**
 * Property runs are reproducible: the seed is fixed unless FC_SEED gives another, and FC_RUNS
 * scales the number of runs (1 by default; 10 for a longer hunt). A failure prints its seed and path.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const scale = Number(process.env.FC_RUNS ?? 1);
  return { seed: Number(process.env.FC_SEED ?? 20261129), numRuns: Math.max(1, Math.round(numRuns * scale)) };
}

const WORDS = [
  "the", "State", "children", "child", "Government", "of", "Pakistan", "protection", "exploitation", "law", "and", "in",
  "children’s", "don't", "in-depth", "2016", "18", "UNICEF", "CRC", "OPSC", "NGOs", "prostitution", "pornography", "trafficking",
];
const TERMS = ["child pornography", "child prostitution", "child sex tourism", "street children", "juvenile", "commercial sexual exploitation"];
const DEFINITIONS = [
  "Convention on the Rights of the Child (CRC)",
  "Optional Protocol (hereinafter ‘OPSC’)",
  "Child Sexual Exploitation (hereinafter “CSE”)",
  "Government of Pakistan (GoP)",
];
const THEMES = ["[F31]", "[F33, A12]", "F31 Children: definition; general principles; protection", "Themes: F31, Z99"];
const REFERENCES = ["see paragraph 3", "paras 2–4", "paragraphs 1, 2 and 7", "para. 12 of A/HRC/33/12"];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ minLength: 1, maxLength: 6 }) },
);
/** Pasted footnote markers count up from 1 in small steps; small numbers make them and their page-bottom texts meet. */
const footnoteNumber = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 }));
const glued = fc.tuple(fc.constantFrom("Exploitation", "prostitution,", "Karachi.", "tourism”"), footnoteNumber).map(([text, n]) => `${text}${n}`);
const phrase = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom(...TERMS) },
  { weight: 1, arbitrary: fc.constantFrom(...DEFINITIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...THEMES) },
  { weight: 1, arbitrary: fc.constantFrom(...REFERENCES) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `word[^${n}]`) },
  { weight: 1, arbitrary: glued },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => `“${words.join(" ")}”`) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => `‘${words.join(" ")}’`) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => `"${words.join(" ")}"`) },
);
const sentence = fc
  .tuple(fc.array(phrase, { minLength: 1, maxLength: 12 }), fc.constantFrom(".", ".", ":", ";", "", "?"))
  .map(([phrases, end]) => phrases.join(" ") + end);
const roman = fc.constantFrom("I", "II", "III", "IV", "V", "VI", "IX", "X", "XL", "IIII");
const letter = fc.constantFrom("a", "b", "c", "d", "z", "aa", "bb", "ab", "A", "B");
const number = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1200 }));

/** One line of the shapes a submission is made of, pasted or canonical. */
export const submissionLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(number, sentence).map(([n, text]) => `${n}. ${text}`) },
  { weight: 3, arbitrary: fc.tuple(letter, sentence).map(([l, text]) => `${l}. ${text}`) },
  { weight: 3, arbitrary: sentence },
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.tuple(roman, sentence).map(([r, text]) => `(${r}) ${text}`) },
  { weight: 1, arbitrary: fc.tuple(roman, sentence).map(([r, text]) => `# (${r}) ${text}`) },
  { weight: 1, arbitrary: fc.tuple(roman, sentence).map(([r, text]) => `${r}. ${text}`) },
  { weight: 1, arbitrary: fc.tuple(letter, sentence).map(([l, text]) => `## ${l}. ${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("-", "•", "–"), sentence).map(([b, text]) => `${b} ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom("Recommendations", "Specific recommendations on child protection", "We recommend that the Government of Pakistan:") },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), sentence).map(([n, text]) => `[^${n}]: ${text}`) },
  { weight: 1, arbitrary: fc.tuple(footnoteNumber, sentence).map(([n, text]) => `${n} ${text}`) },
  { weight: 1, arbitrary: footnoteNumber.map((n) => `${n} UNICEF, Report on the situation of children, https://www.unicef.org/report`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("https://www.example.org/report.pdf", "www.ecpat.org") },
  { weight: 1, arbitrary: sentence.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom("Annex 1 - Thematic list", "# Annex", "Annexes") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "<!-- upr-draft-disable-next-line UPR001 -->",
      "<!-- upr-draft-disable paragraph-numbering -->",
      "<!-- upr-draft-enable -->",
      "<!-- upr-draft-disable-file UPR101 -->",
      "<!-- a comment",
      "that ends here -->",
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(" ", "\t", "   "), sentence).map(([indent, text]) => indent + text) },
  { weight: 1, arbitrary: fc.string16bits({ maxLength: 30 }) },
);

const FRONT_MATTER = ["---", "state: Pakistan", "cycle: 4", "submission: joint", "organisations:", "  - ECPAT International", "---"];
const lineBreak = fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\n \n");

/** Text as extracted from a PDF: no front matter, no `[^n]`, often an empty line between wrapped lines. */
const pastedText: fc.Arbitrary<string> = fc
  .tuple(fc.array(submissionLine, { maxLength: 40 }), lineBreak)
  .map(([lines, eol]) => lines.join(eol).replace(/\[\^/g, "["));

/** A draft: optional front matter, then submission-like lines joined by one kind of line break; or pasted text. */
export const submissionText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.boolean(), fc.array(submissionLine, { maxLength: 40 }), lineBreak).map(([frontMatter, lines, eol]) => [...(frontMatter ? FRONT_MATTER : []), ...lines].join(eol)),
  pastedText,
);

/** Canonical drafts always have front matter, as `convert` and the snippets write them. */
export const canonicalText: fc.Arbitrary<string> = fc
  .tuple(fc.array(submissionLine, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\n\n"))
  .map(([lines, eol]) => [...FRONT_MATTER, ...lines].join(eol));

/** A canonical draft of a few pages: long enough that an edit leaves most of it, and most of its findings, behind or ahead. */
export const longCanonicalText: fc.Arbitrary<string> = fc
  .tuple(fc.array(submissionLine, { minLength: 60, maxLength: 160 }), fc.constantFrom("\n", "\r\n", "\n\n"))
  .map(([lines, eol]) => [...FRONT_MATTER, ...lines].join(eol));

/** Anything at all: any UTF-16 code units (lone surrogates too), full unicode, control characters, and mixtures with submission lines. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.fullUnicodeString({ maxLength: 200 }),
  fc.string16bits({ maxLength: 300 }),
  fc.stringOf(fc.integer({ min: 0, max: 0x20 }).map((code) => String.fromCharCode(code)), { maxLength: 100 }),
  fc.array(fc.oneof(submissionLine, fc.string16bits({ maxLength: 20 })), { maxLength: 30 }).map((lines) => lines.join("\n")),
  submissionText,
);

/** An edit at a place chosen as a share of the text's length. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/**
 * Where an edit falls, as a share of the text's length: mostly anywhere, evenly. fast-check's
 * doubles are even over their bit patterns, so nearly all of them are tiny: an edit at the very
 * start, in the front matter, which is parsed in full. Some still go to the ends.
 */
const share = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).noBias().map((n) => n / 1_000_000) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1) },
);

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: share,
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(
    fc.constantFrom("", "x", " ", "\n", "\r", "\n\n", "1. ", "a. ", "# ", "<!--", "-->", "“", "”", "'", "[^9]", "(hereinafter ‘ZZ’)", "Annex"),
    fc.constantFrom(" CRC", "Convention on the Rights of the Child (CRC) ", "[F31] ", "Z99 ", " theme ", "The State should ", "consider ", "\nb. Ratify the OPSC.\n"),
    // What the rules that keep per-block findings read: brackets, a backslash, labels, a bracketed abbreviation, a number at a line end.
    fc.constantFrom("(", ")", "[", "]", " \\what ", "Recommendation 2.1: ", "\nRecommendation 2.3: Ratify", " (UNRCR)", ". 2\n", "Silove D, Steel Z. "),
    submissionLine.map((line) => line + "\n"),
    fc.string16bits({ maxLength: 5 }),
  ),
});

export function applyEdit(text: string, { at, remove, insert }: Edit): string {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}
