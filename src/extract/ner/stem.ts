/**
 * A light, conservative clitic stripper for tagger features, on normalised words (see normalizeArabic).
 * It is deliberately simpler than the tokeniser: the tagger must see the same stems in training (ANERcorp
 * tokens) as at run time (any tokeniser's output), so it reads only the word's own letters.
 */

const WAW = 0x0648; // و "and"
const FA = 0x0641; // ف "so"
const ALEF = 0x0627;
const LAM = 0x0644;
const BA = 0x0628;
const KAF = 0x0643;

/** Pronoun suffixes long enough to strip safely (ها her/its, هم their, هما their two, كم your). */
const SUFFIXES = ["هما", "كما", "ها", "هم", "كم", "هن"] as const;

export interface LightStem {
  /** The word without conjunction, preposition+article and pronoun suffix. */
  readonly stem: string;
  /** What was stripped in front (e.g. "وال", "بال", "لل"), "" when nothing. */
  readonly proclitic: string;
  /** The stem also stripped of a bare ب ل ك preposition («بغزة» → «غزه»); riskier, so a separate feature. */
  readonly bare: string;
}

function articleLength(word: string, from: number): number {
  const a = word.charCodeAt(from);
  const b = word.charCodeAt(from + 1);
  const c = word.charCodeAt(from + 2);
  if (a === ALEF && b === LAM) return 2; // ال
  if ((a === BA || a === KAF || a === FA) && b === ALEF && c === LAM) return 3; // بال كال فال
  if (a === LAM && b === LAM) return 2; // لل = ل + ال
  return 0;
}

export function lightStem(word: string): LightStem {
  let start = 0;
  const first = word.charCodeAt(0);
  if ((first === WAW || first === FA) && word.length >= 4) {
    // Only treat و/ف as a conjunction when an article follows or enough letters remain.
    if (articleLength(word, 1) > 0 || word.length >= 5) start = 1;
  }
  const article = articleLength(word, start);
  if (article > 0 && word.length - start - article >= 2) start += article;
  let end = word.length;
  for (const suffix of SUFFIXES) {
    if (end - start - suffix.length >= 3 && word.endsWith(suffix)) {
      end -= suffix.length;
      break;
    }
  }
  const stem = start === 0 && end === word.length ? word : word.slice(start, end);
  let bare = stem;
  if (article === 0 && stem.length >= 4) {
    const c = stem.charCodeAt(0);
    if (c === BA || c === LAM || c === KAF) bare = stem.slice(1);
  }
  return { stem, proclitic: word.slice(0, start), bare };
}
