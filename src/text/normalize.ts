import type { NormalizedText } from "../core/layers.js";
import type { Span } from "../core/span.js";

/**
 * Arabic normalisation into a parallel string with an offset map back to the raw text.
 * Lexicons and gazetteers go through the same function when loaded, so both sides always agree.
 *
 * Per code unit, a table says what to do: keep it, replace it with one unit, drop it (bidi and
 * zero-width marks), drop it but let the previous unit's raw span absorb it (diacritics, tatweel,
 * so a word's span still covers its marks), or expand it through NFKC (presentation forms).
 */

const ATTACH = -1;
const DROP = -2;
const EXPAND = -3;

function buildTable(): Int32Array {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  const set = (code: number, to: number) => {
    table[code] = to;
  };
  const range = (from: number, to: number, action: number) => {
    for (let c = from; c <= to; c++) table[c] = action;
  };
  for (let c = 0x41; c <= 0x5a; c++) set(c, c + 0x20); // ASCII upper → lower
  // Harakat, tanwin, shadda, sukun, maddah/hamza above and below, superscript alef, Quranic marks.
  range(0x064b, 0x065f, ATTACH);
  set(0x0670, ATTACH);
  range(0x06d6, 0x06dc, ATTACH);
  range(0x06df, 0x06e4, ATTACH);
  range(0x06e7, 0x06e8, ATTACH);
  range(0x06ea, 0x06ed, ATTACH);
  set(0x0640, ATTACH); // tatweel
  // Invisible: zero-width and bidi controls, Arabic letter mark, soft hyphen, byte order mark.
  range(0x200b, 0x200f, DROP);
  range(0x202a, 0x202e, DROP);
  range(0x2060, 0x2069, DROP);
  set(0x061c, DROP);
  set(0x00ad, DROP);
  set(0xfeff, DROP);
  // Hamza carriers and alef variants.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) set(c, 0x0627);
  set(0x0624, 0x0621); // ؤ → ء: unifies مسؤول / مسئول
  set(0x0626, 0x0621); // ئ → ء
  set(0x0629, 0x0647); // ة → ه
  set(0x0649, 0x064a); // ى → ي
  set(0x06a9, 0x0643); // Persian kaf → ك
  set(0x06cc, 0x064a); // Persian yeh → ي
  set(0x06c0, 0x0647); // heh with yeh above → ه
  // Digits in every script used for Arabic, and the Arabic decimal/thousands/percent signs.
  for (let d = 0; d < 10; d++) {
    set(0x0660 + d, 0x30 + d);
    set(0x06f0 + d, 0x30 + d);
  }
  set(0x066b, 0x2e);
  set(0x066c, 0x2c);
  set(0x066a, 0x25);
  // Quotes and dashes of every shape.
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x301d, 0x301e, 0xff02])
    set(c, 0x22);
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a]) set(c, 0x27);
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d])
    set(c, 0x2d);
  // Unusual spaces become a plain space.
  for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) set(c, 0x20);
  range(0x2000, 0x200a, 0x20);
  // Presentation forms and full-width Latin: NFKC, then the table again.
  range(0xfb50, 0xfdff, EXPAND);
  range(0xfe80, 0xfefc, EXPAND);
  range(0xff01, 0xff5e, EXPAND);
  range(0xfe70, 0xfe7f, ATTACH); // isolated harakat forms are diacritics too
  set(0xff02, 0x22);
  set(0xff0d, 0x2d);
  return table;
}

const TABLE = buildTable();

/**
 * Normalised units of the text being normalised, reused from call to call: only the string made from them
 * is kept, so a fresh buffer per text was pure allocation.
 */
let unitScratch = new Uint16Array(1 << 16);

function scratchUnits(capacity: number): Uint16Array {
  if (unitScratch.length < capacity)
    unitScratch = new Uint16Array(Math.max(capacity, unitScratch.length * 2));
  return unitScratch;
}

/**
 * Output buffers: normalised code units and their raw spans. Sized for the common case up front (one unit
 * per raw unit at most, except presentation forms that expand) so the hot loop writes without checks;
 * only an expansion checks for room. The result holds exact-length views, never copies.
 */
class Output {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;

  constructor(capacity: number) {
    this.units = scratchUnits(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Makes room for `needed` units in all; keeps the first `length`. */
  reserve(needed: number, length: number): void {
    // The spans decide: the shared unit buffer may already be longer.
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const units = scratchUnits(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    units.set(this.units.subarray(0, length));
    starts.set(this.starts.subarray(0, length));
    ends.set(this.ends.subarray(0, length));
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  toNormalized(length: number): NormalizedText {
    return {
      text: unitsToString(this.units, length),
      starts: this.starts.subarray(0, length),
      ends: this.ends.subarray(0, length),
    };
  }
}

/**
 * Code units to a string, copied from the unit buffer in one go; Buffer's UCS-2 decoder keeps lone
 * surrogates intact, where TextDecoder would replace them. Measured on the whole text bench (normalise +
 * tokenise + sentences, UnifiedFC): three times faster than String.fromCharCode over 8K chunks, and the
 * tokeniser after it no slower (an earlier tokeniser had doubled its time with such strings: re-check with
 * scripts/bench-text.ts when the tokeniser's allocation changes).
 */
function unitsToString(units: Uint16Array, length: number): string {
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString("ucs2");
}

/** Appends the NFKC expansion of `char` (raw span `[start, end)`) at `length`; returns the new length. */
function pushExpanded(out: Output, length: number, char: string, start: number, end: number): number {
  const expanded = char.normalize("NFKC");
  out.reserve(length + expanded.length + 16, length);
  let n = length;
  for (let k = 0; k < expanded.length; k++) {
    const code = expanded.charCodeAt(k);
    const mapped = TABLE[code]!;
    // A form NFKC leaves as it is (the ornate parentheses ﴾ ﴿) is kept, never silently lost.
    const unit = mapped >= 0 ? mapped : mapped === EXPAND ? code : -1;
    if (unit < 0) continue;
    out.units[n] = unit;
    out.starts[n] = start;
    out.ends[n] = end;
    n++;
  }
  return n;
}

/** Normalises `raw` and keeps, for every normalised unit, the raw span it came from. */
export function normalizeText(raw: string): NormalizedText {
  const rawLength = raw.length;
  const out = new Output(rawLength + 16);
  let units = out.units;
  let starts = out.starts;
  let ends = out.ends;
  let length = 0;
  // The unit a following mark belongs to: the last letter, even across invisible bidi marks, but not
  // across a space or anything else that was kept.
  let attachTo = -1;
  for (let i = 0; i < rawLength; i++) {
    const code = raw.charCodeAt(i);
    const mapped = TABLE[code]!;
    if (mapped >= 0) {
      // Room is guaranteed: without expansions there is at most one unit per raw unit, and every expansion
      // reserves room for the rest of the text as well (see below).
      units[length] = mapped;
      starts[length] = i;
      ends[length] = i + 1;
      attachTo = length++;
    } else if (mapped === ATTACH) {
      if (attachTo >= 0) ends[attachTo] = i + 1;
    } else if (mapped === EXPAND) {
      length = pushExpanded(out, length, raw[i]!, i, i + 1);
      out.reserve(length + (rawLength - i) + 16, length);
      units = out.units;
      starts = out.starts;
      ends = out.ends;
      attachTo = length - 1;
    }
  }
  return out.toNormalized(length);
}

/** The normalised form alone, for lexicon entries and queries: always equal to `normalizeText(s).text`. */
export function normalizeArabic(value: string): string {
  return normalizeText(value).text;
}

/** Maps a span of normalised units `[start, end)` back to the raw text. */
export function rawSpan(norm: NormalizedText, start: number, end: number): Span {
  if (end > start) return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
  const length = norm.starts.length;
  const at = start < length ? norm.starts[start]! : length > 0 ? norm.ends[length - 1]! : 0;
  return { start: at, end: at };
}
