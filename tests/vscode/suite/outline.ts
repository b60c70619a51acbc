/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { outline, type OutlineNode } from "../../../server/src/core/features/outline";
import { parse } from "../../../server/src/core/document/parser/index";
import { activateExtension, closeAllEditors, openDraft, workspaceUri } from "./helpers";

interface Shape {
  name: string;
  line: number;
  children: Shape[];
}

const fromSymbols = (symbols: vscode.DocumentSymbol[]): Shape[] =>
  symbols.map((symbol) => ({ name: symbol.name, line: symbol.selectionRange.start.line, children: fromSymbols(symbol.children) }));

const flatten = (symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);

describe("the outline", () => {
  before(activateExtension);
  after(closeAllEditors);

  it("shows the seed's sections, paragraphs and recommendation lists", async () => {
    const { document } = await openDraft(workspaceUri("ecpat-pakistan-upr3.upr"));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", document.uri);
    assert.deepEqual(
      symbols.filter((symbol) => symbol.kind === vscode.SymbolKind.Namespace).map((section) => section.name),
      [
        "(I) Justification for Submission",
        "(II) Methodology and Scope",
        "(III) Child sexual exploitation in Pakistan",
        "(IV) Policy to address Child Sexual Exploitation",
        "(V) Recommendations from Pakistani youth",
      ],
    );
    const all = flatten(symbols);
    const paragraphs = all.filter((symbol) => /^\d+\. /.test(symbol.name));
    assert.deepEqual(paragraphs.map((symbol) => Number.parseInt(symbol.name, 10)), Array.from({ length: 28 }, (_, i) => i + 1));
    const firstList = all.find((symbol) => symbol.kind === vscode.SymbolKind.Array);
    assert.ok(firstList, "no recommendation list in the outline");
    assert.equal(firstList.children.length, 26);
    assert.match(firstList.children[0].name, /^a\. Conduct in-depth studies/);
    assert.match(firstList.children[25].name, /^z\. /);
    // Names, nesting and lines exactly as the core outlines the same text.
    const lineOf = (offset: number) => document.positionAt(offset).line;
    const fromCore = (nodes: OutlineNode[]): Shape[] => nodes.map((node) => ({ name: node.name, line: lineOf(node.selection.start), children: fromCore(node.children) }));
    assert.deepEqual(fromSymbols(symbols), fromCore(outline(parse(document.getText()))));
  });
});
