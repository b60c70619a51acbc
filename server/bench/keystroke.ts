import { lintText } from "../src/core/lint.js";
import { summarise, type Timing } from "./measure.js";

export interface KeystrokeTiming {
  /** What one keystroke costs: the text after a one-character edit, parsed and linted in full. */
  full: Timing;
}

/**
 * Types a word, character by character, into paragraphs at the start, middle and end of a draft.
 * Each keystroke is timed from the edited text to the full list of problems: what the language
 * server runs per change once its debounce has fired.
 */
export function keystrokes(draft: string, count: number): KeystrokeTiming {
  const samples: number[] = [];
  for (const text of typingSequence(draft, count)) {
    const start = performance.now();
    lintText(text);
    samples.push(performance.now() - start);
  }
  // The first keystrokes warm up the JIT.
  return { full: summarise(samples.slice(Math.min(5, samples.length >> 2))) };
}

/** The texts after each keystroke of typing "word " at three places in turn. */
function* typingSequence(draft: string, count: number): Generator<string> {
  const places = [0.1, 0.5, 0.9].map((share) => draft.indexOf(". ", Math.floor(draft.length * share)) + 2);
  let text = draft;
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length];
    const typed = Math.floor(i / places.length);
    const at = place + typed;
    text = text.slice(0, at) + "word "[typed % 5] + text.slice(at);
    for (let p = 0; p < places.length; p++) if (places[p] > place) places[p]++;
    yield text;
  }
}
