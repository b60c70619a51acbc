/// <reference types="mocha" />
// VS Code has no API that reads token scopes back, so this loads the grammar that the extension
// contributes (its package.json entry and file, from wherever the extension is installed) into
// vscode-textmate, the tokenizer VS Code itself uses, and checks the scopes on lines of the seed.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";
import * as vscode from "vscode";
import { activateExtension, workspaceUri } from "./helpers";

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
}

async function loadContributedGrammar(): Promise<textmate.IGrammar> {
  const extension = await activateExtension();
  const contributions: GrammarContribution[] = extension.packageJSON.contributes?.grammars ?? [];
  const contribution = contributions.find((grammar) => grammar.language === "upr");
  assert.ok(contribution, "package.json contributes no grammar for the upr language");
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    // Embedded languages (YAML front matter) are other extensions' grammars: left out here.
    loadGrammar: async (scopeName) => {
      if (scopeName !== contribution.scopeName) return null;
      const file = path.join(extension.extensionPath, contribution.path);
      return textmate.parseRawGrammar(readFileSync(file, "utf8"), file);
    },
  });
  const grammar = await registry.loadGrammar(contribution.scopeName);
  assert.ok(grammar, `the grammar ${contribution.scopeName} did not load`);
  return grammar;
}

/** The scopes of every token of every line, tokenized in order as the editor does. */
function tokenize(grammar: textmate.IGrammar, text: string) {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { line, tokens: result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes })) };
  });
}

describe("the TextMate grammar", () => {
  let lines: ReturnType<typeof tokenize>;

  before(async () => {
    const grammar = await loadContributedGrammar();
    const seed = await vscode.workspace.openTextDocument(workspaceUri("ecpat-pakistan-upr3.upr"));
    assert.equal(seed.languageId, "upr", ".upr files open in the upr language");
    lines = tokenize(grammar, seed.getText());
  });

  const scopesOf = (lineStart: string, tokenText: string) => {
    const line = lines.find((candidate) => candidate.line.startsWith(lineStart));
    assert.ok(line, `no line starts with ${JSON.stringify(lineStart)}`);
    const token = line.tokens.find((candidate) => candidate.text === tokenText);
    assert.ok(token, `no token ${JSON.stringify(tokenText)} in ${JSON.stringify(line.tokens.map((t) => t.text))}`);
    return token.scopes;
  };

  it("scopes section headings, paragraph numbers and recommendation letters", () => {
    assert.ok(scopesOf("# (I) Justification", "(I)").includes("markup.heading.upr"));
    assert.ok(scopesOf("# (I) Justification", "(I)").includes("constant.numeric.section-number.upr"));
    assert.ok(scopesOf("1. The present submission", "1").includes("constant.numeric.paragraph-number.upr"));
    assert.ok(scopesOf("a. Conduct in-depth studies", "a").includes("constant.numeric.recommendation-letter.upr"));
  });

  it("scopes theme codes, footnote references and definitions in running text", () => {
    assert.ok(scopesOf("1. The present submission", "F31").includes("constant.language.theme-code.upr"));
    assert.ok(scopesOf("2. The submission is based", "[^").includes("meta.footnote.reference.upr"));
    assert.ok(scopesOf("1. The present submission", "CSE").includes("entity.name.type.abbreviation.upr"));
  });
});
