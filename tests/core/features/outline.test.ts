import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldingRegions, outline, type OutlineNode } from "../../../server/src/core/features/outline.js";
import { parse } from "../../../server/src/core/document/parser/index.js";

const seeds = join(__dirname, "../../../seeds");

function flatten(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

describe.each([
  ["canonical", "ecpat-pakistan-upr3.upr"],
  ["pasted", "ecpat-pakistan-upr3-extracted.txt"],
])("the outline of the %s seed", (_, file) => {
  const document = parse(readFileSync(join(seeds, file), "utf8"));
  const tree = outline(document);

  it("has the five sections and the annex at the top", () => {
    expect(tree.map((node) => [node.kind, node.name.slice(0, 20)])).toEqual([
      ["section", "(I) Justification fo"],
      ["section", "(II) Methodology and"],
      ["section", "(III) Child sexual e"],
      ["section", "(IV) Policy to addre"],
      ["section", "(V) Recommendations "],
      ["annex", "Annex 1 - Thematic L"],
    ]);
  });

  it("puts paragraphs 18–27 and the second list under the sub-section a. Child Protection", () => {
    const policy = tree[3];
    expect(policy.children.map((node) => node.kind)).toEqual(["paragraph", "paragraph", "paragraph", "list", "subsection"]);
    const protection = policy.children[4];
    expect(protection.name).toBe("a. Child Protection");
    const paragraphs = protection.children.filter((node) => node.kind === "paragraph");
    expect(paragraphs.map((node) => node.name.split(".")[0])).toEqual(["18", "19", "20", "21", "22", "23", "24", "25", "26", "27"]);
    expect(protection.children.at(-1)!.kind).toBe("list");
  });

  it("names paragraphs by number and first words, and has all 28", () => {
    const paragraphs = flatten(tree).filter((node) => node.kind === "paragraph");
    expect(paragraphs).toHaveLength(28);
    expect(paragraphs[1].name).toBe("2. The submission is based on desk research conducted…");
  });

  it("has three recommendation lists of 26, 20 and 2 items, named by their lead-in", () => {
    const lists = flatten(tree).filter((node) => node.kind === "list");
    expect(lists.map((list) => list.children.length)).toEqual([26, 20, 2]);
    expect(lists[0].name).toBe("Specific recommendations on building policies and strategies to…");
    expect(lists[0].detail).toBe("26 recommendations, a.–z.");
    expect(lists[0].children[0].name).toMatch(/^a\. Conduct in-depth studies on all CSE/);
    expect(lists[0].children.every((item) => item.kind === "item")).toBe(true);
  });

  it("nests every child inside its parent, in text order", () => {
    const check = (nodes: OutlineNode[], parent?: OutlineNode) => {
      nodes.forEach((node, i) => {
        expect(node.selection.start).toBeGreaterThanOrEqual(node.span.start);
        expect(node.selection.end).toBeLessThanOrEqual(node.span.end);
        if (parent) {
          expect(node.span.start).toBeGreaterThanOrEqual(parent.span.start);
          expect(node.span.end).toBeLessThanOrEqual(parent.span.end);
        }
        if (i > 0) expect(node.span.start).toBeGreaterThanOrEqual(nodes[i - 1].span.end);
        check(node.children, node);
      });
    };
    check(tree);
  });

  it("folds each section up to its last line of text", () => {
    const regions = foldingRegions(document);
    const sectionIV = document.index.positionAt(tree[3].span.start).line;
    const sectionV = document.index.positionAt(tree[4].span.start).line;
    const fold = regions.find((region) => region.startLine === sectionIV)!;
    expect(fold.endLine).toBeLessThan(sectionV);
    expect(document.text.slice(document.index.starts[fold.endLine], document.index.ends[fold.endLine]).trim()).not.toBe("");
  });
});

describe("the outline of other shapes", () => {
  it("keeps paragraphs before the first heading at the top, and lists named after a plain lead-in", () => {
    const document = parse("---\nstate: X\n---\n\n1. Before any heading.\n\n# I. Only section\n\n2. Inside.\n\nWe recommend that the Government:\n\na. Act.\n");
    const tree = outline(document);
    expect(tree.map((node) => node.kind)).toEqual(["paragraph", "section"]);
    expect(tree[1].children.map((node) => node.name)).toEqual(["2. Inside.", "We recommend that the Government:"]);
  });

  it("folds the front matter and comments that run over several lines", () => {
    const document = parse("---\nstate: X\ncycle: 4\n---\n\n<!-- a note\nover two lines -->\n\n# I. A\n\n1. One.\n");
    expect(foldingRegions(document)).toEqual([
      { startLine: 0, endLine: 3 },
      { startLine: 5, endLine: 6, kind: "comment" },
      { startLine: 8, endLine: 10 },
    ]);
  });

  it("gives an empty text an empty outline", () => {
    expect(outline(parse(""))).toEqual([]);
    expect(foldingRegions(parse(""))).toEqual([]);
  });
});
