import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertToCanonical } from "../../../server/src/core/edits/convert.js";
import { lintText } from "../../../server/src/core/lint/lint.js";
import { withoutMarkers } from "../../support/fixtures.js";

/** A pasted-layout fixture converted, its inline expectations taken out first. */
function convertLayout(name: string): ReturnType<typeof convertToCanonical> {
  return convertToCanonical(withoutMarkers(readFileSync(join(__dirname, "../../fixtures/layouts", name), "utf8")));
}

/** Three pages of a made-up submission as a PDF extractor leaves them: headers, page numbers, footnotes at the page bottom. */
const PASTED = [
  "Example Water Alliance – UPR submission on Exampleland",
  "",
  "1. The Example Water Alliance has followed access to safe water in Exampleland since 2005.1",
  "",
  "Rural districts",
  "",
  "2. In the northern districts one household in three fetches its water from an open well, and",
  "",
  "1",
  "Example Water Alliance, Survey of Rural Wells, 2023.",
  "Page 1 of 3",
  "\fExample Water Alliance – UPR submission on Exampleland",
  "",
  "the wells run dry for two months of each summer.",
  "",
  "3. At its last review Exampleland accepted this recommendation:",
  "",
  "“Ensure access to safe drinking water for the whole rural population (Examplestan).”",
  "",
  "Most villages have not yet been surveyed.",
  "",
  "Page 2 of 3",
  "\fExample Water Alliance – UPR submission on Exampleland",
  "",
  "4. The Alliance asks the Government to publish its plan for rural water.",
  "Page 3 of 3",
  "",
].join("\n");

describe("convert on pasted text", () => {
  const { text, removed } = convertToCanonical(PASTED);

  it("joins an address broken at a line end without a space, and keeps the space before a sentence that follows an address", () => {
    const pasted = [
      "1. The Alliance publishes its survey at https://www.example.org/reports/",
      "rural-wells-2023.pdf and in print.",
      "",
      "Contact: Example Water Alliance, Web: www.example.org",
      "",
      "\fThe Government has not answered the survey.",
      "",
    ].join("\n");
    const { text } = convertToCanonical(pasted);
    expect(text).toContain("https://www.example.org/reports/rural-wells-2023.pdf and in print.");
    expect(text).toContain("www.example.org The Government has not answered");
  });

  it("takes out the page numbers and running headers, and lists each line it took out", () => {
    const header = "Example Water Alliance – UPR submission on Exampleland";
    expect(removed).toEqual([header, "Page 1 of 3", header, "Page 2 of 3", header, "Page 3 of 3"]);
    expect(text).not.toContain(header);
    expect(text).not.toContain("Page 1 of 3");
    expect(text).not.toContain("Moved from a page break");
  });

  it("joins the paragraph the page break cut, and makes the footnote at the page bottom a definition", () => {
    expect(text).toContain("\n2. In the northern districts one household in three fetches its water from an open well, and the wells run dry for two months of each summer.\n");
    expect(text).toContain("\n[^1]: Example Water Alliance, Survey of Rural Wells, 2023.\n");
    expect(text).toContain("since 2005.[^1]\n");
  });

  it("keeps the text after a quotation in its paragraph, and a heading as a heading", () => {
    expect(text).toContain("\n# Rural districts\n");
    expect(text).toContain("(Examplestan).” Most villages have not yet been surveyed.\n");
  });

  it("raises no more problems than the pasted text", () => {
    const pasted = lintText(PASTED).problems.map((problem) => problem.ruleId);
    const converted = lintText(text).problems.map((problem) => problem.ruleId);
    expect(converted.length).toBeLessThanOrEqual(pasted.length);
  });
});

describe("convert takes out only page furniture", () => {
  const page = (n: number, body: string[]) => [`${n > 1 ? "\f" : ""}Example Forum on Exampleland`, "", ...body, "", `Page ${n} of 8`];
  const paragraph = (n: number) => `${n}. The Forum has followed the matter closely in every province of Exampleland since the last review.${n}`;
  const pages = [
    page(1, [paragraph(1), "", "1 Example Forum, Annual Report, 2023."]),
    page(2, [paragraph(2), "", "Year    Cases    Closed    Open", "2019     117        3       27", "2020     101        2       33", "2021      96        4       41"]),
    page(3, ["2022      88        5       52", "2023      79        6       60", "", "3 Ibid."]),
    ...[4, 5, 6, 7, 8].map((n) => page(n, [paragraph(n), "", n === 4 || n === 6 ? `${n} Ibid.` : `${n} Example Forum, Survey, 2024.`])),
  ];
  const { text, removed } = convertToCanonical(pages.flat().join("\n") + "\n");

  it("keeps the rows of a table that a page break cuts, and a footnote text found at the foot of a few pages", () => {
    for (const row of ["2019 117 3 27", "2021 96 4 41", "2022 88 5 52", "2023 79 6 60"]) expect(text).toContain(row);
    expect(removed.every((line) => line === "Example Forum on Exampleland" || /^Page \d of 8$/.test(line))).toBe(true);
    expect(removed).toHaveLength(16);
    expect(text.match(/Ibid\./g)).toHaveLength(3);
  });
});

describe("convert finds footnote markers that extractors set apart, by the footnote texts", () => {
  const pasted = [
    "1. The Example Children's Office was set up in 2001.1 A review of the Office 2 has asked for",
    "more powers for it, and the Government accepts that the risks to children .3 We welcome",
    "that the number of children in custody has fallen by a third since 2008, though it increased.4The",
    "Office will report on it again in England and Wales. 5",
    "",
    "1 Children Act of Exampleland, 2001.",
    "2 Review of the Children's Office, 2010.",
    "3 Ministry of Justice, Custody Statistics, 2011.",
    "4 Youth Justice Board, Annual Data, 2011.",
    "5 Office of the Children's Commissioner, Report, 2011.",
    "Page 1 of 1",
    "",
  ].join("\n");
  const { text } = convertToCanonical(pasted);

  it("writes a [^n] where each marker stood, spaced off its word, after spaced punctuation or glued to the next sentence", () => {
    expect(text).toContain("Office[^2] has asked");
    expect(text).toContain("children .[^3] We welcome");
    expect(text).toContain("increased.[^4]The Office");
    expect(text).toContain("England and Wales.[^5]");
    const rules = lintText(text).problems.map((problem) => problem.ruleId);
    expect(rules.filter((rule) => rule === "UPR006" || rule === "UPR007")).toEqual([]);
  });
});

describe("convert writes footnote texts that stood apart from their numbers", () => {
  const { text } = convertLayout("number-below-text.txt");

  it("gives each text its number, in order, and leaves none of them in the body", () => {
    expect(text).toContain("every district.[^2]\n");
    expect(text.split("\n").filter((line) => line.startsWith("[^"))).toEqual([
      "[^1]: Ministry of Forests, Permit Register, 2023.",
      "[^2]: Example Forest Network, District Survey of Logging Permits, 2024, www.example.org/survey",
      "[^3]: Supreme Court of Exampleland, Annual Report, 2023.",
      "[^4]: Example Legal Aid Society, Dismissed Without a Hearing, 2024.",
      "[^5]: Example Forest Network, Case Tracker, 2024.",
    ]);
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});

describe("convert keeps a heading at a page bottom apart from the next page", () => {
  const pasted = [
    "The Example Housing Forum has counted the people sleeping rough in Exampleville",
    "every winter since 2010.1 Their number has risen each year since the city closed",
    "two of its three night shelters, and the one left open turns people away.",
    "Families with children are now sent to hotels far from their schools, and",
    "many children miss weeks of school each winter while they wait for a place.",
    "The Forum has written to the city council about this four times since 2021.",
    "Conclusion",
    "1 Example Housing Forum, Annual Count of Rough Sleepers in Exampleville, 2023.",
    "Page 1 of 2",
    "\fThe Forum asks the city to open the two shelters again before the winter,",
    "and to stop sending families with children to hotels far from their schools.",
    "Page 2 of 2",
    "",
  ].join("\n");

  it("writes the heading alone and the next page's text as its own paragraph", () => {
    const { text } = convertToCanonical(pasted);
    expect(text).toMatch(/\n(## )?Conclusion\n\nThe Forum asks the city/);
  });
});

describe("convert writes a bullet whose glyph the extractor set apart", () => {
  const { text, removed } = convertLayout("detached-bullets.txt");

  it("writes each recommendation as a bullet, the lone glyphs dropped, and raises nothing", () => {
    expect(text.split("\n").filter((line) => line.startsWith("•")).map((line) => line.slice(0, 14))).toEqual(["• Release ever", "• Repeal the a", "• Allow foreig", "• Invite the S"]);
    expect(text).toContain("drop the charges brought against those awaiting trial for the same reasons.\n");
    expect(text).not.toContain("Moved from a page break");
    expect(removed).toEqual([]);
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});

describe("convert on paragraphs numbered without full stops, with endnotes", () => {
  const { text } = convertLayout("endnotes.txt");

  it("writes each paragraph number with its full stop, and each endnote once, as a definition", () => {
    expect(text.split("\n").filter((line) => /^\d/.test(line)).map((line) => line.slice(0, 8))).toEqual(["1. Our m", "2. Priva", "3. Deten"]);
    expect(text.match(/Ministry of the Interior of Exampleland, Detention Statistics, 2023\./g)).toHaveLength(1);
    expect(text).toContain("\n[^ii]: Example Detention Watch, Locked Away for Profit, 2022");
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});

describe("convert reads footnote markers in brackets and the endnotes under References", () => {
  const { text } = convertLayout("bracket-markers.txt");

  it("writes each [n] as [^n] and each endnote once, as a definition", () => {
    expect(text).toContain("since 2005.[^1]\n");
    expect(text).toContain("each summer.[^3]\n");
    expect(text.split("\n").filter((line) => line.includes("Survey of Rural Wells"))).toEqual(["[^1]: Example Water Alliance, Survey of Rural Wells, 2023."]);
    const rules = lintText(text).problems.map((problem) => problem.ruleId);
    expect(rules.filter((rule) => rule === "UPR006" || rule === "UPR007")).toEqual([]);
  });
});

describe("convert reads footnote markers and footnote numbers in superscript digits", () => {
  const { text } = convertLayout("superscript-notes.txt");

  it("writes each superscript marker as [^n] and each footnote text as a definition, and leaves units alone", () => {
    expect(text).toContain("at the end of 2023.[^1] Most had waited");
    expect(text).toContain("one room of 20 m² with no kitchen.[^2]\n");
    expect(text).toContain("\n[^3]: Example Housing Network, Families in One Room, 2022.");
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual(["UPR007"]);
  });
});

describe("convert keeps a paragraph whole across its run-in sub-headings and its block quotation", () => {
  const { text } = convertLayout("run-in-headings.txt");

  it("writes each run-in sub-heading and its text as lines of the paragraph, and the text after a quotation apart", () => {
    expect(text).toContain(
      "\n3. The effects of this neglect on the women held are many. Among them are:\nWomen held in closed conditions for want of open places\nOnly one open prison",
    );
    expect(text).toContain("\nToo few programmes for women\nThe one programme written for women");
    expect(text).not.toContain("## ");
    expect(text).toContain("for want of a place in an open one.”[^1]\n\nThe Group has found no sign");
    expect(text).toContain("\n[^1]: Government of Exampleland, Report to the Committee against Torture, 2022, paras. 41 – 43\n");
    expect(text).toContain("\n[^2]: Example Prison Reform Group, Visits to Women's Prisons, 2023, table 3.1\n");
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});

describe("convert keeps a footnote text whose marker it did not find, and a figure that only looks like one", () => {
  const { text, unplaced } = convertLayout("unplaced-marker.txt");

  it("writes it with the others, says so above it, and raises neither footnote rule", () => {
    expect(unplaced).toEqual(["2"]);
    // A figure after a word that counts is no marker, though its number would fit.
    expect(text).toContain("in 2019 and 2 in 2023.\n");
    expect(text).toContain(
      "\n[^1]: Ministry of Health of Exampleland, Clinic Register, 2019.\n<!-- Convert found no marker for footnote 2 in the pasted text: put [^2] where it belongs. -->\n<!-- upr-draft-disable-next-line UPR007 -->\n[^2]: Ministry",
    );
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual([]);
  });

  it("still reports the footnote order once the marker stands after a later one", () => {
    const placed = text.replace("the clinics of the north.[^3]", "the clinics of the north.[^3] Two remain.[^2]");
    expect(lintText(placed).problems.map((problem) => problem.ruleId)).toEqual(["UPR006"]);
  });
});

describe("convert on paragraphs numbered with a spaced dash", () => {
  const { text } = convertLayout("dash-numbers.txt");

  it("writes each number with a full stop in place of the dash, and a range at a line start as more of its paragraph", () => {
    expect(text.split("\n").filter((line) => /^\d/.test(line)).map((line) => line.slice(0, 8))).toEqual(["1. The L", "2. Migra", "4. The S"]);
    expect(text).toContain("held 40 of them 15 – 20 March 2023 in a sports hall, and 60 more between 40 - 50 km from the border.");
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual(["UPR001"]);
  });
});

describe("convert on letter-spaced headings", () => {
  const pasted = withoutMarkers(readFileSync(join(__dirname, "../../fixtures/layouts/letter-spaced-headings.txt"), "utf8"));
  const { text } = convertLayout("letter-spaced-headings.txt");
  const headings = text.split("\n").filter((line) => line.startsWith("#"));

  it("closes up each heading's letters and keeps its words apart, with its section numeral", () => {
    expect(headings).toEqual([
      "# EXAMPLE CHILD RIGHTS COALITION",
      "# I. INTRODUCTION",
      "# II. BACKGROUND",
      "# Child labour",
      // No wider gap says where its words end: left as it was, rather than run into one word.
      "# A C C E S S T O J U S T I C E S Y S T E M S",
      "# III. RECOMMENDATIONS",
    ]);
  });

  it("keeps every word: each spaced word comes out as its letters joined, the words of a line parted where its gaps are wide", () => {
    // Read from the pasted lines alone: every token one character, words parted by two spaces or more.
    const spaced = pasted.split("\n").filter((line) => /\S/.test(line) && line.trim().split(/\s+/).every((token) => [...token].length === 1 || /^[IVX]+\.$/.test(token)));
    const words = (line: string) => line.trim().split(/ {2,}/).map((word) => word.replace(/ /g, ""));
    expect(headings.map((line) => line.replace(/^#+ /, ""))).toEqual(spaced.map((line) => (/ {2,}/.test(line.trim()) ? words(line).join(" ") : line.trim())));
  });

  it("leaves a name's initials, spaced capitals inside a sentence and letters of a list in their paragraphs", () => {
    expect(text).toContain("edited by J. R. R. Mensah and A. B. Owusu of the University");
    expect(text).toContain("The U N Committee on the Rights");
    expect(text).toContain("and most gave B or C. Answers a b and c of the questionnaire");
    expect(lintText(text).problems.map((problem) => problem.ruleId).sort()).toEqual(["UPR001", "UPR005"]);
  });
});

describe("convert on numbered letter-spaced headings in text without blank lines", () => {
  const { text } = convertLayout("letter-spaced-numbered.txt");

  it("writes each as a heading with its number closed up, a decimal one a level down, and takes no figure of one for a footnote marker", () => {
    expect(text.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# SUBMISSION OF THE EXAMPLE RIGHTS CENTRE",
      "# 1. INTRODUCTION",
      "# 2. BACKGROUND",
      "## 2.1 Registration",
      "# 3. RECOMMENDATIONS",
    ]);
    expect(lintText(text).problems.map((problem) => problem.ruleId)).toEqual(["UPR001"]);
  });
});

describe("convert on the draft's own labelled recommendations", () => {
  const { text } = convertLayout("labelled-recommendations.txt");
  const labelLines = text.split("\n").filter((line) => /Recommendation \d/.test(line));

  it("writes each label on its own line, the draft's own as text and quoted ones behind `>`, and still finds the skip and the duplicate", () => {
    expect(labelLines.map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      "> Recommendation 110.53",
      "> Recommendation 110.54",
      "> Recommendation 56.1",
      "> Recommendation 56.4",
      "> UPR Recommendation 10",
      "> Recommendation 2",
      "> Recommendation 25",
      "Recommendation 3.1",
      "Recommendation 3.3",
      "Recommendation 3.4",
      "Recommendation 3.4",
      "Recommendation 3.5",
    ]);
    expect(lintText(text).problems.map((problem) => `${problem.ruleId} ${problem.actual}`)).toEqual(["UPR001 3.3", "UPR001 3.4"]);
  });
});

describe("convert on pages set in two columns side by side", () => {
  const pasted = withoutMarkers(readFileSync(join(__dirname, "../../fixtures/layouts/two-columns.txt"), "utf8"));
  const { text, removed } = convertLayout("two-columns.txt");
  const words = (value: string) => value.replace(/\[\^?(\d+)\]/g, "$1").split(/\s+/).filter((word) => word && !/^[#>•]$/.test(word)).map((word) => word.replace(/^(\d+)\.$/, "$1"));

  it("reads each page's left column, then its right column: each paragraph whole, in order", () => {
    const numbered = text.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(numbered.map((line) => line.slice(0, line.indexOf(" ")))).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "12.", "13.", "14."]);
    expect(numbered[4]).toBe("5. The Committee against Torture asked the State party to set up a national preventive mechanism (CAT/C/EXL/CO/3, para. 12).");
    expect(numbered[5]).toBe("6. No mechanism has been set up. Visits to prisons by independent monitors are refused, and the Forum's own visits depend on the goodwill of each governor.");
  });

  it("keeps every word, the page number aside, and finds the number skipped in the right column", () => {
    expect(removed).toEqual(["- 1 -"]);
    const template = ["---", "state:", "cycle:", "session:", "submission: individual", "organisations: []", "---"].join("\n");
    expect(words(text.replace(template, "")).sort()).toEqual(words(pasted.replace("- 1 -", "")).sort());
    expect(lintText(text).problems.map((problem) => `${problem.ruleId} ${problem.actual}`)).toEqual(["UPR001 12"]);
  });
});

describe("convert reads the footnote texts at the end of a text whose every marker follows a figure", () => {
  const text = [
    "1. The Example Housing Network has documented evictions in the capital since 2015.",
    "",
    "2. The eviction law was amended in March 2021.1 Evictions rose after the amendment.",
    "",
    "3. The Network recorded 240 evictions in 2023.2 Few of the families were rehoused.",
    "",
    "1 Official Gazette of Exampleland, No. 14, 2021.",
    "2 Example Housing Network, Evictions Register, 2024.",
    "",
  ].join("\n");

  it("writes each marker after its year and each text as a definition, and raises nothing", () => {
    const converted = convertToCanonical(text).text;
    expect(converted).toContain("in March 2021.[^1] Evictions rose");
    expect(converted).toContain("in 2023.[^2] Few of the families");
    expect(converted).toContain("\n[^1]: Official Gazette of Exampleland, No. 14, 2021.\n[^2]: Example Housing Network, Evictions Register, 2024.\n");
    expect(lintText(converted).problems.map((problem) => problem.ruleId)).toEqual([]);
  });
});

describe("convert on a running header set in spaced letters", () => {
  const header = "E X A M P L E   F O R U M   –   U P R   S U B M I S S I O N";
  const sentences = ["Prisons are overcrowded in every province.", "Deaths in custody are not investigated.", "Women are held with men in the north."];
  const pages = sentences.map((sentence, p) => [`${p > 0 ? "\f" : ""}${header}`, "", `${p + 1}. ${sentence}`, "", `Page ${p + 1} of 3`].join("\n"));
  const { text, removed } = convertToCanonical(pages.join("\n") + "\n");

  it("takes it out as page furniture on every page, not as a heading", () => {
    expect(removed).toEqual([header, "Page 1 of 3", header, "Page 2 of 3", header, "Page 3 of 3"]);
    expect(text).not.toContain("#");
    expect(lintText(pages.join("\n") + "\n").document.sections).toEqual([]);
  });
});
