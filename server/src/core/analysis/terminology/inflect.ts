const IRREGULAR_PLURALS: Readonly<Record<string, readonly string[]>> = {
  child: ["children"],
  person: ["persons", "people"],
  woman: ["women"],
  man: ["men"],
};

/** The plural spellings of a lower-case English noun: regular ones and the irregular ones drafts use. */
export function pluralForms(word: string): string[] {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return [...irregular];
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

const PREPOSITIONS = new Set(["of", "in", "with", "for", "on", "to", "at", "by", "from", "involving", "against"]);

/**
 * A replacement phrase for a plural match: its head noun made plural. The head is the word
 * before a preposition or a participle ("child victim of …" → "child victims of …",
 * "child exploited in …" → "children exploited in …"), else the last word.
 */
export function pluralizePhrase(phrase: string): string {
  const words = phrase.split(" ");
  let head = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    const word = words[i].toLowerCase();
    if (PREPOSITIONS.has(word) || (word.length > 4 && word.endsWith("ed"))) {
      head = i - 1;
      break;
    }
  }
  const plural = pluralForms(words[head].toLowerCase())[0];
  words[head] = words[head][0] === words[head][0].toUpperCase() ? plural[0].toUpperCase() + plural.slice(1) : plural;
  return words.join(" ");
}

const MINOR_WORDS = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/**
 * The replacement written in the case of the text it replaces: all capitals stay capitals,
 * Title Case stays Title Case, a capital first letter stays; otherwise the replacement as given.
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const words = original.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const capitalised = (word: string) => word[0] !== word[0].toLowerCase();
  if (words.length >= 2 && words.every(capitalised)) {
    return replacement.replace(/[\p{L}\p{N}'’]+/gu, (word, offset: number) =>
      offset > 0 && MINOR_WORDS.has(word.toLowerCase()) ? word : word[0].toUpperCase() + word.slice(1),
    );
  }
  if (words.length > 0 && capitalised(words[0])) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
