import { describe, it, expect } from "vitest";
import luxembourg from "../../server/src/core/data/terminology-luxembourg.json";
import unGeneral from "../../server/src/core/data/terminology-un-general.json";
import unNames from "../../server/src/core/data/terminology-un-names.json";
import instrumentTitles from "../../server/src/core/data/instrument-titles.json";
import officialTitles from "../../server/src/core/data/official-titles.json";
import themes from "../../server/src/core/data/themes.json";
import abbreviations from "../../server/src/core/data/known-abbreviations.json";
import actionVerbs from "../../server/src/core/data/action-verbs.json";

type Sources = Record<string, { title: string; url: string }>;

interface TermEntry {
  id: string;
  terms: string[];
  severity: string;
  alternatives: string[];
  reason: string;
  source: string;
  exemptInLegalCitations: boolean;
}

interface TermPack {
  pack: string;
  title: string;
  enabledByDefault: boolean;
  sources: Sources;
  entries: TermEntry[];
}

const packs: [string, TermPack][] = [
  ["terminology-luxembourg.json", luxembourg as TermPack],
  ["terminology-un-general.json", unGeneral as TermPack],
  ["terminology-un-names.json", unNames as TermPack],
];

/** Every data file with its sources and every `source` key its records use. */
const sourceUses: [string, Sources, string[]][] = [
  ...packs.map(([name, pack]): [string, Sources, string[]] => [
    name,
    pack.sources,
    pack.entries.map((e) => e.source),
  ]),
  ["instrument-titles.json", instrumentTitles.sources, instrumentTitles.titles.map((t) => t.source)],
  ["official-titles.json", officialTitles.sources, officialTitles.titles.map((t) => t.source)],
  [
    "themes.json",
    themes.sources,
    [...themes.themes.map((t) => t.source), ...themes.uncodedThemes.map((t) => t.source)],
  ],
  ["known-abbreviations.json", abbreviations.sources, abbreviations.abbreviations.map((a) => a.source)],
  [
    "action-verbs.json",
    actionVerbs.sources,
    [
      ...actionVerbs.categories.map((c) => c.source),
      ...actionVerbs.vagueActions.map((v) => v.source),
      actionVerbs.smartVerbs.source,
    ],
  ],
];

/** Lower-case, treat hyphens/dashes as spaces, collapse whitespace. */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[-\u2010-\u2015]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True if `text` contains `phrase` (or its -s/-es plural) as a whole phrase. */
function containsPhrase(text: string, phrase: string): boolean {
  const re = new RegExp(`(^|[^a-z0-9])${escapeRegExp(norm(phrase))}(s|es)?($|[^a-z0-9])`);
  return re.test(norm(text));
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dups.add(v);
    seen.add(v);
  }
  return [...dups];
}

describe("phrase helper", () => {
  it("matches whole phrases only, across hyphen and plural variants", () => {
    expect(containsPhrase("live child-prostitutes here", "child prostitute")).toBe(true);
    expect(containsPhrase("child prostitution", "child prostitute")).toBe(false);
    expect(containsPhrase("transgender", "transgendered")).toBe(false);
  });
});

describe("sources", () => {
  for (const [file, sources, used] of sourceUses) {
    it(`${file}: every source key used is defined`, () => {
      const missing = used.filter((key) => !(key in sources));
      expect(missing).toEqual([]);
    });

    it(`${file}: every source has a title and an http(s) url`, () => {
      expect(Object.keys(sources).length).toBeGreaterThan(0);
      for (const [key, src] of Object.entries(sources)) {
        expect(src.title.trim(), key).not.toBe("");
        expect(src.url, key).toMatch(/^https?:\/\/[^\s]+$/);
      }
    });
  }
});

describe("terminology packs", () => {
  it("the Luxembourg and UN-names packs are on by default and the UN-general pack is off", () => {
    expect(luxembourg.pack).toBe("luxembourg");
    expect(luxembourg.enabledByDefault).toBe(true);
    expect(unGeneral.enabledByDefault).toBe(false);
    expect(unNames.pack).toBe("un-names");
    expect(unNames.enabledByDefault).toBe(true);
  });

  it("the UN-names pack flags no real body's name, nor a national human rights commission's", () => {
    const terms = unNames.entries.flatMap((e) => e.terms);
    const realNames = [
      "Universal Periodic Review",
      "Human Rights Council",
      "Commission on Human Rights",
      "UN Commission on Human Rights",
      "Human Rights Committee",
      "United Nations Human Rights Committee",
      "Equality and Human Rights Commission",
      "Scottish Human Rights Commission",
      "National Human Rights Commission of Exampleland",
    ];
    for (const name of realNames) {
      expect(terms.filter((term) => containsPhrase(name, term)), name).toEqual([]);
    }
    expect(terms).not.toContain("human rights commission");
  });

  it("ids are unique across the packs", () => {
    const ids = packs.flatMap(([, p]) => p.entries.map((e) => e.id));
    expect(duplicates(ids)).toEqual([]);
  });

  it("terms are unique across the packs (after normalising)", () => {
    const terms = packs.flatMap(([, p]) => p.entries.flatMap((e) => e.terms.map(norm)));
    expect(duplicates(terms)).toEqual([]);
  });

  for (const [file, pack] of packs) {
    describe(file, () => {
      for (const entry of pack.entries) {
        it(`${entry.id}: shape, terms and alternatives`, () => {
          expect(["warning", "information"]).toContain(entry.severity);
          expect(entry.terms.length).toBeGreaterThanOrEqual(1);
          if (entry.severity === "warning") {
            expect(entry.alternatives.length).toBeGreaterThanOrEqual(1);
          }
          expect(entry.reason.trim()).not.toBe("");
          expect(entry.reason).not.toMatch(/\n/);
          expect(typeof entry.exemptInLegalCitations).toBe("boolean");

          for (const term of entry.terms) {
            // base form: lower case, no stray whitespace
            expect(term).toBe(term.toLowerCase());
            expect(term).toBe(term.trim());
            // the matcher handles plurals, so no plural duplicates of another term
            const others = entry.terms.filter((t) => t !== term);
            expect(others.map(norm)).not.toContain(norm(term).replace(/e?s$/, ""));
          }

          for (const alt of entry.alternatives) {
            for (const term of entry.terms) {
              expect(
                containsPhrase(alt, term),
                `alternative "${alt}" contains avoided term "${term}"`,
              ).toBe(false);
            }
          }
        });
      }
    });
  }

  it("legal-citation exemptions cover child pornography and child prostitution", () => {
    const byId = new Map(luxembourg.entries.map((e) => [e.id, e]));
    expect(byId.get("child-pornography")?.exemptInLegalCitations).toBe(true);
    expect(byId.get("child-prostitution")?.exemptInLegalCitations).toBe(true);
    expect(byId.get("child-pornography")?.alternatives).toContain("child sexual abuse material");
  });
});

describe("instrument-titles.json", () => {
  const titles = instrumentTitles.titles.map((t) => t.title);

  it("contains the OPSC title and its short form", () => {
    expect(titles).toContain(
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
    );
    expect(titles).toContain("Optional Protocol on the sale of children, child prostitution and child pornography");
  });

  it("contains both titles of the Special Rapporteur's mandate", () => {
    expect(titles).toContain("Special Rapporteur on the sale of children, child prostitution and child pornography");
    expect(titles).toContain(
      "Special Rapporteur on the sale and sexual exploitation of children, including child prostitution, child pornography and other child sexual abuse material",
    );
  });

  it("has no duplicate titles and only known kinds", () => {
    expect(duplicates(titles.map(norm))).toEqual([]);
    for (const t of instrumentTitles.titles) {
      expect(["treaty", "mandate", "article"]).toContain(t.kind);
    }
  });

  it("every short form is the ending of its title, from a preposition on, and keeps a flagged term", () => {
    const terms = luxembourg.entries.flatMap((e) => e.terms);
    const entries: { title: string; shortForms?: string[] }[] = instrumentTitles.titles;
    const withShortForms = entries.filter((t) => t.shortForms);
    expect(withShortForms.length).toBeGreaterThan(0);
    for (const { title, shortForms } of withShortForms) {
      for (const short of shortForms!) {
        expect(title.endsWith(` ${short}`), short).toBe(true);
        expect(short, short).toMatch(/^(?:on|to|of|concerning|related to) /);
        expect(terms.some((term) => containsPhrase(short, term)), short).toBe(true);
      }
    }
  });

  it("every title contains a term the Luxembourg pack flags (else it need not be listed)", () => {
    const terms = luxembourg.entries.flatMap((e) => e.terms);
    for (const title of titles) {
      expect(
        terms.some((term) => containsPhrase(title, term)),
        title,
      ).toBe(true);
    }
  });
});

describe("official-titles.json", () => {
  const titles = officialTitles.titles.map((t) => t.title);

  it("has the nine core instruments, their optional protocols and the Universal Declaration, each once", () => {
    expect(titles).toContain("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment");
    expect(titles).toContain("Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment");
    expect(titles).toContain("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict");
    expect(titles).toContain("Universal Declaration of Human Rights");
    expect(titles.length).toBe(19);
    expect(duplicates(titles.map(norm))).toEqual([]);
  });

  it("every title of a treaty the known abbreviations expand is written as they write it", () => {
    const normalised = new Set(titles.map(norm));
    for (const entry of abbreviations.abbreviations) {
      if (/^(?:International )?(?:Convention|Covenant)/.test(entry.expansion)) expect(normalised.has(norm(entry.expansion)), entry.expansion).toBe(true);
    }
  });
});

describe("themes.json", () => {
  const codes = themes.themes.map((t) => t.code);

  it("codes are well formed and unique", () => {
    for (const code of codes) expect(code).toMatch(/^[A-Z]\d{1,2}$/);
    expect(duplicates(codes)).toEqual([]);
  });

  it("holds the 53 + 3 confirmed codes, all marked confirmed", () => {
    expect(codes.length).toBe(56);
    expect(themes.themes.filter((t) => t.source === "S2").length).toBe(53);
    expect(themes.themes.filter((t) => t.source === "IMP").map((t) => t.code).sort()).toEqual(["G3", "G6", "H1"]);
    for (const t of themes.themes) expect(t.confirmed).toBe(true);
  });

  it("each theme has a title and a group of its own letter", () => {
    for (const t of themes.themes) {
      expect(t.title.trim(), t.code).not.toBe("");
      expect(t.group.charAt(0), t.code).toBe(t.code.charAt(0));
    }
  });

  it("has the seed's codes with their exact titles", () => {
    const byCode = new Map(themes.themes.map((t) => [t.code, t.title]));
    expect(byCode.get("F31")).toBe("Children: definition; general principles; protection");
    expect(byCode.get("F33")).toBe("Children: protection against exploitation");
  });

  it("uncoded 4th-cycle themes are unique and carry no code", () => {
    const titles = themes.uncodedThemes.map((t) => t.title);
    expect(titles.length).toBeGreaterThanOrEqual(60);
    expect(duplicates(titles)).toEqual([]);
    for (const title of titles) expect(title).not.toMatch(/^[A-Z]\d{1,2}\s/);
  });
});

describe("known-abbreviations.json", () => {
  const list = abbreviations.abbreviations;

  it("has 25-40 unique, well-formed entries", () => {
    expect(list.length).toBeGreaterThanOrEqual(25);
    expect(list.length).toBeLessThanOrEqual(40);
    expect(duplicates(list.map((a) => a.abbreviation))).toEqual([]);
    for (const a of list) {
      expect(a.abbreviation).toMatch(/^[A-Z][A-Za-z]{1,9}$/);
      expect(a.expansion.trim(), a.abbreviation).not.toBe("");
    }
  });

  it("includes the core UPR abbreviations", () => {
    const abbrs = list.map((a) => a.abbreviation);
    for (const a of ["UN", "UPR", "NGO", "OHCHR", "HRC", "NHRI", "CSO", "UNICEF", "SDG"]) {
      expect(abbrs).toContain(a);
    }
  });
});

describe("action-verbs.json", () => {
  const ARTEFACTS = ["in", "with", "further", "fully", "that", "recommended"];

  it("has categories 1-5 in order, names marked unconfirmed", () => {
    expect(actionVerbs.categories.map((c) => c.category)).toEqual([1, 2, 3, 4, 5]);
    for (const c of actionVerbs.categories) expect(c.nameConfirmed).toBe(false);
  });

  it("verbs are non-empty, lower case, unique per category and free of artefact words", () => {
    for (const c of actionVerbs.categories) {
      expect(c.verbs.length).toBeGreaterThan(0);
      expect(duplicates(c.verbs)).toEqual([]);
      for (const v of c.verbs) {
        expect(v).toMatch(/^[a-z][a-z-]*$/);
        expect(ARTEFACTS).not.toContain(v);
      }
    }
  });

  it("the dominant first word of each category is where the data puts it", () => {
    const first = actionVerbs.categories.map((c) => c.verbs[0]);
    expect(first).toEqual(["seek", "continue", "consider", "take", "ratify"]);
  });

  it("lists the vague actions with a reason each", () => {
    const phrases = actionVerbs.vagueActions.map((v) => v.phrase);
    expect(phrases).toEqual(expect.arrayContaining(["consider", "continue", "take measures"]));
    expect(duplicates(phrases)).toEqual([]);
    for (const v of actionVerbs.vagueActions) expect(v.reason.trim()).not.toBe("");
  });
});
