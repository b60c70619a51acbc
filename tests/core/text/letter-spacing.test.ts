import { describe, expect, it } from "vitest";
import { readLetterSpacing } from "../../../server/src/core/text/letter-spacing.js";

const closed = (line: string) => readLetterSpacing(line)?.text;

describe("letter-spaced lines", () => {
  it("closes up a heading set in spaced letters, one word or several, with its section marker", () => {
    expect(closed("R E C O M M E N D A T I O N S")).toBe("RECOMMENDATIONS");
    expect(closed("   I N T R O D U C T I O N  ")).toBe("INTRODUCTION");
    expect(closed("I I .  B A C K G R O U N D")).toBe("II. BACKGROUND");
    expect(closed("2 .   I M P L E M E N T A T I O N   O F   R E C O M M E N D A T I O N S")).toBe("2. IMPLEMENTATION OF RECOMMENDATIONS");
    expect(closed("III.   C O N C L U S I O N")).toBe("III. CONCLUSION");
    expect(closed("C h i l d   l a b o u r")).toBe("Child labour");
    expect(closed("I  N  T  R  O  D  U  C  T  I  O  N     A N D")).toBeUndefined();
    expect(closed("B  A  C  K  G  R  O  U  N  D     A  N  D     A  I  M  S")).toBe("BACKGROUND AND AIMS");
    expect(closed("C H I L D R E N ' S   R I G H T S   &   D U T I E S")).toBe("CHILDREN'S RIGHTS & DUTIES");
  });

  it("points each closed-up character back at its place in the line", () => {
    const spacing = readLetterSpacing("I I .  B A C K")!;
    expect(spacing.offsets).toEqual([0, 2, 4, 6, 7, 9, 11, 13]);
  });

  it("knows the words where wider gaps part them, or the line is one word of a heading's length", () => {
    expect(readLetterSpacing("M I G R A N T S   A N D   A S Y L U M")!.wordsKnown).toBe(true);
    expect(readLetterSpacing("A C K N O W L E D G E M E N T S")!.wordsKnown).toBe(true);
    expect(readLetterSpacing("M I G R A N T S A N D A S Y L U M")!.wordsKnown).toBe(false);
  });

  it("leaves alone lists, initials, table rows, page labels and spaced letters inside a sentence", () => {
    for (const line of [
      "a b c d",
      "a b c d e f g",
      "A B C D E",
      "X X X X X",
      "Y N Y N Y N",
      "A   B   C   D",
      "J. R. R. Tolkien",
      "The U N Committee on the Rights of the Child",
      "Answers a b and c were left out",
      "1 | P a g e",
      "P a g e 3",
      "2 0 2 3",
      "North        12      40      31      17",
      "R E C O M M E N D A T I O N S 2030 report",
      "a B c D e F",
    ]) {
      expect(readLetterSpacing(line), line).toBeUndefined();
    }
  });
});
