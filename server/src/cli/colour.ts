/**
 * Colour for a terminal: on when the stream is a TTY, off when NO_COLOR is set to anything
 * (no-color.org) or TERM is dumb; FORCE_COLOR turns it on for logs that render ANSI colour, such
 * as CI's. NO_COLOR wins over FORCE_COLOR.
 */
export function colourWanted(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

const CODES = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  dim: [2, 22],
  bold: [1, 22],
} as const;

export type Style = keyof typeof CODES;

/** Paints text in the given styles, or returns it as it is when colour is off. */
export type Painter = (text: string, ...styles: Style[]) => string;

export function painter(colour: boolean): Painter {
  if (!colour) return (text) => text;
  return (text, ...styles) => styles.reduce((painted, style) => `\u001b[${CODES[style][0]}m${painted}\u001b[${CODES[style][1]}m`, text);
}
