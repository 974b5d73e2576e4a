import type { Analysis } from "./clitics.js";

/**
 * Everything the tokeniser needs about one distinct word form, cached once: the interned normalised strings
 * (so a hit slices nothing) and the clitic cut points as lengths relative to the word, turned into raw spans
 * per occurrence by adding offsets.
 */
export interface WordInfo {
  readonly norm: string;
  readonly stemNorm: string;
  /** Whether the word has clitics at all; when false the lengths below are empty/zero. */
  readonly split: boolean;
  /** Lengths in normalised units of each proclitic, in order. */
  readonly prefixes: readonly number[];
  /** Length in normalised units of the pronoun suffix; 0 when none. */
  readonly suffix: number;
}

const NO_PREFIXES: readonly number[] = Object.freeze([]);

export function wordInfo(word: string, analysis: Analysis | null): WordInfo {
  if (!analysis) return { norm: word, stemNorm: word, split: false, prefixes: NO_PREFIXES, suffix: 0 };
  return {
    norm: word,
    stemNorm: analysis.stem,
    split: true,
    prefixes: analysis.prefixes.length > 0 ? analysis.prefixes : NO_PREFIXES,
    suffix: analysis.suffix,
  };
}
