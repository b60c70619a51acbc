import { DraftDocument } from "../src/server/draft-document.js";
import { allRules, lintDocument, parse, parseAll, type UprDocument } from "../src/core/index.js";
import { EditTracker } from "../src/server/edit-tracker.js";
import { Linter } from "../src/server/linter.js";
import { summarise, type Timing } from "./measure.js";

export interface KeystrokeTiming {
  /** Through the language server's Linter: the document updated as didChange does it (the edit's range noted), linted, diagnostics and status made. */
  server: Timing;
  /** In the core: the edited text parsed from the previous version, then linted. */
  incremental: Timing;
  /** Of which parsing. */
  incrementalParse: Timing;
  /** In the core with nothing reused: the edited text parsed and linted in full. */
  full: Timing;
  /** The rules on by default that cost most per keystroke, median milliseconds each (on the incremental parse). */
  slowestRules: { id: string; ms: number }[];
}

const URI = "file:///bench/draft.upr";
const WARMUP_KEYSTROKES = 5;

/**
 * Types a word, character by character, into paragraphs near the start, middle and end of a
 * draft, and times each keystroke from the edit to the full list of problems: what the language
 * server does per change once its debounce has fired (the debounce itself is left out).
 */
export async function keystrokes(draft: string, count: number): Promise<KeystrokeTiming> {
  const edits = typing(draft, count);
  return {
    server: await throughServer(draft, edits),
    ...inCore(draft, edits),
  };
}

interface Insertion {
  offset: number;
  text: string;
}

/** The keystrokes of typing "word " at three places in turn; each offset is in the text as the keystrokes before it left it. */
function typing(draft: string, count: number): Insertion[] {
  const places = [0.1, 0.5, 0.9].map((share) => draft.indexOf(". ", Math.floor(draft.length * share)) + 2);
  const edits: Insertion[] = [];
  for (let i = 0; i < count; i++) {
    const which = i % places.length;
    edits.push({ offset: places[which], text: "word "[Math.floor(i / places.length) % 5] });
    for (let p = which; p < places.length; p++) places[p]++;
  }
  return edits;
}

async function throughServer(draft: string, edits: Insertion[]): Promise<Timing> {
  const document = DraftDocument.create(URI, "upr", 1, draft);
  const connection = { sendDiagnostics: async () => undefined, sendNotification: async () => undefined, console: { error: console.error } };
  const documents = { get: () => document, keys: () => [URI] };
  const configuration = { forDocument: async () => ({ settings: {}, configs: [] }), knownSettings: () => ({ run: "onType", lintDelay: 0 }) };
  const tracker = new EditTracker();
  const linter = new Linter(connection as never, documents as never, configuration as never, tracker);
  await linter.lint(URI);
  const samples: number[] = [];
  for (const edit of edits) {
    const start = performance.now();
    const at = document.positionAt(edit.offset);
    tracker.update(document, [{ range: { start: at, end: at }, text: edit.text }], document.version + 1);
    await linter.lint(URI);
    samples.push(performance.now() - start);
  }
  return summarise(samples.slice(WARMUP_KEYSTROKES));
}

function inCore(draft: string, edits: Insertion[]): Omit<KeystrokeTiming, "server"> {
  const incremental: number[] = [];
  const incrementalParse: number[] = [];
  const full: number[] = [];
  const byRule = new Map<string, number[]>();
  let text = draft;
  let previous: UprDocument = parseAll(draft);
  for (const edit of edits) {
    text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset);
    let start = performance.now();
    const document = parse(text, previous);
    incrementalParse.push(performance.now() - start);
    lintDocument(document);
    incremental.push(performance.now() - start);
    // A second parse of the same edit, whose caches no rule has filled yet, to time the rules one by one.
    const probe = parse(text, previous);
    for (const rule of allRules.filter((candidate) => candidate.enabledByDefault)) {
      start = performance.now();
      rule.check({ document: probe, options: {}, report: () => undefined });
      const list = byRule.get(rule.id) ?? [];
      list.push(performance.now() - start);
      byRule.set(rule.id, list);
    }
    start = performance.now();
    lintDocument(parseAll(text));
    full.push(performance.now() - start);
    previous = document;
  }
  const after = (samples: number[]) => summarise(samples.slice(WARMUP_KEYSTROKES));
  const slowestRules = [...byRule]
    .map(([id, samples]) => ({ id, ms: after(samples).median }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);
  return { incremental: after(incremental), incrementalParse: after(incrementalParse), full: after(full), slowestRules };
}
