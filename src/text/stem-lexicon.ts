import { readFileSync } from "node:fs";
import { dataPath } from "../core/paths.js";
import { normalizeArabic } from "./normalize.js";

/**
 * Weights for choosing a clitic analysis: expected counts of stems, and prior probabilities of proclitic
 * chains and pronoun suffixes, estimated by scripts/build-stem-lexicon.ts. Forms are normalised on load.
 */
export interface StemLexicon {
  readonly stems: ReadonlyMap<string, number>;
  readonly prefixes: ReadonlyMap<string, number>;
  readonly suffixes: ReadonlyMap<string, number>;
}

declare module "../core/context.js" {
  interface Resources {
    stemLexicon?: StemLexicon;
  }
}

export const STEM_LEXICON_FILE = "arabic-stems.tsv";

/** Parses `kind<TAB>form<TAB>weight` rows; `#` lines and the column header are skipped. */
export function parseStemLexicon(tsv: string): StemLexicon {
  const stems = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const suffixes = new Map<string, number>();
  const tables: Record<string, Map<string, number>> = { stem: stems, prefix: prefixes, suffix: suffixes };
  for (const line of tsv.split("\n")) {
    if (line === "" || line.startsWith("#") || line.startsWith("kind\t")) continue;
    const [kind, form, weight] = line.split("\t");
    const table = tables[kind ?? ""];
    const value = Number(weight);
    if (!table || form === undefined || !Number.isFinite(value)) {
      throw new Error(`stem lexicon: cannot read row "${line.slice(0, 80)}"`);
    }
    const key = normalizeArabic(form);
    table.set(key, (table.get(key) ?? 0) + value);
  }
  return { stems, prefixes, suffixes };
}

export function loadStemLexicon(path: string = dataPath("lexicons", STEM_LEXICON_FILE)): StemLexicon {
  return parseStemLexicon(readFileSync(path, "utf8"));
}

let shipped: StemLexicon | undefined;

/** The shipped lexicon, read once per process on first use; pass another through `Resources.stemLexicon`. */
export function defaultStemLexicon(): StemLexicon {
  shipped ??= loadStemLexicon();
  return shipped;
}
