#!/usr/bin/env node
// Regenerates the screenshots of README.vscode.md in client/media/screenshots/ from the real editor:
//   npm run screenshots
// It packs the extension and installs the .vsix, as a user does, into VS Code (code-server in
// headless Chromium, as the integration tests use), opens a draft of the seed submission and
// photographs the squiggles with a hover beside the outline, the quick-fix menu, the language status
// item and the Problems panel. The draft is the seed with a few typical drafting slips put in, so that
// there is something to show.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installExtension, launchBrowser, setupCodeServer, startCodeServer } from "./code-server.mjs";
import { packageVsix } from "./package-vsix.mjs";
import { repoRoot } from "./suites.mjs";

const outDir = path.join(repoRoot, "client/media/screenshots");
const draftName = "pakistan-draft.upr";

/** The seed with slips a drafter makes: a renumbering miss, a lost letter, an avoided term. */
const slips = [
  ["\n5. Harmful traditional practices", "\n6. Harmful traditional practices"],
  ["\nd. Revisit the National Plan", "\ne. Revisit the National Plan"],
  ["including exploitation of children in prostitution,[^3]", "including child prostitution,[^3]"],
];

/** Writes the draft; returns where the avoided term is, 1-based, for the hover and the quick fix. */
function writeDraft(dir) {
  let text = readFileSync(path.join(repoRoot, "seeds/ecpat-pakistan-upr3.upr"), "utf8");
  for (const [from, to] of slips) {
    if (!text.includes(from)) throw new Error(`the seed no longer contains ${JSON.stringify(from)}: update the slips in screenshots.mjs`);
    text = text.replace(from, to);
  }
  writeFileSync(path.join(dir, draftName), text);
  const before = text.slice(0, text.indexOf("child prostitution,[^3]")).split("\n");
  return { line: before.length, column: before.at(-1).length + 1 };
}

async function runCommand(page, title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: title }).waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: name }).waitFor();
  await page.keyboard.press("Enter");
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
}

/** Moves the cursor to `line` (1-based) and `column` with Go to Line, which centres it. */
async function goTo(page, line, column) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

const pngquant = ["/usr/bin/pngquant", "/usr/local/bin/pngquant"].find((candidate) => existsSync(candidate));

/**
 * Saves the page, or the `clip` rectangle of it, as a PNG once hovers and menus have faded in,
 * made about three times smaller by pngquant where it is installed.
 */
async function shoot(page, name, clip) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, clip, animations: "disabled" });
  if (pngquant) {
    const result = spawnSync(pngquant, ["--quality=70-95", "--speed=1", "--force", "--output", file, file]);
    if (result.status !== 0) throw new Error(`pngquant failed on ${file}: ${result.stderr}`);
  }
  console.log(`[screenshots] ${path.relative(repoRoot, file)}`);
}

setupCodeServer();
const scratch = mkdtempSync(path.join(tmpdir(), "upr-screenshots-"));
// The folder's name shows in the explorer and the title.
const workspace = path.join(scratch, "pakistan-submission");
mkdirSync(workspace);
const term = writeDraft(workspace);
// Installed, not in development: the title would say "[Extension Development Host]".
const extensionsDir = path.join(scratch, "extensions");
installExtension(packageVsix(path.join(scratch, "upr-draft.vsix")), extensionsDir);
const server = await startCodeServer({
  extensionsDir,
  settings: {
    "workbench.colorTheme": "Default Light Modern",
    // Squiggles a reader can see at the size of a README: a bigger font, strong colours, a tint
    // under each problem, and no current-line band over them.
    "editor.fontSize": 16,
    "editor.lineHeight": 24,
    "editor.renderLineHighlight": "gutter",
    "editor.occurrencesHighlight": "off",
    "editor.selectionHighlight": false,
    "editor.stickyScroll.enabled": false,
    "editor.lightbulb.enabled": "off",
    "workbench.colorCustomizations": {
      "editorWarning.foreground": "#d35400",
      "editorWarning.background": "#f39c1226",
      "editorError.foreground": "#c0392b",
      "editorInfo.foreground": "#1f6fb2",
    },
    "editor.minimap.enabled": false,
    "breadcrumbs.enabled": true,
    "window.title": "${activeEditorShort}${separator}${rootName}",
    "window.titleSeparator": " — ",
    "window.commandCenter": false,
    "workbench.layoutControl.enabled": false,
    "workbench.activityBar.location": "top",
  },
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.workbenchUrl({ folder: workspace, payload: [["skipWelcome", "true"]] }));
  await page.locator(".monaco-workbench .explorer-folders-view").waitFor({ timeout: 90_000 });
  mkdirSync(outDir, { recursive: true });

  await openFile(page, draftName);
  await page.locator(".monaco-editor .squiggly-warning").first().waitFor({ state: "attached", timeout: 60_000 });

  // The outline gets the side bar: the folder's view collapsed, the side bar a little wider.
  await page.locator(".pane-header", { hasText: "pakistan-submission" }).click();
  await runCommand(page, "Explorer: Focus on Outline View");
  await page.locator(".outline-pane .monaco-list-row").first().waitFor();
  const sidebar = await page.locator(".part.sidebar").boundingBox();
  await page.mouse.move(sidebar.x + sidebar.width, 400);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + sidebar.width + 60, 400, { steps: 5 });
  await page.mouse.up();
  // Off the sash, which stays highlighted under the pointer.
  await page.mouse.move(640, 10);

  // The cursor on the avoided term, then Show Hover (Ctrl+K Ctrl+I): pointing the mouse at a squiggle
  // would scroll the editor's DOM under it.
  await goTo(page, term.line, term.column + 3);
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  await page.locator(".monaco-hover .hover-row").first().waitFor();
  await page.locator(".monaco-hover", { hasText: "Quick Fix" }).first().waitFor();
  await shoot(page, "squiggles");
  await page.keyboard.press("Escape");

  await page.keyboard.press("Control+.");
  await page.locator(".action-widget .monaco-list-row").first().waitFor();
  await shoot(page, "quick-fix");
  await page.keyboard.press("Escape");

  // The language status item, beside the language's name, opened: the word count and the last lint.
  await page.locator("[id='status.languageStatus'] a").first().click();
  const status = page.locator(".monaco-hover", { hasText: "words" }).first();
  await status.waitFor();
  const box = await status.boundingBox();
  const viewport = page.viewportSize();
  const left = Math.max(0, Math.floor(box.x) - 200);
  await shoot(page, "status", { x: left, y: Math.max(0, Math.floor(box.y) - 120), width: viewport.width - left, height: viewport.height - Math.max(0, Math.floor(box.y) - 120) });
  await page.keyboard.press("Escape");

  await runCommand(page, "Problems: Focus on Problems View");
  await page.locator(".markers-panel .monaco-list-row").first().waitFor();
  await shoot(page, "problems");
} catch (error) {
  const failure = path.join(repoRoot, ".vscode-test/screenshots-failure.png");
  await (await browser.contexts()[0]?.pages()[0])?.screenshot({ path: failure }).catch(() => {});
  console.error(`[screenshots] failed; the screen at that moment: ${path.relative(repoRoot, failure)}`);
  throw error;
} finally {
  await browser.close();
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
