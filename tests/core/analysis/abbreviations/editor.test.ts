import { describe, expect, it } from "vitest";
import { abbreviationAt, abbreviationCompletions } from "../../../../server/src/core/analysis/abbreviations/editor.js";
import { parse } from "../../../../server/src/core/document/parser/index.js";

const text = [
  "---",
  "state: Exampleland",
  "---",
  "",
  "1. The Convention on the Rights of the Child (hereinafter ‘CRC’) binds the State.",
  "",
  "2. The CRC’s article 12 and the UNCRC; the UN and OHCHR; the ECPAT network; the SAIEVAC secretariat.",
  "",
  "3. The National Human Rights Institution (NHRI) reports.",
  "",
].join("\n");
const document = parse(text);
const at = (word: string, nth = 0, settings = {}) => {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(word, offset + 1);
  return abbreviationAt(document, offset + 1, settings);
};

describe("abbreviationAt: what an abbreviation stands for, and where it is defined", () => {
  it("a use: the expansion and the definition", () => {
    const info = at("CRC’s")!;
    expect(info).toMatchObject({ abbreviation: "CRC", written: "CRC", expansion: "Convention on the Rights of the Child" });
    expect(text.slice(info.span.start, info.span.end)).toBe("CRC");
    expect(text.slice(info.definition!.abbreviationSpan.start, info.definition!.abbreviationSpan.end)).toBe("CRC");
    expect(text.slice(info.definition!.start, info.definition!.end)).toBe("Convention on the Rights of the Child (hereinafter ‘CRC’)");
  });

  it("the definition itself", () => {
    expect(at("‘CRC’")).toMatchObject({ abbreviation: "CRC", expansion: "Convention on the Rights of the Child" });
  });

  it("another form of a defined abbreviation leads to its definition", () => {
    expect(at("UNCRC")).toMatchObject({ abbreviation: "CRC", written: "UNCRC", expansion: "Convention on the Rights of the Child" });
  });

  it("an abbreviation from the built-in list, and one from the project's list", () => {
    expect(at("OHCHR")).toMatchObject({ abbreviation: "OHCHR", expansion: "Office of the United Nations High Commissioner for Human Rights" });
    expect(at("OHCHR")!.definition).toBeUndefined();
    expect(at("ECPAT")).toBeUndefined();
    expect(at("ECPAT", 0, { known: [{ abbreviation: "ECPAT", expansion: "ECPAT International" }] })).toMatchObject({ expansion: "ECPAT International" });
  });

  it("nothing for an unknown abbreviation or an ordinary word", () => {
    expect(at("SAIEVAC")).toBeUndefined();
    expect(at("binds")).toBeUndefined();
  });

  it("the cursor just after the word still counts", () => {
    const offset = text.indexOf("NHRI) reports") + 4;
    expect(abbreviationAt(document, offset)).toMatchObject({ abbreviation: "NHRI" });
  });
});

describe("abbreviationCompletions", () => {
  it("offers each defined abbreviation once, in the order of definition", () => {
    expect(abbreviationCompletions(document).map(({ abbreviation, expansion }) => `${abbreviation}: ${expansion}`)).toEqual([
      "CRC: Convention on the Rights of the Child",
      "NHRI: National Human Rights Institution",
    ]);
  });
});
