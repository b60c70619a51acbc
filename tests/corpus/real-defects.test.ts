import { describe, expect, it } from "vitest";
import { corpusFiles, lintForm, type Form } from "./corpus.js";

/**
 * The real defects that the corpus README lists and a rule covers: each is reported where it
 * stands, as pasted and after convert. A defect is found by its rule and a piece of the line the
 * problem is on (its spaces collapsed), which convert leaves as it was.
 */
const REAL_DEFECTS: { file: string; rule: string; line: string; what: string }[] = [
  { file: "uk-ccw.txt", rule: "UPR001", line: "3.2.1 Equality Act", what: "3.2.1 follows 3.1.8: nothing is numbered 3.2" },
  { file: "uk-ccw.txt", rule: "UPR001", line: "3.3.1 Rights of Children and Young Persons", what: "nothing is numbered 3.3" },
  { file: "uk-ccw.txt", rule: "UPR001", line: "3.4.1 General Measures of Implementation", what: "nothing is numbered 3.4" },
  { file: "uk-ccw.txt", rule: "UPR001", line: "4.4.2", what: "a bare 4.4.2 with no text" },
  { file: "uk-ccw.txt", rule: "UPR103", line: "Cruel, Inhumane or Degrading", what: "the Convention against Torture's title misquoted" },
  { file: "uk-ccw.txt", rule: "UPR010", line: "including corporal punishment. 1", what: "a stray footnote marker 1 after a quoted recommendation" },
  { file: "uk-ccw.txt", rule: "UPR010", line: "applied to children.1", what: "a stray footnote marker 1 after a quoted recommendation" },
  { file: "uk-ccw.txt", rule: "UPR010", line: "outcomes they experience.1", what: "a stray footnote marker 1 after a bullet" },
  { file: "uk-ccw.txt", rule: "UPR010", line: "asylum seeking children. 1", what: "a stray footnote marker 1 after a quoted recommendation" },
  { file: "uk-campsfield.txt", rule: "UPR011", line: "1. Warehousing: inventory of refugee rights", what: "endnote v numbers its list 1. then 2–13" },
  { file: "uk-campsfield.txt", rule: "UPR011", line: "Sultan A, O'Sullivan K.", what: "an entry of endnote v's list with no number" },
  { file: "uk-csw.txt", rule: "UPR001", line: "23. “In the United Kingdom, many Eritrean", what: "a block quotation numbered as paragraph 23" },
  { file: "uk-csw.txt", rule: "UPR007", line: "family of an asylum seeker.”", what: "marker 5 has no footnote text" },
  { file: "uk-occ.txt", rule: "UPR116", line: "(UNRCR)", what: "the acronym misprinted UNRCR for UNCRC" },
  { file: "uk-occ.txt", rule: "UPR008", line: "See above at paragraphs 2.13 – 2.14", what: "paragraph 2.14 does not exist" },
  { file: "uk-campsfield.txt", rule: "UPR501", line: "without time limit (may be argued to be mental torture", what: "an unbalanced ( in para 6" },
  { file: "uk-campsfield.txt", rule: "UPR502", line: "only when „deportation is „imminent‟", what: "two opening quotation marks and one closing mark" },
  { file: "uk-hrcs.txt", rule: "UPR502", line: "comply with the legislation...’", what: "the opening quotation's closing ’ has no opening mark" },
  { file: "uk-hrcs.txt", rule: "UPR503", line: "2. \\what steps can be taken", what: "a stray backslash before a question's first word" },
  { file: "vz-usw.txt", rule: "UPR001", line: "9. promoted increased workplace democracy", what: "paragraph 9 begins mid-sentence" },
  { file: "cu-hrf.txt", rule: "UPR511", line: "everyone ahs the right", what: "“ahs” for “has” in a quoted UN text" },
  { file: "cu-cebrapaz.txt", rule: "UPR511", line: "the table bellow", what: "“bellow” for “below”" },
  { file: "cu-cebrapaz.txt", rule: "UPR511", line: "the United Sates on Cuba", what: "“United Sates” for “United States” in the table's caption" },
  { file: "uk-wip.txt", rule: "UPR512", line: "an 8-year low of in January", what: "a word lost between “of” and “in”" },
  { file: "uk-csw.txt", rule: "UPR513", line: "Ultimately Mr Khali’s", what: "“Mr Khali” beside “Mr Khail”" },
  { file: "cu-cebrapaz.txt", rule: "UPR101", line: "Universal Periodical Examination Session (UPE)", what: "the UPR named “Universal Periodical Examination”" },
  { file: "uk-campsfield.txt", rule: "UPR101", line: "we trust the Universal Periodical Review", what: "the UPR named “Universal Periodical Review”" },
  { file: "vz-usw.txt", rule: "UPR101", line: "contribution to the Human Rights Commission of the", what: "the Human Rights Council named “Human Rights Commission of the United Nations”" },
];

const FORMS: Form[] = ["pasted", "converted"];

describe("real defects of the corpus", () => {
  const texts = new Map(corpusFiles().map(({ name, text }) => [name, text]));
  for (const form of FORMS) {
    for (const defect of REAL_DEFECTS) {
      it(`${defect.file}, ${form}: ${defect.rule} reports ${defect.what}`, () => {
        const { text, found } = lintForm(texts.get(defect.file)!, form);
        const lines = text.split("\n");
        const where = found.filter((entry) => entry.problem.ruleId === defect.rule).map((entry) => lines[entry.line - 1]);
        expect(where.some((line) => line.replace(/\s+/g, " ").includes(defect.line))).toBe(true);
      });
    }
  }
});

describe("convert on the corpus", () => {
  for (const { name, text } of corpusFiles()) {
    it(`${name}: the converted draft raises no more problems than the pasted one`, () => {
      expect(lintForm(text, "converted").found.length).toBeLessThanOrEqual(lintForm(text, "pasted").found.length);
    });
  }
});
