/**
 * Candidate clitic analyses of one Arabic word, on its normalised letters. Shared by the tokeniser and by
 * scripts/build-stem-lexicon.ts, so the lexicon is estimated over exactly the analyses used at run time.
 *
 * Proclitic chain (each part optional, in this order): conjunction و ف; then future س (only before an
 * imperfect prefix ي ت ن ا) or preposition ب ك ل; then the article ال (after ل written ل, «للـ»).
 * Suffix: one pronoun ه ها هم هما هن ك كم كن ي نا, never after the article.
 * Letters are checked on the raw text where normalisation merged distinctions: the article's alef must be
 * a plain alef (so «ألمانيا» is not ال+مانيا) and a pronoun ه must be a real ه, not a ta marbuta.
 */

/** Minimum stem length in letters: two for most analyses («لحي» → ل+حي), three after future س. */
export const MIN_STEM = 2;
export const MIN_STEM_AFTER_FUTURE = 3;

export interface Analysis {
  /** Lengths in normalised units of each proclitic, in order (ل+ل for «للـ»). */
  readonly prefixes: readonly number[];
  /** Length of the pronoun suffix in normalised units; 0 when none. */
  readonly suffix: number;
  /** Key of the proclitic chain («و+ال», «» for none), for the lexicon's priors. */
  readonly prefixKey: string;
  /** The suffix («هم», «» for none). */
  readonly suffixKey: string;
  /** Normalised stem; a stem ending in ت before a suffix may be restored to its ة form («مدينته» → مدينه). */
  readonly stem: string;
}

const ALEF = 0x0627;
const ALEF_WASLA = 0x0671;
const HEH = 0x0647;
const LAM = 0x0644;
const TEH = 0x062a;
const ALEF_HAMZA_BELOW = 0x0625;
const ALEF_MAKSURA = 0x0649;

const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ك", "ل"];
const IMPERFECT_PREFIXES = "يتنا";
/** Longest first, so «هما» is tried before «ها» and «ه». */
const SUFFIXES = ["هما", "هم", "هن", "ها", "ه", "كم", "كن", "ك", "نا", "ي"];

/**
 * Closed-class words that begin with ال without an article: they may stand as stems («والذي» → و+الذي).
 * They never lose their ال to an article analysis. «الي» (إلى) is allowed only when the raw spelling shows it (إ or ى), so «والي» (governor) is not split.
 */
const AL_STEMS = new Set([
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "اللذان",
  "اللتين",
  "اللتان",
  "اللواتي",
  "اللاتي",
  "الله",
  "اللهم",
  "الان",
]);

/** The raw code unit each normalised unit came from (first unit of its raw span). */
export type RawCodeAt = (index: number) => number;

interface Chain {
  readonly lengths: number[];
  readonly key: string;
  readonly article: boolean;
  readonly future: boolean;
}

/** All proclitic chains that fit the start of `word`, the empty chain first. */
function chains(word: string, rawAt: RawCodeAt): Chain[] {
  const out: Chain[] = [{ lengths: [], key: "", article: false, future: false }];
  const conj = CONJUNCTIONS.includes(word[0] ?? "") ? [0, 1] : [0];
  for (const c of conj) {
    const afterConj = c;
    const seconds: Array<{ len: number; key: string; future: boolean }> = [
      { len: 0, key: "", future: false },
    ];
    const next = word[afterConj] ?? "";
    if (PREPOSITIONS.includes(next)) seconds.push({ len: 1, key: next, future: false });
    if (next === "س" && IMPERFECT_PREFIXES.includes(word[afterConj + 1] ?? "")) {
      seconds.push({ len: 1, key: "س", future: true });
    }
    for (const second of seconds) {
      const at = afterConj + second.len;
      const lengths = [...(c ? [1] : []), ...(second.len ? [1] : [])];
      const key = [c ? word[0] : "", second.key].filter(Boolean).join("+");
      if (lengths.length > 0) out.push({ lengths, key, article: false, future: second.future });
      if (second.future) continue;
      const article = AL_STEMS.has(word.slice(at)) ? 0 : articleLength(word, at, second.key === "ل", rawAt);
      if (article > 0) {
        out.push({
          lengths: [...lengths, article],
          key: key ? `${key}+ال` : "ال",
          article: true,
          future: false,
        });
      }
    }
  }
  return out;
}

/** Length of an article at `at`: «ال» with a plain alef, or «ل» right after the preposition ل («للـ»). */
function articleLength(word: string, at: number, afterLam: boolean, rawAt: RawCodeAt): number {
  if (afterLam) return word.charCodeAt(at) === LAM ? 1 : 0;
  if (word.charCodeAt(at) !== ALEF || word.charCodeAt(at + 1) !== LAM) return 0;
  const raw = rawAt(at);
  return raw === ALEF || raw === ALEF_WASLA ? 2 : 0;
}

function stemAllowed(word: string, start: number, end: number, chain: Chain, rawAt: RawCodeAt): boolean {
  const length = end - start;
  if (length < (chain.future ? MIN_STEM_AFTER_FUTURE : MIN_STEM)) return false;
  if (chain.lengths.length === 0) return true;
  // A stem cannot itself begin with an article: that analysis is the longer chain.
  if (word.charCodeAt(start) === ALEF && word.charCodeAt(start + 1) === LAM) {
    const stem = word.slice(start, end);
    if (AL_STEMS.has(stem)) return true;
    return stem === "الي" && (rawAt(start) === ALEF_HAMZA_BELOW || rawAt(end - 1) === ALEF_MAKSURA);
  }
  return true;
}

/** Every analysis of `word` (normalised Arabic letters), the unsegmented word first. */
export function analyses(word: string, rawAt: RawCodeAt): Analysis[] {
  const out: Analysis[] = [];
  for (const chain of chains(word, rawAt)) {
    const start = chain.lengths.reduce((sum, n) => sum + n, 0);
    if (stemAllowed(word, start, word.length, chain, rawAt)) {
      out.push({
        prefixes: chain.lengths,
        suffix: 0,
        prefixKey: chain.key,
        suffixKey: "",
        stem: word.slice(start),
      });
    }
    if (chain.article) continue;
    for (const suffix of SUFFIXES) {
      const end = word.length - suffix.length;
      if (!word.endsWith(suffix) || !stemAllowed(word, start, end, chain, rawAt)) continue;
      if (suffix.charCodeAt(0) === HEH && rawAt(end) !== HEH) continue;
      const stem = word.slice(start, end);
      const base = {
        prefixes: chain.lengths,
        suffix: suffix.length,
        prefixKey: chain.key,
        suffixKey: suffix,
      };
      out.push({ ...base, stem });
      if (stem.charCodeAt(stem.length - 1) === TEH) out.push({ ...base, stem: `${stem.slice(0, -1)}ه` });
    }
  }
  return out;
}
