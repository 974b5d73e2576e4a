import { normalizeText } from "../../text/normalize.js";
import type { StemLexicon } from "../../text/stem-lexicon.js";
import { tokenize } from "../../text/tokenize.js";
import { stopWords } from "../content-words.js";

/**
 * The words of one line of an article (or of a claim) as the stance features see them: normalised, clitics
 * cut by the tokeniser's stem lexicon, plural and feminine endings folded so «الغارات» meets «غارة».
 */
export interface LineWords {
  /** Every word in order: the clitic stem with its ending folded (cue phrases are matched on these). */
  readonly stems: readonly string[];
  /** The same words as normalised, unsegmented forms (cues such as «لم» or «نفت» live here). */
  readonly norms: readonly string[];
  /** Content stems: function words and one-letter words dropped (what similarity is computed on). */
  readonly content: readonly string[];
  /** Numbers written in digits, normalised to ASCII. */
  readonly numbers: readonly string[];
}

/** Endings folded after the clitic cut, longest first; a stem keeps at least three letters. */
const ENDINGS = ["ات", "ون", "ين", "ان", "ه"];
const MIN_FOLDED = 3;

/** The comparison key of a clitic stem: plural and feminine endings removed («غارات», «غاره» → «غار»). */
export function foldStem(stem: string): string {
  for (const ending of ENDINGS) {
    if (stem.endsWith(ending) && stem.length - ending.length >= MIN_FOLDED)
      return stem.slice(0, -ending.length);
  }
  return stem;
}

/**
 * Scraped text splits words before their last letter («تقد م», «وزير ا»): a lone Arabic letter after a
 * word is glued back. «و» is left alone, since the conjunction often stands apart in such text.
 */
const SPLIT_LETTER =
  /([\u0621-\u064a\u064b-\u0652]{2,}) ([\u0621-\u0647\u0649-\u064a])(?![\u0621-\u064a\u064b-\u0652])/g;

export function repairSplitWords(line: string): string {
  return line.replace(SPLIT_LETTER, "$1$2");
}

/** The words of one line of text. */
export function lineWords(line: string, lexicon?: StemLexicon): LineWords {
  const raw = repairSplitWords(line);
  const stop = stopWords();
  const stems: string[] = [];
  const norms: string[] = [];
  const content: string[] = [];
  const numbers: string[] = [];
  for (const token of tokenize(raw, normalizeText(raw), lexicon)) {
    if (token.kind === "number") {
      numbers.push(token.norm);
      continue;
    }
    if (token.kind !== "arabic" && token.kind !== "latin") continue;
    const norm = token.kind === "latin" ? token.norm.toLowerCase() : token.norm;
    const stem = token.kind === "latin" ? norm : foldStem(token.stemNorm);
    stems.push(stem);
    norms.push(norm);
    if (stem.length >= 2 && !stop.has(norm) && !stop.has(token.stemNorm)) content.push(stem);
  }
  return { stems, norms, content, numbers };
}

/** Every line of an article, indexed as `article.split("\n")` (the indices rationales point at). */
export function articleLines(article: string, lexicon?: StemLexicon): LineWords[] {
  return article.split("\n").map((line) => lineWords(line, lexicon));
}
