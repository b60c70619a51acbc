import * as vscode from "vscode";
import type { StatusParams } from "../../server/src/server/protocol.js";

/** The language status item of a draft: its word count against the limit, and how long the last lint took. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem("uprDraft.status", { language: "upr" });
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = "UPR Draft";
    this.item.text = "UPR Draft";
    this.item.command = { title: "Show problems", command: "workbench.actions.view.problems" };
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.show()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
    ];
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.show();
  }

  private show(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    if (!status) return;
    const words = status.words.toLocaleString("en");
    const over = status.limit !== undefined && status.words > status.limit;
    this.item.text = status.limit === undefined ? `${words} words` : `${words} / ${status.limit.toLocaleString("en")} words`;
    this.item.detail = `${status.problems} problem${status.problems === 1 ? "" : "s"}, linted in ${status.lintMs} ms`;
    this.item.severity = over ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
