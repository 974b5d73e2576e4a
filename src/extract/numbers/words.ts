import { isArabicLetter, isLatinLetter } from "../../text/chars.js";

/**
 * A light word scanner over normalised text, shared by the date and number matchers so they do not
 * depend on the full tokeniser. Offsets are normalised units; the stages map them back with rawSpan.
 */
/** `id`: letters and digits glued together (a URL, «ص140», «a3»), never a number. */
export type WordKind = "ar" | "num" | "lat" | "id" | "p";

export interface Word {
  /** Start and end in the normalised text. */
  readonly s: number;
  readonly e: number;
  readonly t: string;
  readonly k: WordKind;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

/** End of a run of digits that may hold `.` or `,` between digits (1,000 · 3.5 · 19.5.2018). */
function digitRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isAsciiDigit(c)) j++;
    else if ((c === 0x2c || c === 0x2e) && j + 1 < text.length && isAsciiDigit(text.charCodeAt(j + 1)))
      j += 2;
    else break;
  }
  return j;
}

function alnumEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && (isLatinLetter(text.charCodeAt(j)) || isAsciiDigit(text.charCodeAt(j)))) j++;
  return j;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isAsciiDigit(text.charCodeAt(k))) return true;
  return false;
}

/** Digits written onto a word («ص140», «ملف1») are a label; after a clitic («و15», «ال19») a number. */
function gluedToWord(i: number, words: readonly Word[]): boolean {
  const prev = words[words.length - 1];
  if (prev === undefined || prev.e !== i) return false;
  if (prev.k === "lat" || prev.k === "id") return true;
  return (
    prev.k === "ar" && prev.t !== "و" && prev.t !== "ب" && prev.t !== "ل" && prev.t !== "ف" && prev.t !== "ال"
  );
}

/** Splits normalised text into Arabic words, Latin words, digit runs and single punctuation marks. */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let k: WordKind = "p";
    if (isArabicLetter(c)) {
      k = "ar";
      while (j < text.length && isArabicLetter(text.charCodeAt(j))) j++;
    } else if (isAsciiDigit(c)) {
      k = "num";
      j = digitRunEnd(text, i);
      if (j < text.length && isLatinLetter(text.charCodeAt(j))) {
        k = "id";
        j = alnumEnd(text, j);
      } else if (gluedToWord(i, words)) k = "id";
    } else if (isLatinLetter(c)) {
      k = "lat";
      j = alnumEnd(text, j);
      if (hasDigit(text, i, j)) k = "id";
    } else if (c >= 0xd800 && c <= 0xdbff && j < text.length) {
      j++; // keep a surrogate pair together
    }
    words.push({ s: i, e: j, t: text.slice(i, j), k });
    i = j;
  }
  return words;
}

const CONJUNCTIONS = new Set(["و", "ف"]);
const PREPOSITIONS = new Set(["ب", "ل", "ك"]);

/**
 * The forms a word can be looked up under: itself, without a leading conjunction (و ف), and without
 * a following preposition (ب ل ك); «لل» before a noun is ل + ال. `cut` is how many leading units
 * were taken off, so a match can start after them.
 */
export function cliticForms(t: string): Array<readonly [form: string, cut: number]> {
  const forms: Array<readonly [string, number]> = [[t, 0]];
  let base = t;
  let cut = 0;
  if (base.length > 2 && CONJUNCTIONS.has(base[0]!)) {
    base = base.slice(1);
    cut = 1;
    forms.push([base, cut]);
  }
  if (base.length > 2 && PREPOSITIONS.has(base[0]!)) {
    if (base[0] === "ل" && base[1] === "ل" && base.length > 3) forms.push([`ا${base.slice(1)}`, cut + 1]);
    else forms.push([base.slice(1), cut + 1]);
  }
  return forms;
}

/** True when the word may carry a clitic worth stripping (a cheap test before building forms). */
export function mayHaveClitic(t: string): boolean {
  const c = t.charCodeAt(0);
  // و ف ب ل ك
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}
