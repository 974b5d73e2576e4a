/**
 * Word clusters from unlabelled Arabic text, for tagger features that generalise past the words seen in
 * ANERcorp: a word is described by PPMI-weighted counts of its ±2 neighbours among the most frequent words,
 * projected to a small dense vector; spherical k-means then groups the vectors twice (coarse, then fine
 * within each coarse group), so a fine id shifted right by FINE_BITS gives the coarse id, like a Brown prefix.
 *
 * The text: ANERcorp's train split (not the dev part), the Wojood sample, and the UnifiedFC articles and
 * claims. Only words and their cluster ids are kept; none of the text is stored.
 */
import { readdirSync, readFileSync } from "node:fs";
import { sharedDataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";
import { formatClusters } from "./clusters.js";
import { loadAnercorpSplit } from "./dataset.js";

export const COARSE = 64;
export const FINE_BITS = 3;
const CONTEXTS = 1024;
const DIM = 96;
const MIN_COUNT = 3;
const MAX_VOCAB = 65_535;

const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

function* unlabelledTexts(): Generator<string> {
  for (const sentence of loadAnercorpSplit().train) yield sentence.tokens.join(" ");
  for (const file of ["train.txt", "val.txt"]) {
    const lines = readFileSync(sharedDataPath("wojood-sample", file), "utf8").split("\n");
    yield lines.map((line) => line.split(" ")[0] ?? "").join(" ");
  }
  const seen = new Set<string>();
  const dir = sharedDataPath("unifiedfc", "claims");
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const record = JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as {
      claim?: string;
      article?: string[];
    };
    for (const text of [record.claim ?? "", ...(record.article ?? [])]) {
      if (seen.has(text)) continue; // the same article is retrieved for several claims
      seen.add(text);
      yield text;
    }
  }
}

function tokenizeAll(): string[][] {
  return Array.from(unlabelledTexts(), (text) => normalizeArabic(text).match(WORD) ?? []);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vocabulary by frequency: index 0 is the most frequent word. */
function vocabulary(docs: readonly string[][]): { words: string[]; index: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const w of doc) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_VOCAB)
    .map(([w]) => w);
  return { words, index: new Map(words.map((w, i) => [w, i])) };
}

/** Dense word vectors: PPMI of (word, slot, context word) projected by a fixed random matrix. */
function wordVectors(docs: readonly string[][], index: Map<string, number>, size: number): Float32Array {
  const keys: number[] = [];
  for (const doc of docs) {
    const ids = doc.map((w) => index.get(w) ?? -1);
    for (let t = 0; t < ids.length; t++) {
      const w = ids[t]!;
      if (w < 0) continue;
      [-2, -1, 1, 2].forEach((offset, slot) => {
        const c = ids[t + offset] ?? -1;
        if (c >= 0 && c < CONTEXTS) keys.push(w * 4 * CONTEXTS + slot * CONTEXTS + c);
      });
    }
  }
  const sorted = Float64Array.from(keys).sort();
  const wordTotals = new Float64Array(size);
  const ctxTotals = new Float64Array(4 * CONTEXTS);
  for (const key of sorted) {
    wordTotals[Math.floor(key / (4 * CONTEXTS))]! += 1;
    ctxTotals[key % (4 * CONTEXTS)]! += 1;
  }
  const random = mulberry32(7);
  const projection = Float32Array.from({ length: 4 * CONTEXTS * DIM }, () => (random() < 0.5 ? -1 : 1));
  const vectors = new Float32Array(size * DIM);
  const total = sorted.length;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const key = sorted[i]!;
    const w = Math.floor(key / (4 * CONTEXTS));
    const ctx = key % (4 * CONTEXTS);
    const pmi = Math.log(((j - i) * total) / (wordTotals[w]! * ctxTotals[ctx]!));
    if (pmi > 0) {
      for (let d = 0; d < DIM; d++) vectors[w * DIM + d]! += pmi * projection[ctx * DIM + d]!;
    }
    i = j;
  }
  for (let w = 0; w < size; w++) normalizeRow(vectors, w);
  return vectors;
}

function normalizeRow(v: Float32Array, row: number): void {
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += v[row * DIM + d]! ** 2;
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < DIM; d++) v[row * DIM + d]! *= inv;
}

/** Spherical k-means over the given rows; returns a cluster per row. */
function kmeans(vectors: Float32Array, rows: readonly number[], k: number, seed: number): Int32Array {
  const assign = new Int32Array(rows.length);
  if (rows.length <= k) return assign.map((_, i) => i);
  const random = mulberry32(seed);
  const centres = new Float32Array(k * DIM);
  for (let c = 0; c < k; c++) {
    const row = rows[Math.floor(random() * rows.length)]!;
    centres.set(vectors.subarray(row * DIM, row * DIM + DIM), c * DIM);
  }
  for (let iter = 0; iter < 12; iter++) {
    rows.forEach((row, i) => {
      let best = -2;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += vectors[row * DIM + d]! * centres[c * DIM + d]!;
        if (dot > best) {
          best = dot;
          assign[i] = c;
        }
      }
    });
    centres.fill(0);
    rows.forEach((row, i) => {
      for (let d = 0; d < DIM; d++) centres[assign[i]! * DIM + d]! += vectors[row * DIM + d]!;
    });
    for (let c = 0; c < k; c++) normalizeRow(centres, c);
  }
  return assign;
}

/** Builds the clusters file (data/lexicons/ner-clusters.tsv). Takes a minute or two on one core. */
export function buildWordClusters(): string {
  const docs = tokenizeAll();
  const { words, index } = vocabulary(docs);
  const vectors = wordVectors(docs, index, words.length);
  const all = words.map((_, i) => i);
  const coarse = kmeans(vectors, all, COARSE, 11);
  const ids = new Map<string, number>();
  for (let c = 0; c < COARSE; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const fine = kmeans(vectors, members, 1 << FINE_BITS, 100 + c);
    members.forEach((i, k) => {
      ids.set(words[i]!, (c << FINE_BITS) | fine[k]!);
    });
  }
  const tokens = docs.reduce((n, d) => n + d.length, 0);
  return formatClusters(ids, [
    `Word clusters for the NER tagger, built by scripts/train-ner.ts --clusters (src/extract/ner/clusters-build.ts).`,
    `Learned from unlabelled text (${tokens} tokens): ANERcorp CAMeL Lab train split without its dev part (CC BY-SA 4.0),`,
    "the Wojood public sample (MIT) and the UnifiedFC articles and claims (Baly et al. 2018, research use; no text kept).",
    `${COARSE} coarse × ${1 << FINE_BITS} fine clusters; coarse id = cluster >> ${FINE_BITS}. Words only, no text.`,
  ]);
}
