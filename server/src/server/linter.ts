import { PublishDiagnosticsNotification, type Connection, type Diagnostic, type TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { countWords, lintText, releasePrevious, submissionMetadata, utf8Length, type Problem, type SourceText, type UprDocument } from "../core/index.js";
import { sourceOf } from "./draft-document.js";
import type { ConfigurationStore, DocumentConfiguration } from "./configuration.js";
import { DiagnosticsJson, toDiagnostic } from "./diagnostics.js";
import type { EditTracker } from "./edit-tracker.js";
import { editedUtf8Length, oversizeDiagnostic } from "./size-limit.js";
import { STATUS_NOTIFICATION, type StatusParams } from "./protocol.js";

/** A lint of one version of a document, kept for code actions, hover and commands. */
export interface LintResult {
  version: number;
  document: UprDocument;
  problems: Problem[];
  configuration: DocumentConfiguration;
  /** The text's length in UTF-8, when the size limit needed it. */
  bytes?: number;
}

/**
 * Lints open documents: on open at once, on typing after a pause (`uprDraft.lintDelay`). Each
 * run takes a generation number; a newer edit, a close or a newer run makes it stale, and a stale
 * run publishes nothing.
 */
export class Linter {
  /** How to cancel each draft's pending lint. */
  private readonly pending = new Map<string, () => void>();
  private readonly generations = new Map<string, number>();
  private readonly results = new Map<string, LintResult>();
  /** TextDocuments reports an open as a change too, right after it; that change is the open's. */
  private readonly justOpened = new Set<string>();
  /** Each document's diagnostics as JSON, when the connection sends JSON text as it is. */
  private readonly written = new Map<string, DiagnosticsJson>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configuration: ConfigurationStore,
    private readonly edits: EditTracker,
    private readonly sendsRawJson = false,
  ) {}

  opened(uri: string): void {
    this.justOpened.add(uri);
    void this.lint(uri);
  }

  /** After an edit: lint once the typing pauses, unless linting waits for saves. */
  changed(uri: string): void {
    if (this.justOpened.delete(uri)) return;
    this.cancel(uri);
    const settings = this.configuration.knownSettings(uri);
    if (settings.run === "onSave") return;
    this.pending.set(
      uri,
      later(() => void this.lint(uri), settings.lintDelay),
    );
  }

  saved(uri: string): void {
    if (this.configuration.knownSettings(uri).run === "onSave") void this.lint(uri);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.written.delete(uri);
    this.edits.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Lints every open document again, as after a change of configuration. */
  lintAll(): Promise<unknown> {
    return Promise.all(this.documents.keys().map((uri) => this.lint(uri)));
  }

  /** The last lint, if it is of the document's current version. */
  latest(uri: string): LintResult | undefined {
    const last = this.results.get(uri);
    return last && last.version === this.documents.get(uri)?.version ? last : undefined;
  }

  /** The lint of the document's current version, linting now if the last one is older. */
  async current(uri: string): Promise<LintResult | undefined> {
    if (!this.documents.get(uri)) return undefined;
    const last = this.latest(uri);
    if (last) return last;
    this.cancel(uri);
    return this.lint(uri);
  }

  /**
   * Lints now and publishes, unless a newer edit or run overtakes this one. A failure is logged
   * rather than thrown: lints run from timers and notifications, where it would end the server.
   */
  async lint(uri: string): Promise<LintResult | undefined> {
    try {
      return await this.lintNow(uri);
    } catch (error) {
      this.connection.console.error(`Linting ${uri} failed: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }

  private async lintNow(uri: string): Promise<LintResult | undefined> {
    const generation = this.nextGeneration(uri);
    const configuration = await this.configuration.forDocument(uri);
    const document = this.documents.get(uri);
    if (!document || this.generations.get(uri) !== generation) return undefined;
    const text = sourceOf(document);
    const previous = this.results.get(uri);
    const unchanged = previous && this.edits.since(uri, previous.version);
    let bytes: number | undefined;
    const countBytes = (counted: SourceText) => {
      const before = previous?.bytes === undefined ? undefined : { text: previous.document.text, bytes: previous.bytes };
      bytes = before && unchanged ? editedUtf8Length(before, counted, unchanged) : utf8Length(counted);
      return bytes;
    };
    const oversize = oversizeDiagnostic(text, configuration.configs, countBytes);
    if (oversize) return this.refuse(document, oversize);
    const started = performance.now();
    const { document: parsed, problems } = lintText(text, { configs: configuration.configs, previous: previous?.document, unchanged });
    this.edits.linted(document);
    const lintMs = performance.now() - started;
    const result: LintResult = { version: document.version, document: parsed, problems, configuration, bytes };
    this.results.set(uri, result);
    void this.connection.sendNotification(PublishDiagnosticsNotification.method, {
      uri,
      version: document.version,
      diagnostics: this.sendsRawJson ? this.writerOf(uri).write(problems, parsed.index) : problems.map((problem) => toDiagnostic(problem, parsed.index)),
    });
    const status: StatusParams = {
      uri,
      words: countWords(parsed).total,
      limit: wordLimit(parsed, configuration),
      lintMs: Math.round(lintMs * 10) / 10,
      problems: problems.length,
    };
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
    releasePrevious(parsed);
    return result;
  }

  /** A draft that is not linted gets only the diagnostic that says why, and nothing that a lint would give. */
  private refuse(document: TextDocument, diagnostic: Diagnostic): undefined {
    this.results.delete(document.uri);
    this.written.delete(document.uri);
    this.edits.forget(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [diagnostic] });
    return undefined;
  }

  private writerOf(uri: string): DiagnosticsJson {
    let writer = this.written.get(uri);
    if (!writer) this.written.set(uri, (writer = new DiagnosticsJson()));
    return writer;
  }

  /** Stops a pending lint and makes a running one stale. */
  private cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.nextGeneration(uri);
  }

  private nextGeneration(uri: string): number {
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }
}

/** The front matter's `wordLimit`, else the configuration's (the editor settings over the project file). */
function wordLimit(document: UprDocument, configuration: DocumentConfiguration): number | undefined {
  const fromConfig = configuration.configs.reduce<number | undefined>((limit, config) => config.wordLimit ?? limit, undefined);
  return submissionMetadata(document).wordLimit ?? fromConfig;
}

/**
 * Runs the task after `delay` ms; with no delay, once the messages already read are handled (a
 * timer of 0 ms waits a millisecond at least in node). Answers how to cancel it.
 */
function later(task: () => void, delay: number): () => void {
  if (delay <= 0 && typeof setImmediate === "function") {
    const immediate = setImmediate(task);
    return () => clearImmediate(immediate);
  }
  const timer = setTimeout(task, delay);
  return () => clearTimeout(timer);
}
