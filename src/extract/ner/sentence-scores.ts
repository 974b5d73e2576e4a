import { type CompactWeights, rowStart } from "./compact-weights.js";
import { BOUNDARY, TEMPLATE as T } from "./features.js";
import { mix } from "./hash.js";
import { NUM_LABELS } from "./labels.js";
import type { NerModel } from "./model.js";
import {
  AS_NEXT,
  AS_NEXT2,
  AS_PREV,
  AS_PREV_MEM0,
  AS_PREV2,
  BOUNDARY_ID,
  OUTSIDE,
  SELF,
  STRIDE,
  type WordScores,
} from "./word-scores.js";

/**
 * Emission scores of a sentence from a model's word table (word-scores.ts): per token, a few per-word
 * vectors plus the templates that pair two values (neighbouring words, shapes, stems, clusters, gazetteer
 * codes) and the memory templates. The same integer sums as emissions(extractFeatures(...)) in model.ts,
 * scaled once, so the floats are the same too.
 */

const L = NUM_LABELS;
const PAD = 2;

/**
 * Word ids of a sentence padded by two boundary ids on each side, so neighbours need no bounds checks.
 * `forms`: the words' tokeniser form ids (-1: none) and `formMap` (WordScores.formMap), to skip the
 * table's string lookup for words seen before.
 */
export function paddedIds(
  table: WordScores,
  words: readonly string[],
  forms?: Int32Array,
  formMap?: Int32Array,
): Int32Array {
  const ids = new Int32Array(words.length + 2 * PAD).fill(BOUNDARY_ID);
  for (let i = 0; i < words.length; i++) {
    const form = forms && formMap ? forms[i]! : -1;
    let id = form >= 0 ? formMap![form]! : -1;
    if (id < 0) {
      id = table.idOf(words[i]!);
      if (form >= 0) formMap![form] = id;
    }
    ids[i + PAD] = id;
    table.lastUsed[id] = table.documents; // what the table keeps when it is thinned
  }
  return ids;
}

/** Offsets of the vectors (into table.vectors) and weight rows (× L, into model.weights) one token sums. */
const vectorAt = new Int32Array(8);
const rowAt = new Int32Array(16);

/**
 * Sums `nv` vectors and `nw` weight rows into `out[at…at+8]`. The nine label sums live in locals, not an
 * array: this loop is most of the tagger's time.
 */
function sumInto(v: Int32Array, nv: number, w: Int16Array, nw: number, out: Int32Array, at: number): void {
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    a4 = 0,
    a5 = 0,
    a6 = 0,
    a7 = 0,
    a8 = 0;
  for (let k = 0; k < nv; k++) {
    const o = vectorAt[k]!;
    a0 += v[o]!;
    a1 += v[o + 1]!;
    a2 += v[o + 2]!;
    a3 += v[o + 3]!;
    a4 += v[o + 4]!;
    a5 += v[o + 5]!;
    a6 += v[o + 6]!;
    a7 += v[o + 7]!;
    a8 += v[o + 8]!;
  }
  for (let k = 0; k < nw; k++) {
    const r = rowAt[k]!;
    a0 += w[r]!;
    a1 += w[r + 1]!;
    a2 += w[r + 2]!;
    a3 += w[r + 3]!;
    a4 += w[r + 4]!;
    a5 += w[r + 5]!;
    a6 += w[r + 6]!;
    a7 += w[r + 7]!;
    a8 += w[r + 8]!;
  }
  out[at] = a0;
  out[at + 1] = a1;
  out[at + 2] = a2;
  out[at + 3] = a3;
  out[at + 4] = a4;
  out[at + 5] = a5;
  out[at + 6] = a6;
  out[at + 7] = a7;
  out[at + 8] = a8;
}

/** Appends bucket's row to rowAt at `k` unless it is empty; returns the new count. */
function putRow(weights: CompactWeights, bucket: number, k: number): number {
  const row = rowStart(weights, bucket);
  if (row < 0) return k;
  rowAt[k] = row;
  return k + 1;
}

/** Whether token i and both its neighbours lie outside every gazetteer match (their templates are then a constant). */
function outsideGazetteer(gaz: Uint8Array | null, i: number, n: number): boolean {
  return gaz === null || (gaz[i] === 0 && (i === 0 || gaz[i - 1] === 0) && (i === n - 1 || gaz[i + 1] === 0));
}

/**
 * Rows (offsets into table.weights.values) of the templates that pair a token with a neighbour, with its
 * gazetteer neighbourhood unless outsideGazetteer() (a constant then), and, on a sentence's first token,
 * with that position; into rowAt. Returns how many are present (empty rows add nothing and are left out).
 */
function pairRows(
  table: WordScores,
  ids: Int32Array,
  gaz: Uint8Array | null,
  i: number,
  mask: number,
): number {
  const { word, stem, shape, cluster, weights } = table;
  const n = ids.length - 2 * PAD;
  const id = ids[i + PAD]!;
  const prev = ids[i + PAD - 1]!;
  const next = ids[i + PAD + 1]!;
  const s0 = shape[id]!;
  const w0 = word[id]!;
  let k = 0;
  k = putRow(weights, mix(shape[prev]!, T.shapem1, s0) & mask, k);
  k = putRow(weights, mix(shape[next]!, T.shapep1, s0) & mask, k);
  k = putRow(weights, mix(word[prev]!, T.wm1w0, w0) & mask, k);
  k = putRow(weights, mix(w0, T.w0wp1, word[next]!) & mask, k);
  if (!outsideGazetteer(gaz, i, n)) {
    const g = gaz![i]! + 1;
    const gPrev = i === 0 ? BOUNDARY : gaz![i - 1]! + 1;
    const gNext = i === n - 1 ? BOUNDARY : gaz![i + 1]! + 1;
    k = putRow(weights, mix(g, T.gaz0) & mask, k);
    k = putRow(weights, mix(gPrev, T.gazm1, g) & mask, k);
    k = putRow(weights, mix(gNext, T.gazp1, g) & mask, k);
  }
  k = putRow(weights, mix(cluster[prev]!, T.cm1c0, cluster[id]!) & mask, k);
  k = putRow(weights, mix(stem[prev]!, T.sm1s0, stem[id]!) & mask, k);
  // A word's own vector holds `first` as on a later token; the first token adds its own row here.
  return i === 0 ? putRow(weights, mix(1, T.first, s0) & mask, k) : k;
}

/** Takes bucket's row out of `out[at…at+8]` (no-op when the row is empty). */
function subtractRow(weights: CompactWeights, bucket: number, out: Int32Array, at: number): void {
  const row = rowStart(weights, bucket);
  if (row < 0) return;
  for (let y = 0; y < L; y++) out[at + y]! -= weights.values[row + y]!;
}

/**
 * Scores a sentence for the first pass. Writes the integer scores of every label at every token without
 * the four memory templates to `base[(offset + i) * L + y]`, and the first-pass emissions (memory codes all
 * 0) to `emit` at the same place. `gaz`: the gazetteer's match codes (NerGazetteer.matchSentence), or null.
 */
export function firstPassScores(
  table: WordScores,
  model: NerModel,
  ids: Int32Array,
  gaz: Uint8Array | null,
  base: Int32Array,
  emit: Float32Array,
  offset: number,
): void {
  const n = ids.length - 2 * PAD;
  const mask = (1 << model.resources.bits) - 1;
  const v = table.vectors;
  const memory = table.firstPassMemory;
  const noGazetteer = table.noGazetteer;
  const scale = model.scale;
  for (let i = 0; i < n; i++) {
    const j = i + PAD;
    vectorAt[0] = ids[j]! * STRIDE + SELF;
    vectorAt[1] = ids[j - 1]! * STRIDE + AS_PREV;
    vectorAt[2] = ids[j + 1]! * STRIDE + AS_NEXT;
    vectorAt[3] = ids[j - 2]! * STRIDE + AS_PREV2;
    vectorAt[4] = ids[j + 2]! * STRIDE + AS_NEXT2;
    const rows = pairRows(table, ids, gaz, i, mask);
    const at = (offset + i) * L;
    sumInto(v, 5, table.weights.values, rows, base, at);
    const mem = ((i === 0 ? 1 : 0) + (i === n - 1 ? 2 : 0)) * L;
    if (i === 0) subtractRow(table.weights, mix(0, T.first, table.shape[ids[j]!]!) & mask, base, at);
    if (outsideGazetteer(gaz, i, n)) for (let y = 0; y < L; y++) base[at + y]! += noGazetteer[mem + y]!;
    const prevMem = ids[j - 1]! * STRIDE + AS_PREV_MEM0;
    for (let y = 0; y < L; y++) emit[at + y] = (base[at + y]! + memory[mem + y]! + v[prevMem + y]!) * scale;
  }
}

const memoryScratch = new Int32Array(L);

/**
 * Second pass over a sentence scored by firstPassScores: rewrites `emit` for the tokens whose memory
 * templates differ from the first pass (a non-zero code at the token or a neighbour); the rest keep theirs.
 */
export function secondPassScores(
  table: WordScores,
  model: NerModel,
  ids: Int32Array,
  codes: Uint8Array,
  base: Int32Array,
  emit: Float32Array,
  offset: number,
): void {
  const n = ids.length - 2 * PAD;
  const mask = (1 << model.resources.bits) - 1;
  const scale = model.scale;
  for (let i = 0; i < n; i++) {
    const m0 = codes[i]!;
    const mPrev = i === 0 ? OUTSIDE : codes[i - 1]!;
    const mNext = i === n - 1 ? OUTSIDE : codes[i + 1]!;
    if (m0 === 0 && (mPrev === 0 || mPrev === OUTSIDE) && (mNext === 0 || mNext === OUTSIDE)) continue;
    const prev = ids[i + PAD - 1]!;
    const weights = table.weights;
    let nv = 0;
    let nw = putRow(weights, mix(m0, T.mem0) & mask, 0);
    nw = putRow(weights, mix(mPrev, T.memm1, m0) & mask, nw);
    nw = putRow(weights, mix(mNext, T.memp1, m0) & mask, nw);
    if (m0 === 0) vectorAt[nv++] = prev * STRIDE + AS_PREV_MEM0;
    else nw = putRow(weights, mix(table.word[prev]!, T.memWord, m0) & mask, nw);
    sumInto(table.vectors, nv, weights.values, nw, memoryScratch, 0);
    const at = (offset + i) * L;
    for (let y = 0; y < L; y++) emit[at + y] = (base[at + y]! + memoryScratch[y]!) * scale;
  }
}
