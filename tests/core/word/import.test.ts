import { describe, expect, it } from "vitest";
import { importDocx } from "../../../server/src/core/word/docx-import.js";
import { wordFeaturesDocx } from "./word-features.js";

const BODY = `# I. Introduction

Exampleland has ratified the Convention.[^1]

1. The law protects children.

1.1 The first detail.

(a) A point of the first detail.

(b) Another point.

1.2 The second detail.

2. Birth registration stands at 66 per cent.[^2]

<!-- Comment by Reviewer: Check this figure. -->

2.1 A third detail under the second paragraph.

## A. Recommendations

We recommend that the Government:

a. Adopt a law.

b. Fund it.

And that Parliament:

a. Pass the law.

b. Review it yearly.

The Ministry of Justice leads the work.[^3]

| Year | Cases |
| --- | --- |
| 2023 | 1,204 |

<!-- Image left out: Chart of cases -->

Text in a box.

The end.

[^1]: Report of the Example Office, 2024, p. 12.
[^2]: Survey of the Example Coalition, 2023.
[^3]: An endnote on the method.
`;

describe("importing a Word file", () => {
  it("gives the numbers Word shows, notes in place, headings, and front matter from the properties", async () => {
    const { text } = importDocx(await wordFeaturesDocx());
    const [, frontMatter, body] = text.split(/^---\n/m);
    expect(frontMatter).toBe("state:\ncycle:\nsession:\nsubmission: joint\norganisations:\n  - Example Rights Centre\n  - Example Children's Network\nlanguage:\n");
    expect(body).toBe(`\n${BODY}`);
  });

  it("reports tables, images, comments, tracked changes and text boxes at their lines", async () => {
    const { text, notices } = importDocx(await wordFeaturesDocx());
    const lines = text.split("\n");
    const at = (line: number) => lines[line - 1];
    expect(notices.map((notice) => notice.message)).toEqual([
      "comment by Reviewer kept as an HTML comment: “Check this figure.”",
      "tracked insertion by Editor kept: “of Justice”",
      "tracked deletion by Editor left out: “of Interior”",
      "table of 2 rows and 2 columns kept as a Markdown table",
      "image “Chart of cases” left out; a comment marks its place",
      "text box kept as a paragraph after the paragraph it was in",
    ]);
    expect(notices.map((notice) => at(notice.line))).toEqual([
      "2. Birth registration stands at 66 per cent.[^2]",
      "The Ministry of Justice leads the work.[^3]",
      "The Ministry of Justice leads the work.[^3]",
      "| Year | Cases |",
      "<!-- Image left out: Chart of cases -->",
      "Text in a box.",
    ]);
  });

  it("rejects tracked changes when asked", async () => {
    const { text, notices } = importDocx(await wordFeaturesDocx(), { trackedChanges: "reject" });
    expect(text).toContain("\nThe Ministry of Interior leads the work.[^3]\n");
    expect(notices.map((notice) => notice.message)).toContain("tracked insertion by Editor left out: “of Justice”");
  });
});
