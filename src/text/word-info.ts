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

/** Prefix-length lists are few ([1], [2], [1, 2] …): one shared copy each, not one per cached word. */
const sharedPrefixes = new Map<string, readonly number[]>();

function shared(prefixes: readonly number[]): readonly number[] {
  if (prefixes.length === 0) return NO_PREFIXES;
  const key = prefixes.join();
  let copy = sharedPrefixes.get(key);
  if (!copy) {
    copy = Object.freeze([...prefixes]);
    sharedPrefixes.set(key, copy);
  }
  return copy;
}

export function wordInfo(word: string, analysis: Analysis | null): WordInfo {
  if (!analysis) return { norm: word, stemNorm: word, split: false, prefixes: NO_PREFIXES, suffix: 0 };
  return {
    norm: word,
    stemNorm: analysis.stem,
    split: true,
    prefixes: shared(analysis.prefixes),
    suffix: analysis.suffix,
  };
}
