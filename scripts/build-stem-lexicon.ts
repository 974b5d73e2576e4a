/**
 * Builds data/lexicons/arabic-stems.tsv: stem weights and clitic priors for the tokeniser's clitic splitter.
 *
 * Sources: ANERcorp (CAMeL Lab split, train part; CC BY-SA 4.0) and the Wojood public sample (train + val;
 * MIT), both from ../shared/data. UnifiedFC is deliberately not used (research-only licence).
 *
 * Method: every word type gets all its candidate analyses (src/text/clitics.ts). Expectation-maximisation
 * over a unigram model, P(analysis) = prior(prefix chain) · prior(suffix) · P(stem), shares each type's count
 * among its analyses; a stem that only ever occurs after one letter («يروت» in «بيروت») loses to the whole
 * word, while one seen in many contexts («مخيم»: المخيم، بالمخيم، مخيم) wins its splits.
 *
 * Run: npx tsx scripts/build-stem-lexicon.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dataPath, sharedDataPath } from "../src/core/paths.js";
import { type Analysis, analyses } from "../src/text/clitics.js";
import { normalizeText } from "../src/text/normalize.js";
import { STEM_LEXICON_FILE } from "../src/text/stem-lexicon.js";

const ITERATIONS = 20;
/** Stems whose expected count falls below this are left out of the file (the smoothing covers them). */
const MIN_STEM_WEIGHT = 0.5;
const ARABIC_WORD = /^[\u0621-\u064a\u064b-\u065f\u0670\u0640\u0671-\u06d3]+$/;

function corpusWords(): Map<string, number> {
  const counts = new Map<string, number>();
  const files = [
    sharedDataPath("anercorp", "ANERCorp_CamelLab_train.txt"),
    sharedDataPath("wojood-sample", "train.txt"),
    sharedDataPath("wojood-sample", "val.txt"),
  ];
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const word = line.split(/\s/, 1)[0] ?? "";
      if (ARABIC_WORD.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

interface WordType {
  readonly count: number;
  readonly options: readonly Analysis[];
}

function wordTypes(words: Map<string, number>): WordType[] {
  const types: WordType[] = [];
  for (const [raw, count] of words) {
    const norm = normalizeText(raw);
    if (norm.text.length === 0) continue;
    const rawAt = (i: number) => raw.charCodeAt(norm.starts[i]!);
    types.push({ count, options: analyses(norm.text, rawAt) });
  }
  return types;
}

interface Model {
  stems: Map<string, number>;
  prefixes: Map<string, number>;
  suffixes: Map<string, number>;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/**
 * Priors are fixed, not re-estimated: maximum likelihood always prefers memorising whole words (every type
 * can be its own stem), so freely estimated affix priors collapse to zero. They are weights relative to
 * leaving the word whole (1), i.e. how likely a split is *given* that the word begins or ends with those
 * letters: the article with a plain alef nearly always is one (above 1, so it wins ties); و ف ب ل often are; ك (كان، كما) and future
 * س rarely; pronoun ك and ي are mostly part of the word (ذلك، مالك، سوري). A chain multiplies its parts.
 */
const PREFIX_WEIGHTS: Record<string, number> = { و: 0.6, ف: 0.4, ب: 0.5, ل: 0.4, ك: 0.05, س: 0.1, ال: 1.5 };

const SUFFIX_WEIGHTS: Record<string, number> = {
  "": 1,
  ه: 0.3,
  ها: 0.4,
  هم: 0.4,
  هما: 0.3,
  هن: 0.2,
  ك: 0.05,
  كم: 0.2,
  كن: 0.05,
  ي: 0.05,
  نا: 0.3,
};

/** ك before the article («كالمعتاد») is nearly always the preposition, unlike a bare ك (كان، كما). */
const KAF_BEFORE_ARTICLE = 0.5;

function chainPrior(key: string): number {
  if (key === "") return 1;
  const parts = key.split("+");
  return parts.reduce((product, part, i) => {
    const weight = part === "ك" && parts[i + 1] === "ال" ? KAF_BEFORE_ARTICLE : (PREFIX_WEIGHTS[part] ?? 0);
    return product * weight;
  }, 1);
}

function priors(types: readonly WordType[]): {
  prefixes: Map<string, number>;
  suffixes: Map<string, number>;
} {
  const prefixes = new Map<string, number>();
  for (const { options } of types)
    for (const a of options) prefixes.set(a.prefixKey, chainPrior(a.prefixKey));
  return { prefixes, suffixes: new Map(Object.entries(SUFFIX_WEIGHTS)) };
}

let PRIORS: { prefixes: Map<string, number>; suffixes: Map<string, number> };

function step(types: readonly WordType[], model: Model | null): Model {
  const next: Model = { stems: new Map(), prefixes: new Map(), suffixes: new Map() };
  for (const { count, options } of types) {
    const weights = options.map((a) =>
      model
        ? (model.prefixes.get(a.prefixKey) ?? 1e-6) *
          (model.suffixes.get(a.suffixKey) ?? 1e-6) *
          (model.stems.get(a.stem) ?? 0.01)
        : 1,
    );
    const total = weights.reduce((sum, w) => sum + w, 0);
    options.forEach((a, i) => {
      const share = (count * weights[i]!) / total;
      add(next.stems, a.stem, share);
      add(next.prefixes, a.prefixKey, share);
      add(next.suffixes, a.suffixKey, share);
    });
  }
  return { stems: next.stems, prefixes: PRIORS.prefixes, suffixes: PRIORS.suffixes };
}

function render(model: Model, tokens: number, types: number): string {
  const rows = [
    "# Arabic stem weights and clitic priors for Marsad's clitic splitter (src/text/clitics.ts).",
    "# Built by scripts/build-stem-lexicon.ts (EM over a unigram clitic model) from ANERcorp, CAMeL Lab split,",
    "# train part (CC BY-SA 4.0; Benajiba, Rosso and Benedí 2007; Obeid et al. 2020) and the Wojood public",
    "# sample, train + val (MIT; Jarrar et al. 2022). This file is licensed CC BY-SA 4.0.",
    `# ${tokens} word tokens, ${types} word types; stems with weight < ${MIN_STEM_WEIGHT} omitted.`,
    "# kind: prefix (weight of a proclitic chain relative to none), suffix (same), stem (expected count).",
    "kind\tform\tweight",
  ];
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [form, p] of sorted(model.prefixes)) rows.push(`prefix\t${form}\t${p.toPrecision(4)}`);
  for (const [form, p] of sorted(model.suffixes)) rows.push(`suffix\t${form}\t${p.toPrecision(4)}`);
  for (const [form, w] of sorted(model.stems)) {
    if (w >= MIN_STEM_WEIGHT) rows.push(`stem\t${form}\t${w.toFixed(1)}`);
  }
  return `${rows.join("\n")}\n`;
}

function main(): void {
  const words = corpusWords();
  const types = wordTypes(words);
  PRIORS = priors(types);
  let model: Model | null = null;
  for (let i = 0; i < ITERATIONS; i++) model = step(types, model);
  const tokens = [...words.values()].reduce((sum, n) => sum + n, 0);
  const out = dataPath("lexicons", STEM_LEXICON_FILE);
  writeFileSync(out, render(model!, tokens, types.length));
  console.log(
    `wrote ${out}: ${tokens} tokens, ${types.length} types, ${model!.stems.size} stems before pruning`,
  );
}

main();
