#!/usr/bin/env node
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "..", "dist", "cli.js");
if (!existsSync(bundle)) {
  process.stderr.write("upr-draft: the CLI is not built yet; run `npm run build` in the upr-draft folder\n");
  process.exit(2);
}
require(bundle);
