import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { MarsadError } from "../../core/errors.js";
import { dataPath } from "../../core/paths.js";
import type { WordForms } from "../../text/word-forms.js";
import { loadWordClusters } from "./clusters.js";
import { FEATURES_PER_TOKEN, type FeatureResources } from "./features.js";
import { loadNerGazetteer } from "./gazetteer.js";
import { LABELS, NUM_LABELS } from "./labels.js";
import { memoryCodesOfKeyIds, NO_MEMORY } from "./memory.js";
import { firstPassScores, paddedIds, secondPassScores } from "./sentence-scores.js";
import type { TrainedParams } from "./train.js";
import { viterbi } from "./viterbi.js";
import { type WordScores, wordScoresOf } from "./word-scores.js";

const L = NUM_LABELS;
export const MODEL_FORMAT = "marsad-ner/1";
export const MODEL_FILE = "models/ner-anercorp.bin";

/** Facts about a trained model that travel with it (shown by the model card and the CLI). */
export interface NerModelInfo {
  readonly format: string;
  readonly bits: number;
  readonly featuresPerToken: number;
  readonly labels: readonly string[];
  /** Entries in the gazetteer and clusters the model was trained with; checked on load. */
  readonly gazetteerEntries: number;
  readonly clusterWords: number;
  readonly trainedAt?: string;
  readonly notes?: Readonly<Record<string, unknown>>;
}

/**
 * A trained tagger: Int16 weights for `2^bits` hash buckets × labels (times `scale`), label transitions,
 * and the feature resources it was trained with. Immutable; safe to share across documents.
 */
export interface NerModel {
  readonly info: NerModelInfo;
  readonly weights: Int16Array;
  readonly scale: number;
  readonly transitions: Float32Array;
  readonly resources: FeatureResources;
}

/**
 * Emission scores of every label at every word from the sentence's feature buckets. The nine label
 * sums live in locals, not an array: this loop is most of the tagger's time.
 */
export function emissions(model: NerModel, feats: Int32Array, n: number): Float32Array {
  if (L !== 9) throw new Error("emissions() is unrolled for 9 labels");
  const out = new Float32Array(n * L);
  const w = model.weights;
  const scale = model.scale;
  for (let i = 0; i < n; i++) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      a8 = 0;
    const fo = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const r = feats[fo + k]! * 9;
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
    const o = i * 9;
    out[o] = a0 * scale;
    out[o + 1] = a1 * scale;
    out[o + 2] = a2 * scale;
    out[o + 3] = a3 * scale;
    out[o + 4] = a4 * scale;
    out[o + 5] = a5 * scale;
    out[o + 6] = a6 * scale;
    out[o + 7] = a7 * scale;
    out[o + 8] = a8 * scale;
  }
  return out;
}

/**
 * Label ids (see LABELS) for a sentence of normalised words. `memory`: document-memory codes for the
 * second pass of tagDocument (memory.ts); without them the sentence is tagged on its own.
 */
export function tagWords(model: NerModel, words: readonly string[], memory?: Uint8Array): Uint8Array {
  const n = words.length;
  if (n === 0) return new Uint8Array(0);
  const table = wordScoresOf(model);
  table.beginDocument();
  const ids = paddedIds(table, words);
  const base = new Int32Array(n * L);
  const emit = new Float32Array(n * L);
  firstPassScores(table, model, ids, gazetteerCodes(model, table, words, ids), base, emit, 0);
  if (memory) secondPassScores(table, model, ids, memory, base, emit, 0);
  return viterbi(emit, model.transitions, n);
}

/**
 * Gazetteer match codes of a sentence, with the forms its words open phrases with from the word table; null
 * when no word opens one, which the scorer reads as all codes 0, as it does without a gazetteer.
 */
function gazetteerCodes(model: NerModel, table: WordScores, words: readonly string[], ids: Int32Array) {
  const gazetteer = model.resources.gazetteer;
  if (!gazetteer) return null;
  let any = false;
  for (let i = 2; i < ids.length - 2 && !any; i++) any = table.forms[ids[i]!]!.length > 0;
  return any ? gazetteer.matchSentence(words, (i) => table.forms[ids[i + 2]!]!) : null;
}

/**
 * Label ids for the sentences of one document (normalised words), in two passes: each sentence alone,
 * then again with what the first pass said about the same words elsewhere in the document. Only the memory
 * templates differ between the passes, so the rest of each token's score is summed once, and a sentence
 * whose words all lack memory keeps its first-pass labels (its features would be the same). `forms`: the
 * tokeniser's word forms of the words, all sentences in a row (text/word-forms.ts), to look words up faster.
 */
export function tagDocument(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  forms?: WordForms,
): Uint8Array[] {
  const table = wordScoresOf(model);
  table.beginDocument();
  const offsets = new Int32Array(sentences.length + 1);
  sentences.forEach((words, s) => {
    offsets[s + 1] = offsets[s]! + words.length;
  });
  // Form ids only when they line up with the words, sentence after sentence.
  const usable = forms !== undefined && forms.ids.length === offsets[sentences.length];
  const formMap = usable ? table.formMap(forms) : undefined;
  const ids = sentences.map((words, s) =>
    paddedIds(table, words, usable ? forms.ids.subarray(offsets[s]!, offsets[s + 1]!) : undefined, formMap),
  );
  const base = new Int32Array(offsets[sentences.length]! * L);
  const emit = new Float32Array(base.length);
  const emitOf = (s: number) => emit.subarray(offsets[s]! * L, offsets[s + 1]! * L);
  const first = sentences.map((words, s) => {
    if (words.length === 0) return new Uint8Array(0);
    const gaz = gazetteerCodes(model, table, words, ids[s]!);
    firstPassScores(table, model, ids[s]!, gaz, base, emit, offsets[s]!);
    return viterbi(emitOf(s), model.transitions, words.length);
  });
  const keyIds = ids.map((padded) => {
    const keys = new Int32Array(padded.length - 4);
    for (let i = 0; i < keys.length; i++) keys[i] = table.keyIds[padded[i + 2]!]!;
    return keys;
  });
  const codes = memoryCodesOfKeyIds(keyIds, table.keyCount, first);
  return sentences.map((words, s) => {
    const c = codes[s]!;
    if (!c.some((code) => code !== NO_MEMORY)) return first[s]!;
    secondPassScores(table, model, ids[s]!, c, base, emit, offsets[s]!);
    return viterbi(emitOf(s), model.transitions, words.length);
  });
}

/** IOB2 tags for a sentence of normalised words. */
export function tagSentence(model: NerModel, words: readonly string[]): string[] {
  return Array.from(tagWords(model, words), (id) => LABELS[id]!);
}

/** Float weights to Int16 with one scale; transitions keep full precision (they are few). */
export function quantizeWeights(weights: Float32Array): { weights: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const out = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = Math.round(weights[i]! / scale);
  return { weights: out, scale };
}

/**
 * A model from trained parameters: quantised weights and the header that loading checks against the
 * resources (format, hash bits, feature count, labels, gazetteer and cluster sizes).
 */
export function modelFromParams(
  params: TrainedParams,
  resources: FeatureResources,
  extra: Pick<NerModelInfo, "trainedAt" | "notes"> = {},
): NerModel {
  const { weights, scale } = quantizeWeights(params.weights);
  return {
    info: {
      format: MODEL_FORMAT,
      bits: resources.bits,
      featuresPerToken: FEATURES_PER_TOKEN,
      labels: [...LABELS],
      gazetteerEntries: resources.gazetteer?.size ?? 0,
      clusterWords: resources.clusters?.size ?? 0,
      ...extra,
    },
    weights,
    scale,
    transitions: params.transitions,
    resources,
  };
}

/**
 * Binary layout, gzipped: u32 header length, JSON header, then for the rows with any non-zero weight
 * their u32 bucket ids followed by their Int16 rows, then the Float32 transitions. Zero rows are dropped.
 */
export function serializeModel(model: NerModel): Buffer {
  const rows: number[] = [];
  const w = model.weights;
  for (let r = 0; r < w.length / L; r++) {
    for (let y = 0; y < L; y++) {
      if (w[r * L + y] !== 0) {
        rows.push(r);
        break;
      }
    }
  }
  const header = Buffer.from(JSON.stringify({ ...model.info, scale: model.scale, rows: rows.length }));
  const ids = new Uint32Array(rows);
  const values = new Int16Array(rows.length * L);
  rows.forEach((r, k) => {
    values.set(w.subarray(r * L, r * L + L), k * L);
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const body = [length, header, bytes(ids), bytes(values), bytes(model.transitions)];
  return gzipSync(Buffer.concat(body), { level: 9 });
}

function bytes(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

interface Header extends NerModelInfo {
  readonly scale: number;
  readonly rows: number;
}

export function deserializeModel(data: Buffer, resources: Omit<FeatureResources, "bits">): NerModel {
  const raw = gunzipSync(data);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString("utf8")) as Header;
  checkHeader(header, resources);
  let offset = 4 + headerLength;
  const copy = (byteLength: number) => {
    const slice = new Uint8Array(raw.subarray(offset, offset + byteLength)).buffer;
    offset += byteLength;
    return slice;
  };
  const ids = new Uint32Array(copy(header.rows * 4));
  const values = new Int16Array(copy(header.rows * L * 2));
  const transitions = new Float32Array(copy((L + 1) * L * 4));
  const weights = new Int16Array((1 << header.bits) * L);
  ids.forEach((r, k) => {
    weights.set(values.subarray(k * L, k * L + L), r * L);
  });
  const { scale, rows: _rows, ...info } = header;
  return { info, weights, scale, transitions, resources: { ...resources, bits: header.bits } };
}

function checkHeader(header: Header, resources: Omit<FeatureResources, "bits">): void {
  const problems: string[] = [];
  if (header.format !== MODEL_FORMAT) problems.push(`format ${header.format}, expected ${MODEL_FORMAT}`);
  if (header.featuresPerToken !== FEATURES_PER_TOKEN) problems.push("feature templates changed");
  if (header.labels.join() !== LABELS.join()) problems.push("label set changed");
  if ((resources.gazetteer?.size ?? 0) !== header.gazetteerEntries) problems.push("gazetteer changed");
  if ((resources.clusters?.size ?? 0) !== header.clusterWords) problems.push("word clusters changed");
  if (problems.length > 0) {
    throw new MarsadError("ner_model_mismatch", `NER model does not fit this build: ${problems.join("; ")}`);
  }
}

let cached: NerModel | undefined;

/** The shipped model with its gazetteer and clusters, read once per process. */
export function loadNerModel(path = dataPath(MODEL_FILE)): NerModel {
  if (cached && path === dataPath(MODEL_FILE)) return cached;
  const model = deserializeModel(readFileSync(path), {
    gazetteer: loadNerGazetteer(),
    clusters: loadWordClusters(),
  });
  if (path === dataPath(MODEL_FILE)) cached = model;
  return model;
}
