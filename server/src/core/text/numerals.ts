const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral in canonical form (I … CCCXCIX), or 0 when it is not one. */
export function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]];
    if (value === undefined) return 0;
    const next = ROMAN[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === text ? total : 0;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/**
 * Value of a recommendation letter: a=1 … z=26, then the doubled letters aa=27 … zz=52, the
 * style UN documents use after z. The spreadsheet style ab, ac … is read as 28, 29 … too.
 */
export function letterValue(text: string): number {
  const lower = text.toLowerCase();
  const first = lower.charCodeAt(0) - 96;
  if (first < 1 || first > 26) return 0;
  if (lower.length === 1) return first;
  if (lower.length !== 2) return 0;
  const second = lower.charCodeAt(1) - 96;
  if (second === first) return 26 + first;
  if (first === 1 && second >= 1 && second <= 26) return 26 + second;
  return 0;
}

export function toLetter(value: number, upper = false): string {
  const base = ((value - 1) % 26) + 1;
  const letter = String.fromCharCode(96 + base);
  const text = value > 26 ? letter + letter : letter;
  return upper ? text.toUpperCase() : text;
}

/** The lower-case letters or numeral of a parenthesised list marker opening a text, "(b) …" or "(iv) …"; undefined when there is none. */
export function parenMarker(text: string): string | undefined {
  return /^\(([a-z]{1,4})\)(?=[ \t]|$)/.exec(text)?.[1];
}

/**
 * Whether a marker that reads both as a letter and as a Roman numeral ("i", "v", "x", "ii") is
 * the numeral, by the markers around it: "(iv)" before "(v)", or "(ii)" after "(i)". After "(h)",
 * "(i)" is the letter.
 */
export function isRomanInContext(marker: string, before: string | undefined, after: string | undefined): boolean {
  const value = romanValue(marker.toUpperCase());
  if (!value) return false;
  return (value > 1 && before === toRoman(value - 1).toLowerCase()) || after === toRoman(value + 1).toLowerCase();
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

export function isSuperscriptDigit(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && SUPERSCRIPT_DIGITS.includes(char);
}

/** "12" for "¹²": the digits of a superscript number as PDF extractors leave a footnote marker. */
export function fromSuperscript(text: string): string {
  let out = "";
  for (const char of text) out += SUPERSCRIPT_DIGITS.indexOf(char);
  return out;
}
