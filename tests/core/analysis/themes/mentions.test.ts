import { describe, expect, it } from "vitest";
import { catalogueFor, readMentions } from "../../../../server/src/core/analysis/themes/mentions.js";
import { parse, parseAll } from "../../../../server/src/core/document/parser/index.js";
import { reuseOf } from "../../../../server/src/core/document/parser/incremental.js";

const catalogue = catalogueFor({});
const head = "---\nstate: Pakistan\ncycle: 4\n---\n\n";
const farBody = Array.from({ length: 12 }, (_, i) => `${i + 1}. The Government of Pakistan reported on child protection in district ${i + 1} and its courts.`).join("\n\n");

function readings(text: string) {
  return readMentions(parseAll(text), catalogue);
}

describe("theme mentions read after an edit", () => {
  it("are read again when the edit is in the text before a code that tells whether it is a theme", () => {
    const before = `${head}Relevant themes\n\nA99 Something happened in the district.\n`;
    const previous = parseAll(before);
    expect(readMentions(previous, catalogue).map((read) => read.themeLike)).toEqual([true]);
    const after = before.replace("themes", "topics");
    const edited = parse(after, previous);
    const reuse = reuseOf(edited)!;
    // The code's block is copied from the previous version, not built again.
    expect(reuse.oldEnd).toBeLessThanOrEqual(previous.themes[0].start);
    expect(readMentions(edited, catalogue)).toEqual(readings(after));
    expect(readMentions(edited, catalogue)[0].themeLike).toBe(false);
  });

  it("keep their readings away from the edit, moved when the edit comes before them", () => {
    const text = `${head}Themes: F31, Z99\n\n${farBody}\n\nZ98 Children: the title of no theme.\n`;
    const previous = parseAll(text);
    const kept = readMentions(previous, catalogue);
    const at = text.indexOf("district 6");
    const after = text.slice(0, at) + "the " + text.slice(at);
    const edited = parse(after, previous);
    const read = readMentions(edited, catalogue);
    expect(read).toEqual(readings(after));
    expect(read.slice(0, 2)).toEqual(kept.slice(0, 2));
    expect(read[0]).toBe(kept[0]);
    const [oldTitle, newTitle] = [kept[2].title, read[2].title];
    expect(newTitle?.kind).toBe("unlike");
    if (oldTitle?.kind !== "unlike" || newTitle?.kind !== "unlike") return;
    expect(newTitle.span.start).toBe(oldTitle.span.start + 4);
    expect(after.slice(newTitle.span.start, newTitle.span.end)).toBe("Children: the title of no theme");
  });
});
