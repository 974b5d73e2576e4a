/**
 * Proclitics that attach to a name in running text: a conjunction (و ف), then a preposition (ب ل).
 * «للرقة» is ل + الرقة with the article's alef dropped, so «لل» stands for ل + «ال»; as the two are
 * fused, such a name's span starts at the preposition (the only case where a span includes one).
 * Words here are normalised (see normalizeArabic).
 */
export interface CliticVariant {
  /** The word without its proclitics (with «ال» restored after «لل»). */
  readonly word: string;
  /** How many leading characters of the text's word are clitics, not part of the name. */
  readonly prefix: number;
}

const CONJUNCTIONS = new Set(["و", "ف"]);
// «ك» is left out: «كتلة» (a block) would read as ك + «تلة», a village.
const PREPOSITIONS = new Set(["ب", "ل"]);
const MIN_STEM = 2;

function prepositionVariants(word: string, prefix: number, out: CliticVariant[]): void {
  if (word.length - 1 < MIN_STEM) return;
  // The preposition and the article are fused in «لل», so the span keeps the whole word («للرقة»).
  if (word.startsWith("لل") && word.length > 3) out.push({ word: `ال${word.slice(2)}`, prefix });
  if (PREPOSITIONS.has(word[0]!)) out.push({ word: word.slice(1), prefix: prefix + 1 });
}

/** The word itself first, then every reading with proclitics stripped (fewest stripped first). */
export function cliticVariants(word: string): CliticVariant[] {
  const out: CliticVariant[] = [{ word, prefix: 0 }];
  const conj = word.length - 1 >= MIN_STEM && CONJUNCTIONS.has(word[0]!);
  if (conj) out.push({ word: word.slice(1), prefix: 1 });
  prepositionVariants(word, 0, out);
  if (conj) prepositionVariants(word.slice(1), 1, out);
  return out;
}

/** The word stripped of every proclitic reading that leaves a known word, or the word itself. */
export function stripToKnown(word: string, known: ReadonlySet<string>): string | null {
  for (const v of cliticVariants(word)) if (known.has(v.word)) return v.word;
  return null;
}
