import type { Connection, Diagnostic } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import { LineIndex, allRules, parseConfig, type UprConfig } from "../core/index.js";
import type { Platform } from "./platform.js";
import { READ_FILE_REQUEST, SETTINGS_SECTION, type ReadFileParams } from "./protocol.js";
import { DEFAULT_SETTINGS, readSettings, settingsConfig, type EditorSettings } from "./settings.js";
import { configCandidates, uriKey } from "./uri.js";

/** The configuration one document is linted with. */
export interface DocumentConfiguration {
  settings: EditorSettings;
  /** The project file (if any), then the editor settings: later layers win. */
  configs: UprConfig[];
  /** The project file in force. */
  configFile?: string;
}

interface LoadedConfig {
  uri: string;
  config: UprConfig;
}

/**
 * Finds each document's configuration: the nearest `.upr-draft.json` above it, under the
 * `uprDraft.*` settings of its workspace folder. Config files are read once and kept until they
 * change; a broken one gets diagnostics of its own, and the defaults apply.
 */
export class ConfigurationStore {
  private readonly files = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly settings = new Map<string, Promise<EditorSettings>>();
  private readonly lastSettings = new Map<string, EditorSettings>();
  private readonly withDiagnostics = new Set<string>();
  private globalSettings: EditorSettings = DEFAULT_SETTINGS;
  workspaceFolders: string[] = [];
  /** Whether the client answers workspace/configuration; without it, settings come with didChangeConfiguration. */
  pullSettings = false;

  constructor(
    private readonly connection: Connection,
    private readonly platform: Platform,
  ) {}

  async forDocument(uri: string): Promise<DocumentConfiguration> {
    const [settings, file] = await Promise.all([this.settingsFor(uri), this.projectFile(uri)]);
    const configs = file ? [file.config, settingsConfig(settings)] : [settingsConfig(settings)];
    return { settings, configs, configFile: file?.uri };
  }

  /** The settings last read for a document, for decisions that cannot wait (the lint delay). */
  knownSettings(uri: string): EditorSettings {
    return this.lastSettings.get(uri) ?? this.globalSettings;
  }

  settingsChanged(pushed: unknown): void {
    this.settings.clear();
    this.lastSettings.clear();
    if (!this.pullSettings) this.globalSettings = readSettings((pushed as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
  }

  /** A config file was created, changed or deleted: read it again (which publishes its diagnostics). */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    const key = uriKey(uri);
    for (const cached of this.files.keys()) if (uriKey(cached) === key) this.files.delete(cached);
    if (deleted) this.publish(uri, []);
    else await this.load(uri);
  }

  forget(uri: string): void {
    this.settings.delete(uri);
    this.lastSettings.delete(uri);
  }

  private settingsFor(uri: string): Promise<EditorSettings> {
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.pullSettings
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(readSettings, () => this.globalSettings)
        : Promise.resolve(this.globalSettings);
      settings.then((read) => this.lastSettings.set(uri, read));
      this.settings.set(uri, settings);
    }
    return settings;
  }

  private async projectFile(documentUri: string): Promise<LoadedConfig | undefined> {
    for (const candidate of configCandidates(documentUri, this.workspaceFolders)) {
      const loaded = await this.load(candidate);
      if (loaded) return loaded;
    }
    return undefined;
  }

  private load(uri: string): Promise<LoadedConfig | undefined> {
    let loaded = this.files.get(uri);
    if (!loaded) {
      loaded = this.read(uri).then((read) => {
        if (read === undefined) return undefined;
        const text = typeof read === "string" ? read : "";
        const { config, problems } =
          typeof read === "string" ? parseConfig(text, allRules) : { config: {}, problems: [{ start: 0, end: 0, message: `The configuration cannot be read (${read.refused}); the defaults are used.` }] };
        const index = new LineIndex(text);
        this.publish(
          uri,
          problems.map((problem) => ({
            range: { start: index.positionAt(problem.start), end: index.positionAt(problem.end) },
            message: problem.message,
            severity: DiagnosticSeverity.Warning,
            source: "upr-draft",
          })),
        );
        return { uri, config };
      });
      this.files.set(uri, loaded);
    }
    return loaded;
  }

  private async read(uri: string): Promise<string | { refused: string } | undefined> {
    try {
      const local = await this.platform.readFile(uri);
      if (local !== null) return local;
      const text = await this.connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams);
      return text ?? undefined;
    } catch {
      return undefined;
    }
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.withDiagnostics.has(uri)) return;
    if (diagnostics.length > 0) this.withDiagnostics.add(uri);
    else this.withDiagnostics.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
