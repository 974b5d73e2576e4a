import { readFileSync } from "node:fs";
import { dataPath } from "../core/paths.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * Content words of a text for comparing documents: normalised, function words dropped, and reduced by a light
 * stemmer (Larkey, Ballesteros and Connell's "light10": strip the article and conjunction prefixes and the
 * commonest suffixes). Light stemming joins «الغارات» and «غارة» without a morphological analyser; it is
 * enough to tell what a story is about, which is all the linker asks of it.
 */

/** Prefixes in normalised form, longest first (و+ال, ب+ال, ك+ال, ف+ال, ل+ل, ال). */
const PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
/** Suffixes in normalised form (ة is ه after normalisation): ها ان ات ون ين يه ه ي. */
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
const MIN_STEM = 2;
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

let defaultStopWords: ReadonlySet<string> | null = null;

/** The shipped stop-word list, normalised (data/lexicons/stop-words.tsv), loaded once. */
export function stopWords(): ReadonlySet<string> {
  defaultStopWords ??= parseStopWords(readFileSync(dataPath("lexicons", "stop-words.tsv"), "utf8"));
  return defaultStopWords;
}

export function parseStopWords(tsv: string): ReadonlySet<string> {
  const words = tsv
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .slice(1);
  return new Set(words.map(normalizeArabic));
}

/** The light10 stem of one normalised Arabic word; other words come back unchanged. */
export function lightStem(word: string): string {
  let stem = word;
  // light10 strips a leading و when three letters remain. «وزير» loses its own first letter too, but every
  // document loses it alike, and the linker only compares stems with stems.
  if (stem.length > 3 && stem.startsWith("و")) stem = stem.slice(1);
  for (const prefix of PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= MIN_STEM) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM)
      stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Stems of the text's content words, in order, repeats kept (term frequency needs them). */
export function contentWords(text: string, stop: ReadonlySet<string> = stopWords()): string[] {
  const out: string[] = [];
  for (const match of normalizeArabic(text).matchAll(WORD)) {
    const word = match[0];
    if (word.length < 3 || DIGITS.test(word) || stop.has(word)) continue;
    const stem = lightStem(word);
    if (stem.length >= MIN_STEM && !stop.has(stem)) out.push(stem);
  }
  return out;
}
