import { readFileSync } from "node:fs";
import { join } from "node:path";

export const seed = readFileSync(join(__dirname, "../../../seeds/ecpat-pakistan-upr3.upr"), "utf8");

/** The seed with a text for every footnote, as a finished draft has them (the seed's own texts were lost with its PDF). */
export function seedWithFootnoteTexts(): string {
  const definitions = Array.from({ length: 35 }, (_, index) => `[^${index + 1}]: Footnote text number ${index + 1}, with “quotes” – and a dash.`);
  return `${seed.replace("<!-- upr-draft-disable-file footnote-definitions -->\n", "")}\n${definitions.join("\n")}\n`;
}
