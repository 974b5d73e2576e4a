import type { NormalizedText } from "../../core/layers.js";
import { isWordChar } from "../../text/chars.js";

/**
 * The words of a normalised text: maximal runs of word characters, with their offsets in the normalised
 * string, and for each word whether the gap to the next one may sit inside a multiword name.
 */
export interface WordList {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: readonly string[];
  /** `joins[i]` is 1 when only spaces, line breaks and quote marks separate word i from word i+1. */
  readonly joins: Uint8Array;
}

/**
 * Spaces of any kind (a scraped line break inside «بجنوب\nدمشق» included) and the quote marks that
 * reporters put around names («تنظيم “الدولة الإسلامية”»; the normaliser has made them ASCII).
 */
function isJoiner(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x22 || code === 0x27;
}

export function scanWords(text: string): WordList {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordChar(text.charCodeAt(i))) i++;
    starts.push(start);
    ends.push(i);
    words.push(text.slice(start, i));
  }
  const joins = new Uint8Array(words.length);
  for (let w = 0; w + 1 < words.length; w++) {
    let ok = 1;
    for (let k = ends[w]!; k < starts[w + 1]!; k++) {
      if (!isJoiner(text.charCodeAt(k))) {
        ok = 0;
        break;
      }
    }
    joins[w] = ok;
  }
  return {
    text,
    count: words.length,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    words,
    joins,
  };
}

const lists = new WeakMap<NormalizedText, WordList>();

/** scanWords of a document's normalised layer, made once: the places and actors stages both read it. */
export function wordListOf(norm: NormalizedText): WordList {
  let list = lists.get(norm);
  if (!list) {
    list = scanWords(norm.text);
    lists.set(norm, list);
  }
  return list;
}

/** Splits a normalised lexicon phrase into words the same way scanWords splits a text. */
export function phraseWords(phrase: string): string[] {
  return scanWords(phrase).words.slice();
}
