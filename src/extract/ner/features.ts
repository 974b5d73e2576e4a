import type { WordClusters } from "./clusters.js";
import type { NerGazetteer } from "./gazetteer.js";
import { FNV_OFFSET, fnvStep, hashPrefix, hashString, hashSuffix, mix } from "./hash.js";
import { lightStem } from "./stem.js";

/** What feature extraction consults besides the words; the model stores the same choices. */
export interface FeatureResources {
  readonly gazetteer: NerGazetteer | null;
  readonly clusters: WordClusters | null;
  /** log2 of the number of hash buckets. */
  readonly bits: number;
}

/** Feature templates; each token fills every slot, so a sentence's features are a flat n × K array. */
const T = {
  bias: 0,
  w0: 1,
  wm1: 2,
  wp1: 3,
  wm2: 4,
  wp2: 5,
  s0: 6,
  sm1: 7,
  sp1: 8,
  sm2: 9,
  sp2: 10,
  p1: 11,
  p2: 12,
  p3: 13,
  x1: 14,
  x2: 15,
  x3: 16,
  proclitic: 17,
  shape0: 18,
  shapem1: 19,
  shapep1: 20,
  wm1w0: 21,
  w0wp1: 22,
  gaz0: 23,
  gazm1: 24,
  gazp1: 25,
  gazMask: 26,
  c0: 27,
  cm1: 28,
  cp1: 29,
  cm1c0: 30,
  sm1s0: 31,
  bare: 32,
  first: 33,
  sp2Stem: 34,
  sp3Stem: 35,
  x4: 36,
  mem0: 37,
  memm1: 38,
  memp1: 39,
  memWord: 40,
} as const;

/** Template ids (slot numbers), for scorers that combine per-word parts without a feature array (word-scores.ts). */
export const TEMPLATE = T;

export const FEATURES_PER_TOKEN = 41;

/** Templates that name the word itself; feature dropout (train.ts) thins these to teach context. */
export const LEXICAL_TEMPLATES: readonly number[] = [
  T.w0,
  T.s0,
  T.bare,
  T.wm1w0,
  T.w0wp1,
  T.sm1s0,
  T.gazMask,
  T.gaz0,
];

export const AFFIX_SLOTS = [T.p1, T.p2, T.p3, T.x1, T.x2, T.x3, T.sp2Stem, T.sp3Stem, T.x4];

/** Everything feature extraction derives from one word alone; cached, as news vocabulary repeats. */
export interface WordInfo {
  readonly word: number;
  readonly stem: number;
  readonly shape: number;
  readonly cluster: number;
  readonly proclitic: number;
  readonly bare: number;
  readonly gazMask: number;
  /** Word prefix hashes of 1–3 characters, word suffixes of 1–3, stem prefixes of 2–3, word suffix of 4. */
  readonly affixes: readonly number[];
}

const CACHE_LIMIT = 200_000;
const caches = new WeakMap<FeatureResources, Map<string, WordInfo>>();

/** What a word's cluster and gazetteer lookups gave, for callers that made them some faster way. */
export interface KnownWord {
  readonly cluster: number;
  readonly gazMask: number;
}

/** `light`: lightStem(word), and `known`: its lookups (WordInfo's values), when the caller has them already. */
export function computeInfo(
  word: string,
  res: FeatureResources,
  light = lightStem(word),
  known?: KnownWord,
): WordInfo {
  const { stem, proclitic, bare } = light;
  const affixes: number[] = [];
  let p = FNV_OFFSET;
  for (let k = 0; k < 3; k++) {
    if (k < word.length) p = fnvStep(p, word.charCodeAt(k));
    affixes.push(p | 0);
  }
  for (let k = 1; k <= 3; k++) affixes.push(hashSuffix(word, k));
  // The stem's own first letters: a name's root shows once the article and conjunction are gone.
  affixes.push(hashPrefix(stem, 2), hashPrefix(stem, 3), hashSuffix(word, 4));
  return {
    word: hashString(word),
    stem: hashString(stem),
    shape: wordShape(word),
    cluster: known ? known.cluster : (res.clusters?.get(word) ?? -1) + 2,
    proclitic: hashString(proclitic),
    bare: hashString(bare),
    gazMask: known ? known.gazMask : (res.gazetteer?.wordMask(word, stem) ?? 0),
    affixes,
  };
}

function wordInfo(word: string, res: FeatureResources): WordInfo {
  let cache = caches.get(res);
  if (!cache) {
    cache = new Map();
    caches.set(res, cache);
  }
  let info = cache.get(word);
  if (!info) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = computeInfo(word, res);
    cache.set(word, info);
  }
  return info;
}

/** Per-token base hashes, padded by two on each side so neighbour templates need no bounds checks. */
interface TokenHashes {
  word: Uint32Array;
  stem: Uint32Array;
  shape: Uint32Array;
  gaz: Uint32Array;
  cluster: Uint32Array;
}

const PAD = 2;

/** The word, stem, shape, gazetteer and cluster hash of the padding around a sentence. */
export const BOUNDARY = hashString("<s>");

/** A coarse shape: script class of each character run, length bucket. */
export function wordShape(word: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const cls = c >= 0x30 && c <= 0x39 ? 1 : c >= 0x61 && c <= 0x7a ? 2 : c >= 0x0621 && c <= 0x06ff ? 3 : 4;
    if (cls !== last) h = fnvStep(h, cls);
    last = cls;
  }
  return fnvStep(h, 16 + Math.min(word.length, 8));
}

function baseHashes(
  infos: readonly WordInfo[],
  words: readonly string[],
  res: FeatureResources,
): TokenHashes {
  const size = infos.length + 2 * PAD;
  const make = () => new Uint32Array(size).fill(BOUNDARY);
  const hashes = { word: make(), stem: make(), shape: make(), gaz: make(), cluster: make() };
  const gazCodes = res.gazetteer?.matchSentence(words);
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    const j = i + PAD;
    hashes.word[j] = info.word;
    hashes.stem[j] = info.stem;
    hashes.shape[j] = info.shape;
    hashes.gaz[j] = gazCodes ? gazCodes[i]! + 1 : 1;
    hashes.cluster[j] = info.cluster;
  }
  return hashes;
}

/**
 * Hash buckets of every feature of every word: `out[i * FEATURES_PER_TOKEN + k]`.
 * `words` are normalised (normalizeArabic); the caller owns tokenisation. `memory` holds document-memory
 * codes (memory.ts), one per word; without it every word reads as having none.
 */
export function extractFeatures(
  words: readonly string[],
  res: FeatureResources,
  memory?: Uint8Array,
): Int32Array {
  const n = words.length;
  const mask = (1 << res.bits) - 1;
  const out = new Int32Array(n * FEATURES_PER_TOKEN);
  const infos = words.map((word) => wordInfo(word, res));
  const h = baseHashes(infos, words, res);
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const j = i + PAD;
    const o = i * FEATURES_PER_TOKEN;
    out[o + T.bias] = mix(0, T.bias) & mask;
    out[o + T.w0] = mix(h.word[j]!, T.w0) & mask;
    out[o + T.wm1] = mix(h.word[j - 1]!, T.wm1) & mask;
    out[o + T.wp1] = mix(h.word[j + 1]!, T.wp1) & mask;
    out[o + T.wm2] = mix(h.word[j - 2]!, T.wm2) & mask;
    out[o + T.wp2] = mix(h.word[j + 2]!, T.wp2) & mask;
    out[o + T.s0] = mix(h.stem[j]!, T.s0) & mask;
    out[o + T.sm1] = mix(h.stem[j - 1]!, T.sm1) & mask;
    out[o + T.sp1] = mix(h.stem[j + 1]!, T.sp1) & mask;
    out[o + T.sm2] = mix(h.stem[j - 2]!, T.sm2) & mask;
    out[o + T.sp2] = mix(h.stem[j + 2]!, T.sp2) & mask;
    for (let k = 0; k < AFFIX_SLOTS.length; k++)
      out[o + AFFIX_SLOTS[k]!] = mix(info.affixes[k]!, AFFIX_SLOTS[k]!) & mask;
    out[o + T.proclitic] = mix(info.proclitic, T.proclitic) & mask;
    out[o + T.shape0] = mix(h.shape[j]!, T.shape0) & mask;
    out[o + T.shapem1] = mix(h.shape[j - 1]!, T.shapem1, h.shape[j]!) & mask;
    out[o + T.shapep1] = mix(h.shape[j + 1]!, T.shapep1, h.shape[j]!) & mask;
    out[o + T.wm1w0] = mix(h.word[j - 1]!, T.wm1w0, h.word[j]!) & mask;
    out[o + T.w0wp1] = mix(h.word[j]!, T.w0wp1, h.word[j + 1]!) & mask;
    out[o + T.gaz0] = mix(h.gaz[j]!, T.gaz0) & mask;
    out[o + T.gazm1] = mix(h.gaz[j - 1]!, T.gazm1, h.gaz[j]!) & mask;
    out[o + T.gazp1] = mix(h.gaz[j + 1]!, T.gazp1, h.gaz[j]!) & mask;
    out[o + T.gazMask] = mix(info.gazMask, T.gazMask) & mask;
    out[o + T.c0] = mix(h.cluster[j]!, T.c0) & mask;
    out[o + T.cm1] = mix(h.cluster[j - 1]!, T.cm1) & mask;
    out[o + T.cp1] = mix(h.cluster[j + 1]!, T.cp1) & mask;
    out[o + T.cm1c0] = mix(h.cluster[j - 1]!, T.cm1c0, h.cluster[j]!) & mask;
    out[o + T.sm1s0] = mix(h.stem[j - 1]!, T.sm1s0, h.stem[j]!) & mask;
    out[o + T.bare] = mix(info.bare, T.bare) & mask;
    out[o + T.first] = mix(i === 0 ? 1 : 0, T.first, h.shape[j]!) & mask;
  }
  setMemoryFeatures(out, words, res, memory);
  return out;
}

/** The document-memory templates, the last of each token's slots: tagDocument's second pass rewrites only these. */
export const MEMORY_TEMPLATES: readonly number[] = [T.mem0, T.memm1, T.memp1, T.memWord];

/** (Re)writes the memory templates of a sentence's buckets from its memory codes (all 0 when absent). */
export function setMemoryFeatures(
  out: Int32Array,
  words: readonly string[],
  res: FeatureResources,
  memory?: Uint8Array,
): void {
  const n = words.length;
  const mask = (1 << res.bits) - 1;
  for (let i = 0; i < n; i++) {
    const o = i * FEATURES_PER_TOKEN;
    const m0 = memory?.[i] ?? 0;
    const mPrev = i > 0 ? (memory?.[i - 1] ?? 0) : 15;
    const mNext = i + 1 < n ? (memory?.[i + 1] ?? 0) : 15;
    const prevWord = i > 0 ? wordInfo(words[i - 1]!, res).word : BOUNDARY;
    out[o + T.mem0] = mix(m0, T.mem0) & mask;
    out[o + T.memm1] = mix(mPrev, T.memm1, m0) & mask;
    out[o + T.memp1] = mix(mNext, T.memp1, m0) & mask;
    out[o + T.memWord] = mix(prevWord, T.memWord, m0) & mask;
  }
}
