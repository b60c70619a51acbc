import type { Span } from "./text.js";

/** One replacement in the document text; offsets refer to the text the problem was found in. */
export interface TextEdit extends Span {
  newText: string;
}

/** A fix is data: a title saying what it changes, and the edits that change exactly that. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}
