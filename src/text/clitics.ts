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
const YEH = 0x064a;

const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ك", "ل"];
const IMPERFECT_PREFIXES = "يتنا";
/**
 * The pronoun suffixes by index, 0 for none; the rest longest first, so «هما» is tried before «ها» and «ه».
 * Scorers index their priors by it.
 */
export const SUFFIX_KEYS: readonly string[] = ["", "هما", "هم", "هن", "ها", "ه", "كم", "كن", "ك", "نا", "ي"];
const SUFFIX_CODES = SUFFIX_KEYS.map((key) => [...key].map((c) => c.charCodeAt(0)));

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
const AL_STEM_MAX_LENGTH = Math.max(...[...AL_STEMS].map((stem) => stem.length));

/** Whether `word[start, end)` is one of AL_STEMS; cuts no string for the many longer stems. */
function isAlStem(word: string, start: number, end: number): boolean {
  return end - start <= AL_STEM_MAX_LENGTH && AL_STEMS.has(word.slice(start, end));
}

/** The raw code unit each normalised unit came from (first unit of its raw span). */
export type RawCodeAt = (index: number) => number;

/** A proclitic chain: built once per combination, shared by every word and analysis that has it. */
export interface Chain {
  /** Lengths in normalised units of each proclitic, in order; frozen. */
  readonly lengths: readonly number[];
  /** «و+ال», «» for none. */
  readonly key: string;
  readonly article: boolean;
  readonly future: boolean;
  /** Where the stem starts: the sum of `lengths`. */
  readonly start: number;
  /** Position in {@link CHAINS}, for scorers that keep a prior per chain. */
  readonly index: number;
}

/** Receives the analyses of a word one by one, in the order {@link analyses} lists them. */
export interface AnalysisVisitor {
  candidate(chain: Chain, suffixKey: string, stem: string): void;
}

/**
 * The same analyses as positions, without an object or a string per analysis: the tokeniser scores every
 * analysis of every new word and keeps one. The stem is `word[chain.start, end)`, its last unit (a ت)
 * read as ه when `restored`; `suffix` indexes {@link SUFFIX_KEYS}.
 */
export interface CandidateVisitor {
  candidate(chain: Chain, suffix: number, end: number, restored: boolean): void;
}

const CONJUNCTION_CODES = CONJUNCTIONS.map((c) => c.charCodeAt(0));
/** Second places of a chain: none, the prepositions, then future س. */
const SECOND_KEYS = ["", ...PREPOSITIONS, "س"];
const SECOND_CODES = SECOND_KEYS.map((c) => c.charCodeAt(0));
const FUTURE = SECOND_KEYS.length - 1;
const LAM_PREPOSITION = SECOND_KEYS.indexOf("ل");

/** Every chain, indexed by chainIndex(conjunction 0..2, second 0..FUTURE, article 0..1). */
export const CHAINS: readonly Chain[] = buildChains();

function chainIndex(conjunction: number, second: number, article: number): number {
  return (conjunction * SECOND_KEYS.length + second) * 2 + article;
}

function buildChains(): Chain[] {
  const table: Chain[] = [];
  for (let c = 0; c <= CONJUNCTIONS.length; c++) {
    for (let s = 0; s < SECOND_KEYS.length; s++) {
      for (let a = 0; a < 2; a++) {
        const lengths = [...(c ? [1] : []), ...(s ? [1] : [])];
        const key = [c ? CONJUNCTIONS[c - 1] : "", SECOND_KEYS[s]].filter(Boolean).join("+");
        if (a) lengths.push(s === LAM_PREPOSITION ? 1 : 2);
        const index = chainIndex(c, s, a);
        table[index] = {
          lengths: Object.freeze(lengths),
          key: a ? (key ? `${key}+ال` : "ال") : key,
          article: a === 1,
          future: s === FUTURE,
          start: lengths.reduce((sum, n) => sum + n, 0),
          index,
        };
      }
    }
  }
  return table;
}

const IMPERFECT_CODES = [...IMPERFECT_PREFIXES].map((c) => c.charCodeAt(0));

/** Whether `code` may follow future س; past the end counts as yes (a stem there is too short anyway). */
function isImperfectPrefix(code: number): boolean {
  return Number.isNaN(code) || IMPERFECT_CODES.includes(code);
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
    if (isAlStem(word, start, end)) return true;
    // «الي» (إلى) only when the raw spelling shows it.
    return (
      length === 3 &&
      word.charCodeAt(start + 2) === YEH &&
      (rawAt(start) === ALEF_HAMZA_BELOW || rawAt(end - 1) === ALEF_MAKSURA)
    );
  }
  return true;
}

/** Per Arabic letter (code - 0x0600), one bit per entry of SUFFIX_KEYS that ends with it. */
const SUFFIXES_ENDING_IN = new Int32Array(0x100);
SUFFIX_CODES.forEach((codes, k) => {
  if (k > 0) SUFFIXES_ENDING_IN[codes[codes.length - 1]! - 0x0600]! |= 1 << k;
});

/** One bit per entry of SUFFIX_KEYS (past «») that `word` ends with; most words end in no suffix letter. */
function endingSuffixes(word: string): number {
  const last = word.length - 1;
  const lastCode = word.charCodeAt(last) - 0x0600;
  const candidates = lastCode >= 0 && lastCode < 0x100 ? SUFFIXES_ENDING_IN[lastCode]! : 0;
  if (candidates === 0) return 0;
  let mask = 0;
  for (let k = 1; k < SUFFIX_CODES.length; k++) {
    if ((candidates & (1 << k)) === 0) continue;
    const codes = SUFFIX_CODES[k]!;
    let n = codes.length;
    if (n > last + 1) continue;
    while (n > 0 && word.charCodeAt(last - codes.length + n) === codes[n - 1]) n--;
    if (n === 0) mask |= 1 << k;
  }
  return mask;
}

/** The analyses of `word` with proclitic chain `chain`: the bare stem, then each pronoun suffix. */
function visitChain(
  word: string,
  rawAt: RawCodeAt,
  chain: Chain,
  suffixes: number,
  visitor: CandidateVisitor,
) {
  const start = chain.start;
  if (stemAllowed(word, start, word.length, chain, rawAt)) visitor.candidate(chain, 0, word.length, false);
  if (chain.article) return;
  for (let k = 1; k < SUFFIX_CODES.length; k++) {
    if ((suffixes & (1 << k)) === 0) continue;
    const codes = SUFFIX_CODES[k]!;
    const end = word.length - codes.length;
    if (!stemAllowed(word, start, end, chain, rawAt)) continue;
    if (codes[0] === HEH && rawAt(end) !== HEH) continue;
    visitor.candidate(chain, k, end, false);
    if (word.charCodeAt(end - 1) === TEH) visitor.candidate(chain, k, end, true);
  }
}

/** The chains with conjunction `c` (0: none) and second place `s` that fit at `at`, plain before article. */
function visitSecond(
  word: string,
  rawAt: RawCodeAt,
  c: number,
  s: number,
  suffixes: number,
  visitor: CandidateVisitor,
): void {
  const plain = CHAINS[chainIndex(c, s, 0)]!;
  if (plain.lengths.length > 0) visitChain(word, rawAt, plain, suffixes, visitor);
  if (s === FUTURE) return;
  const at = plain.start;
  let article = articleLength(word, at, s === LAM_PREPOSITION, rawAt);
  if (article > 0 && isAlStem(word, at, word.length)) article = 0;
  if (article > 0) visitChain(word, rawAt, CHAINS[chainIndex(c, s, 1)]!, suffixes, visitor);
}

/**
 * Every analysis of `word` (normalised Arabic letters), the unsegmented word first: per proclitic chain
 * (the empty chain, then without and with a conjunction; within each, no second place, a preposition, future
 * س; a plain chain before its article chain), the bare stem, then each pronoun suffix longest first.
 */
export function forEachCandidate(word: string, rawAt: RawCodeAt, visitor: CandidateVisitor): void {
  const suffixes = endingSuffixes(word);
  visitChain(word, rawAt, CHAINS[chainIndex(0, 0, 0)]!, suffixes, visitor);
  const conjunction = CONJUNCTION_CODES.indexOf(word.charCodeAt(0)) + 1;
  for (let c = 0; c <= (conjunction > 0 ? 1 : 0); c++) {
    const chainConjunction = c ? conjunction : 0;
    visitSecond(word, rawAt, chainConjunction, 0, suffixes, visitor);
    const next = word.charCodeAt(c);
    const preposition = SECOND_CODES.indexOf(next, 1);
    if (preposition > 0 && preposition < FUTURE) {
      visitSecond(word, rawAt, chainConjunction, preposition, suffixes, visitor);
    } else if (preposition === FUTURE && isImperfectPrefix(word.charCodeAt(c + 1))) {
      visitSecond(word, rawAt, chainConjunction, FUTURE, suffixes, visitor);
    }
  }
}

/** The last unit of a restored stem (see {@link CandidateVisitor}): the ه its ت stands for before a suffix. */
export const RESTORED_STEM_END = HEH;
const RESTORED_STEM_END_CHAR = String.fromCharCode(RESTORED_STEM_END);

/** The normalised stem of a candidate (see {@link CandidateVisitor}), its ت read as ه when `restored`. */
export function candidateStem(word: string, chain: Chain, end: number, restored: boolean): string {
  return restored ? word.slice(chain.start, end - 1) + RESTORED_STEM_END_CHAR : word.slice(chain.start, end);
}

/** {@link forEachCandidate} with each stem and suffix as a string. */
export function forEachAnalysis(word: string, rawAt: RawCodeAt, visitor: AnalysisVisitor): void {
  forEachCandidate(word, rawAt, {
    candidate(chain, suffix, end, restored) {
      visitor.candidate(chain, SUFFIX_KEYS[suffix]!, candidateStem(word, chain, end, restored));
    },
  });
}

/** Every analysis of `word` as objects (for scripts/build-stem-lexicon.ts), in forEachAnalysis order. */
export function analyses(word: string, rawAt: RawCodeAt): Analysis[] {
  const out: Analysis[] = [];
  forEachAnalysis(word, rawAt, {
    candidate(chain, suffixKey, stem) {
      out.push({ prefixes: chain.lengths, suffix: suffixKey.length, prefixKey: chain.key, suffixKey, stem });
    },
  });
  return out;
}
