/**
 * Character classes shared by every matcher, on UTF-16 code units. Letters here are the Arabic letters
 * that survive normalisation (see normalize.ts) plus the Latin ones; marks are already removed there.
 */

export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff)
  );
}

/** Harakat, tatweel and other marks that sit inside an Arabic word in raw text. */
export function isArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f);
}

/** ASCII, Arabic-Indic and Persian digits. */
export function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

function wordCharByDefinition(code: number): boolean {
  return isArabicLetter(code) || isLatinLetter(code) || isDigit(code) || isArabicMark(code);
}

/** isWordChar of every UTF-16 unit, built once: word scanners ask per character of every document. */
const WORD_CHAR = Uint8Array.from({ length: 0x10000 }, (_, code) => (wordCharByDefinition(code) ? 1 : 0));

/** A unit that can be part of a word: a letter of either script, a digit or an Arabic mark. */
export function isWordChar(code: number): boolean {
  return WORD_CHAR[code] === 1;
}

/** True when `text[index]` does not continue a word, i.e. a match may end (or start) there. */
export function isBoundary(text: string, index: number): boolean {
  return index <= 0 || index >= text.length || !isWordChar(text.charCodeAt(index));
}
