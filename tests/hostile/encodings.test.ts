import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FRONT_MATTER, survives } from "./survive.js";

const seed = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3.upr"), "utf8");
const pasted = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3-extracted.txt"), "utf8");

describe("characters and line ends of every kind", () => {
  it.each([
    ["an empty file", ""],
    ["a single line break", "\n"],
    ["every control character", Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(i % 32)).join("")],
    ["control characters inside paragraphs", FRONT_MATTER + "1. A\u0000B\u0007C\u001b[31m.\n\n\u000c2. Form feed.\u000b\n\n3. \u0085next line\u2028line separator\u2029."],
    ["invalid UTF-8 bytes, decoded", new TextDecoder().decode(Uint8Array.from({ length: 1024 * 1024 }, (_, i) => (i * 7919 + 13) % 256))],
    ["invalid UTF-8 inside a draft", new TextDecoder().decode(Buffer.concat([Buffer.from(FRONT_MATTER + "1. Text "), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), Buffer.from(" more.\n")]))],
    ["lone surrogates everywhere", Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(0xd800 + (i % 2048))).join("")],
    ["lone surrogates in markers and quotes", FRONT_MATTER + "1. \uD800 “\uDC00 child pornography\uD800” (\uDBFFCRC)\n\na\uDC00. Ratify.\n\n[^\uD800]: x [^\uD800]\n"],
    ["a file that is only digits", "1234567890".repeat(100_000)],
    ["a file of numbers, one a line", "1\n2\n3\n\n4\n5\n999\n1000\n"],
    ["tabs for indentation and in markers", FRONT_MATTER + "\t".repeat(100_000) + "1.\tx\n" + "\t-\tbullet\n".repeat(10_000)],
    ["a BOM and nothing else", "\uFEFF"],
    ["BOMs at the start of every line", FRONT_MATTER + "\uFEFF1. One.\n\n\uFEFF2. Two.\n"],
    ["Arabic text with Arabic digits and punctuation", FRONT_MATTER + "1. تلتزم الدولة (اتفاقية حقوق الطفل) بحماية الأطفال، ١٢٣؛ «مقتبس» ‘child pornography’.\n\nأ. التصديق على البروتوكول.\n"],
  ])("%s", (_, text) => {
    survives(text);
  });

  it("Urdu paragraphs are numbered paragraphs, and a quoted English term in them is not flagged", () => {
    const text = FRONT_MATTER + Array.from({ length: 2_000 }, (_, i) => `${i + 1}. بچوں کے جنسی استحصال کے خلاف قانون ‘child pornography’ میں۔ (ی ب س) ١٢٣ ، ؛`).join("\n\n");
    const { document, problems } = survives(text);
    expect(document.paragraphs).toHaveLength(2_000);
    expect(problems.filter((problem) => problem.ruleId === "UPR101")).toEqual([]);
  });

  it("CRLF and lone CR give the structure LF gives", () => {
    const paragraphs = (text: string) => survives(text).document.paragraphs.length;
    expect(paragraphs(seed.replace(/\n/g, "\r\n"))).toBe(28);
    expect(paragraphs(seed.replace(/\n/g, "\r"))).toBe(28);
    expect(paragraphs(pasted.replace(/\n/g, "\r\n"))).toBe(paragraphs(pasted));
  });

  it("mixed line ends in one file", () => {
    const mixed = seed.split("\n").map((line, i) => line + ["\n", "\r\n", "\r"][i % 3]).join("");
    expect(survives(mixed).document.paragraphs).toHaveLength(28);
  });

  it("a BOM before the front matter", () => {
    const { document } = survives("\uFEFF" + seed);
    expect(document.frontMatter?.data.state).toBe("Pakistan");
  });
});
