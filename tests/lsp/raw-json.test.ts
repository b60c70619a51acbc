import { describe, expect, it } from "vitest";
import { lintDocument, lintText, parseAll, type Problem, type UprDocument } from "../../server/src/core/index.js";
import { DiagnosticsJson, toDiagnostic } from "../../server/src/server/diagnostics.js";
import { asciiJson, messageJson, RawJson } from "../../server/src/server/raw-json.js";
import { problemsText, seedText } from "./helpers.js";
import { seededRandom } from "../support/random.js";

const ASCII = /^[\x00-\x7e]*$/;
/** Pieces that make, move and remove problems: avoided terms, abbreviations, numbers, quotation marks and line breaks. */
const PIECES = ["\n", "\n\n", "child prostitution", " (UNCRC) ", "UNCRC", "12. ", "a. ", "“", "’", "é", "", "Recommendations:\n"];

function expectSameDiagnostics(raw: RawJson, problems: readonly Problem[], document: UprDocument): void {
  expect(ASCII.test(raw.json)).toBe(true);
  expect(JSON.parse(raw.json)).toEqual(problems.map((problem) => toDiagnostic(problem, document.index)));
}

describe("diagnostics written as JSON text", () => {
  it("are what the diagnostics serialise to, in ASCII, for the problems of the seed and of the problems fixture", () => {
    for (const text of [seedText, problemsText]) {
      const { document, problems } = lintText(text);
      expect(problems.some((problem) => /[^\x00-\x7e]/.test(problem.message))).toBe(true);
      expectSameDiagnostics(new DiagnosticsJson().write(problems, document.index), problems, document);
    }
  });

  it("stay equal to a fresh lint's diagnostics over 150 random edits, the JSON after each range kept from one lint to the next", () => {
    const next = seededRandom(16);
    const writer = new DiagnosticsJson();
    let text = seedText;
    let { document } = lintText(text);
    let withProblems = 0;
    for (let edit = 0; edit < 150; edit++) {
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(next() * 30));
      text = text.slice(0, start) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(end);
      const linted = lintText(text, { previous: document });
      document = linted.document;
      const freshDocument = parseAll(text);
      const freshProblems = lintDocument(freshDocument);
      expect(linted.problems).toEqual(freshProblems);
      if (freshProblems.length > 0) withProblems++;
      expectSameDiagnostics(writer.write(linted.problems, document.index), freshProblems, freshDocument);
    }
    expect(withProblems).toBe(150);
  });

  it("send the bytes of the runs an edit left as they were again, and write anew only the run it changed", () => {
    const text = Array.from({ length: 10 }, () => seedText).join("\n\n");
    const writer = new DiagnosticsJson();
    const before = lintText(text);
    const first = writer.write(before.problems, before.document.index);
    const problem = before.problems[Math.floor(before.problems.length / 2)];
    const at = problem.end + 1;
    const edited = text.slice(0, at) + "x" + text.slice(at);
    const after = lintText(edited, { previous: before.document });
    const second = writer.write(after.problems, after.document.index);
    expectSameDiagnostics(second, lintDocument(parseAll(edited)), parseAll(edited));
    const runs = (raw: RawJson) => raw.parts.filter((part) => part.byteLength > 1);
    const kept = runs(second).filter((part) => first.parts.includes(part));
    expect(runs(first).length).toBeGreaterThan(20);
    expect(runs(second).length - kept.length).toBe(1);
  });

  it("follow a change of severity: the same problems are written at the new one", () => {
    const writer = new DiagnosticsJson();
    const document = parseAll(problemsText);
    const problems = lintDocument(document);
    writer.write(problems, document.index);
    const rules = Object.fromEntries(problems.map((problem) => [problem.ruleId, "hint" as const]));
    const hints = lintDocument(document, { configs: [{ rules }] });
    expect(hints.map((problem) => problem.message)).toEqual(problems.map((problem) => problem.message));
    const written = writer.write(hints, document.index);
    expectSameDiagnostics(written, hints, document);
    expect(new Set(JSON.parse(written.json).map((diagnostic: { severity: number }) => diagnostic.severity))).toEqual(new Set([4]));
  });
});

describe("ASCII JSON", () => {
  it("reads back as the value, whatever characters it holds", () => {
    const values = ["‘quoted’ — “double” …", 'back\\slash "quote"', "tab\tnew\nline\u0000\u001f\u007f", "emoji 😀 and a lone \ud800 surrogate", "é".repeat(300), { nested: ["ü", 1, null, true] }];
    for (const value of values) {
      const json = asciiJson(value);
      expect(ASCII.test(json)).toBe(true);
      expect(JSON.parse(json)).toEqual(value);
    }
  });
});

describe("a JSON-RPC message with JSON text in its params", () => {
  it("is the message the JSON text stands for, with keys in their order and undefined values left out", () => {
    const diagnostics = [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, message: "‘CRC’ is defined again" }];
    const message = { jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: "file:///ü.upr", version: 3, skipped: undefined, diagnostics: RawJson.of(asciiJson(diagnostics)) } };
    const json = messageJson(message);
    expect(json).toBe(JSON.stringify({ ...message, params: { uri: "file:///ü.upr", version: 3, diagnostics: JSON.parse(asciiJson(diagnostics)) } }).replace("‘CRC’", "\\u2018CRC\\u2019"));
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(message)));
  });

  it("is JSON.stringify's text when no params are JSON text", () => {
    const message = { jsonrpc: "2.0", id: 4, result: { words: 12, text: "“a”" } };
    expect(messageJson(message)).toBe(JSON.stringify(message));
  });
});
