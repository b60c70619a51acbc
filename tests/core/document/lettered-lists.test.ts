import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/document/parser/index.js";

const FRONT = "---\nstate: Exampleland\n---\n\n";
const letters = (text: string) => parse(text).lists.map((list) => list.items.map((item) => item.marker!.text).join(" "));

describe("lettered lists in parentheses and Roman numerals told apart from letters", () => {
  it("reads (a) (b) (c) blocks of canonical text as one list, and (i) after (h) as the letter", () => {
    const items = "abcdefghij".split("").map((letter) => `(${letter}) do what is asked;`).join("\n\n");
    expect(letters(`${FRONT}1. The Network recommends that the Government:\n\n${items}\n`)).toEqual(["a b c d e f g h i j"]);
  });

  it("reads (i) (ii) (iii) blocks of canonical text as Roman numerals, not letters i and ii", () => {
    const document = parse(`${FRONT}1. The Network asks the Government to end:\n\n(i) solitary confinement;\n\n(ii) restraint;\n\n(iii) strip searches.\n`);
    expect(document.lists).toEqual([]);
    expect(document.blocks.filter((block) => block.kind === "item")).toEqual([]);
  });

  it("reads (v) after (iv) as a numeral and (v) after (u) as a letter", () => {
    const roman = parse(`${FRONT}1. The Network asks:\n\n(iv) one;\n\n(v) two.\n`);
    expect(roman.lists).toEqual([]);
    const lettered = "abcdefghijklmnopqrstuv".split("").map((letter) => `(${letter}) do it;`).join("\n\n");
    expect(letters(`${FRONT}1. The Network asks that the Government:\n\n${lettered}\n`)[0].endsWith("t u v")).toBe(true);
  });

  it("keeps Roman numerals under a lettered item inside its list in pasted text", () => {
    const pasted = [
      "1. The Network recommends that the Government:",
      "    (a) adopt a plan with the following parts:",
      "        (i) a timetable;",
      "        (ii) training for every teacher;",
      "    (b) fund it;",
      "    (c) report on it.",
    ].join("\n");
    const document = parse(pasted);
    expect(document.mode).toBe("pasted");
    expect(letters(pasted)).toEqual(["a b c"]);
  });

  it("leaves a line wrapped before \"(c) of the Convention\" in its paragraph", () => {
    const pasted = "1. The State has not withdrawn its reservation to article 37\n(c) of the Convention on the Rights of the Child.\n\n2. It should do so.\n";
    const document = parse(pasted);
    expect(document.lists).toEqual([]);
    expect(document.paragraphs.map((paragraph) => paragraph.lastLine - paragraph.firstLine)).toEqual([1, 0]);
  });
});
