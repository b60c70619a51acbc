import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { RULE_DOC_COMMAND, RULE_DOC_REQUEST, RULE_DOC_SCHEME, type RuleDocParams } from "../../server/src/server/protocol.js";

/** The read-only document of a rule's documentation, `upr-rule:/UPR001.md`. */
export const ruleDocUri = (ruleId: string) => vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${ruleId}.md` });

/**
 * A diagnostic's code links to RULE_DOC_COMMAND: it shows the rule's documentation, which the
 * server renders from the rule's metadata, in the Markdown preview (or as text where there is none).
 */
export function registerRuleDocs(client: BaseLanguageClient): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const rule = uri.path.replace(/^\//, "").replace(/\.md$/, "");
      const params: RuleDocParams = { rule };
      return (await client.sendRequest<string | null>(RULE_DOC_REQUEST, params)) ?? `# ${rule}\n\nThere is no rule ${rule}.\n`;
    },
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, provider),
    vscode.commands.registerCommand(RULE_DOC_COMMAND, async (ruleId: string) => {
      const uri = ruleDocUri(ruleId);
      const commands = await vscode.commands.getCommands(true);
      if (commands.includes("markdown.showPreview")) await vscode.commands.executeCommand("markdown.showPreview", uri);
      else await vscode.window.showTextDocument(uri, { preview: true });
    }),
  );
}
