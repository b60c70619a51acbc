// Writes the JSON schema of .upr-draft.json from the rule registry: `npm run schema`.
// tests/lsp/config-schema.test.ts fails when the file in the repository is out of date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_SCHEMA_PATH, allRules, renderConfigSchema } from "../src/core/index.js";

writeFileSync(join(__dirname, "../..", CONFIG_SCHEMA_PATH), renderConfigSchema(allRules));
