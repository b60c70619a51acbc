import { NUMBERING_SETTINGS } from "../document/front-matter-fields.js";
import type { Rule } from "../rules/types.js";
import { EXPORT_SETTINGS_SCHEMA } from "./export-settings.js";
import { TERM_PACK_NAMES } from "../analysis/terminology/settings.js";

/** Where the schema lives in the repository; the extension contributes it for `.upr-draft.json`. */
export const CONFIG_SCHEMA_PATH = "client/schemas/upr-draft.schema.json";

type Schema = Record<string, unknown>;

const SEVERITY: Schema = { type: "string", enum: ["error", "warning", "information", "hint", "off"] };
const PHRASE: Schema = { type: "string", minLength: 1, maxLength: 300 };
const PHRASES: Schema = { type: "array", items: PHRASE };

/**
 * The JSON schema of `.upr-draft.json`, made from the rule registry: every rule by ID and by name,
 * with its description and default. It gives completion and checks in VS Code's JSON editor; the
 * server's own checks (parseConfig) remain the reference.
 */
export function configSchema(rules: readonly Rule[]): Schema {
  const ruleProperties: Record<string, Schema> = {};
  for (const rule of rules) {
    const setting = ruleSetting(`${rule.id} ${rule.name}: ${rule.description} Default: ${rule.enabledByDefault ? rule.defaultSeverity : "off"}.`);
    ruleProperties[rule.id] = setting;
    ruleProperties[rule.name] = setting;
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "upr-draft project configuration (.upr-draft.json)",
    description: "Settings for linting UPR submission drafts, read by the editor and the command line. Comments are allowed.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        description: "Rule settings by ID (UPR001) or name (paragraph-numbering): a severity, \"off\", true/false, or an object with \"severity\" and the rule's options.",
        type: "object",
        properties: ruleProperties,
        // Rule IDs are also accepted in lower case.
        patternProperties: { "^[uU][pP][rR][0-9]{3}$": ruleSetting("A rule by its ID.") },
        additionalProperties: false,
      },
      wordLimit: { description: "The submission's word limit, when its front matter sets none.", type: "integer", minimum: 1 },
      maxFileSizeMB: {
        description: "The largest draft linted, in megabytes (10 by default); a bigger file gets one message instead of problems.",
        type: "number",
        exclusiveMinimum: 0,
      },
      numbering: {
        description:
          "How paragraphs are numbered, when the front matter does not say: \"flat\" (1, 2, 3 … across sections), \"decimal\" (1., 1.1, 1.1.1), \"per-section\" (1, 2, 3 … afresh under each heading), or \"auto\" to read it from the numbers.",
        enum: [...NUMBERING_SETTINGS],
      },
      terms: {
        description: "Project terms to flag; one with the spelling of a built-in term replaces it.",
        type: "array",
        items: {
          type: "object",
          required: ["term"],
          additionalProperties: false,
          properties: {
            term: { ...PHRASE, description: "The phrase to flag, as plain words (not a pattern). Matching ignores case and accepts plurals and possessives." },
            variants: { ...PHRASES, description: "Other spellings of the same term." },
            alternatives: { ...PHRASES, description: "What to write instead; each is offered as a quick fix." },
            reason: { type: "string", description: "One line: why the term is a problem." },
            severity: {
              type: "string",
              enum: ["warning", "information", "off"],
              description: "\"warning\" (UPR101 avoided-term, the default), \"information\" (UPR102 caution-term), or \"off\" to silence a built-in term.",
            },
          },
        },
      },
      termPacks: {
        description: "Built-in term packs to turn on or off.",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(TERM_PACK_NAMES.map((name) => [name, { type: "boolean" }])),
      },
      termExceptions: { ...PHRASES, description: "Phrases, such as titles of national laws, inside which no term is flagged." },
      themes: {
        description: "Theme codes to add to the built-in UPR list, or to replace it with.",
        type: "object",
        additionalProperties: false,
        properties: {
          replace: { type: "boolean", description: "True: only the added themes are known." },
          add: {
            type: "array",
            items: {
              type: "object",
              required: ["code", "title"],
              additionalProperties: false,
              properties: {
                code: { type: "string", pattern: "^[A-Z][0-9]{1,2}$", description: "A capital letter and one or two digits, as F31." },
                title: PHRASE,
                group: PHRASE,
              },
            },
          },
        },
      },
      export: EXPORT_SETTINGS_SCHEMA,
      abbreviations: {
        description: "Abbreviations readers know without a definition in the text.",
        type: "object",
        additionalProperties: false,
        properties: {
          known: {
            type: "array",
            items: {
              anyOf: [
                { type: "string", pattern: "^\\p{Lu}[\\p{L}\\p{N}&.-]{0,14}$" },
                {
                  type: "object",
                  required: ["abbreviation"],
                  additionalProperties: false,
                  properties: { abbreviation: { type: "string" }, expansion: { type: "string" } },
                },
              ],
            },
          },
        },
      },
    },
  };
}

/** The schema as the file holds it. */
export function renderConfigSchema(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}

function ruleSetting(description: string): Schema {
  return {
    description,
    anyOf: [SEVERITY, { type: "boolean" }, { type: "object", properties: { severity: SEVERITY } }],
  };
}
