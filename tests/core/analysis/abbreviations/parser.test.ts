import { describe, expect, it } from "vitest";
import { parse } from "../../../../server/src/core/document/parser/index.js";

function definitions(text: string) {
  return parse(text).abbreviations.map((definition) => ({
    abbreviation: definition.abbreviation,
    expansion: definition.expansion,
    written: text.slice(definition.start, definition.end),
    form: definition.form,
  }));
}

describe("the parser finds definitions of abbreviations", () => {
  it.each([
    ["hereinafter in curly quotes", "1. The Convention on the Rights of the Child (hereinafter ‘CRC’) binds.", "CRC", "Convention on the Rights of the Child", "hereinafter"],
    ["hereinafter in straight double quotes", '1. The Convention on the Rights of the Child (hereinafter "CRC") binds.', "CRC", "Convention on the Rights of the Child", "hereinafter"],
    ["hereafter, with a colon", "1. The Government of Exampleland (hereafter: ‘GoE’) acts.", "GoE", "Government of Exampleland", "hereinafter"],
    ["hereinafter referred to as", "1. The National Human Rights Institution (hereinafter referred to as “NHRI”) acts.", "NHRI", "National Human Rights Institution", "hereinafter"],
    ["a bare quoted abbreviation", "1. The Convention on the Rights of the Child (“CRC”) binds.", "CRC", "Convention on the Rights of the Child", "parenthesis"],
    ["a parenthesis", "1. The Universal Declaration of Human Rights (UDHR) applies.", "UDHR", "Universal Declaration of Human Rights", "parenthesis"],
    ["a parenthesis in mixed case", "1. The Government of Pakistan (GoP) acts.", "GoP", "Government of Pakistan", "parenthesis"],
    ["a parenthesis with capitals inside", "1. The State under Review (SuR) answers.", "SuR", "State under Review", "parenthesis"],
    ["a plural", "1. The non-governmental organisations (NGOs) met.", "NGOs", "non-governmental organisations", "parenthesis"],
  ])("%s", (_, text, abbreviation, expansion, form) => {
    expect(definitions(text)).toMatchObject([{ abbreviation, expansion, form }]);
  });

  it.each([
    ["a quoted word that is not an abbreviation", "1. Known as (‘bacha bazi’), the practice persists."],
    ["a country in parentheses", "1. A study from South Asia (India) found it."],
    ["an abbreviation whose letters are not the initials before it", "1. The report of the inquiry (CRC) was late."],
    ["a single capital", "1. The rights of the child (Art) apply."],
  ])("not %s", (_, text) => {
    expect(definitions(text)).toEqual([]);
  });
});
