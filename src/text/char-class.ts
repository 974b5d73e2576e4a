import { isArabicLetter, isArabicMark, isDigit, isLatinLetter } from "./chars.js";

/**
 * One class per UTF-16 code unit of *normalised* text, looked up in a table so the tokeniser's hot loop is
 * a single array read per unit. Unicode categories are consulted once, when the table is built.
 */
export const CharClass = {
  space: 0,
  arabic: 1,
  latin: 2,
  /** A letter of another alphabet (Cyrillic, Hebrew …): a word, reported with kind "latin". */
  otherLetter: 3,
  digit: 4,
  /** A combining mark: continues whatever word precedes it. */
  mark: 5,
  /** `. ! ? ؟ … ۔`: may end a sentence; runs of them make one token. */
  final: 6,
  punct: 7,
  symbol: 8,
  highSurrogate: 9,
  lowSurrogate: 10,
} as const;

export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const FINAL_PUNCT = [0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x06d4, 0x203c, 0x2047, 0x2048, 0x2049];

function classify(code: number, letter: RegExp, mark: RegExp, digit: RegExp, punct: RegExp): CharClass {
  if (code <= 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029) return CharClass.space;
  if (FINAL_PUNCT.includes(code)) return CharClass.final;
  if (isArabicLetter(code)) return CharClass.arabic;
  if (isArabicMark(code)) return CharClass.mark;
  if (isDigit(code)) return CharClass.digit;
  if (isLatinLetter(code)) return CharClass.latin;
  if (code >= 0xd800 && code <= 0xdbff) return CharClass.highSurrogate;
  if (code >= 0xdc00 && code <= 0xdfff) return CharClass.lowSurrogate;
  const char = String.fromCharCode(code);
  if (/\s/.test(char)) return CharClass.space;
  if (mark.test(char)) return CharClass.mark;
  if (letter.test(char)) return CharClass.otherLetter;
  if (digit.test(char)) return CharClass.digit;
  if (punct.test(char)) return CharClass.punct;
  return CharClass.symbol;
}

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const digit = /\p{Nd}/u;
  const punct = /\p{P}/u;
  for (let code = 0; code < table.length; code++) {
    table[code] = classify(code, letter, mark, digit, punct);
  }
  // Backtick and acute accent serve as quotes; # % & * @ (Unicode "other punctuation") are symbols here.
  for (const code of [0x60, 0xb4]) table[code] = CharClass.punct;
  for (const code of [0x23, 0x25, 0x26, 0x2a, 0x40, 0x066a, 0x066d, 0x2030]) table[code] = CharClass.symbol;
  return table;
}

export const CHAR_CLASS: Uint8Array = buildTable();

/** True for code units that JavaScript's `\s` matches: what sentences trim from their ends. */
export function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
