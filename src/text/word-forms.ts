import type { Token } from "../core/layers.js";

/**
 * Per token of a tokenised document, the tokeniser's id of its word form: the entry of its word in the
 * tokeniser's cache (word-cache.ts), which the tokeniser looked up anyway. A stage that keeps something per
 * distinct word (the NER tagger's word table) can index an array by it instead of hashing each token's
 * string into a Map: news text repeats its words, and that Map probe cost more than the rest of a lookup.
 * Ids are comparable only within one `space` and `generation` (the cache turns over when full).
 */
export interface WordForms {
  readonly space: object;
  readonly generation: number;
  /** Ids are below this. */
  readonly capacity: number;
  /** Per token: the form id of an Arabic word (≥ 0), or -1. Two ids may share one normalised form. */
  readonly ids: Int32Array;
}

const forms = new WeakMap<readonly Token[], WordForms>();

export function rememberWordForms(tokens: readonly Token[], wordForms: WordForms): void {
  forms.set(tokens, wordForms);
}

/** The word forms of a token layer made by tokenize(), or undefined for tokens from elsewhere. */
export function wordFormsOf(tokens: readonly Token[]): WordForms | undefined {
  return forms.get(tokens);
}
