import type { WordForms } from "../../text/word-forms.js";
import { type CompactWeights, compactWeights, rowStart } from "./compact-weights.js";
import { AFFIX_SLOTS, BOUNDARY, computeInfo, TEMPLATE as T } from "./features.js";
import { mix } from "./hash.js";
import { NUM_LABELS } from "./labels.js";
import { memoryKey } from "./memory.js";
import type { NerModel } from "./model.js";
import { lightStem } from "./stem.js";
import { buildWordFacts, lookUpWord, type WordFacts } from "./word-facts.js";

/**
 * Per distinct word, the integer label scores of every feature template that reads that word alone: its own
 * templates (word, stem, affixes, shape, gazetteer, cluster, bias) and what it adds as a neighbour at ±1 and
 * ±2. Most of a token's 41 templates are of that kind, and each costs a random read in a 9 MB weight table;
 * summed once per word form they cost one short vector per token. Sums stay integers (Int16 weights), so a
 * score built from them equals the one summed template by template, bit for bit, once scaled.
 */

const L = NUM_LABELS;
/** Vector offsets within a word's entry: itself; as the previous/next word; as the one two before/after. */
export const SELF = 0;
export const AS_PREV = L;
export const AS_NEXT = 2 * L;
export const AS_PREV2 = 3 * L;
export const AS_NEXT2 = 4 * L;
/** As the previous word of a token whose memory code is 0 (the memWord template; every token in pass 1). */
export const AS_PREV_MEM0 = 5 * L;
export const STRIDE = 6 * L;

/** Neighbour memory code beyond either end of a sentence (features.ts setMemoryFeatures). */
export const OUTSIDE = 15;

const NO_FORMS: readonly string[] = Object.freeze([]);

/** Room past the limit for the new words of the document that crosses it. */
const SLACK = 4096;

/** Id of the padding "word" around every sentence. */
export const BOUNDARY_ID = 0;

/**
 * A capped table of word forms → ids, with their vectors and hashes in flat typed arrays. When it holds more
 * than `limit` forms it is thinned at the next document start, never inside one, so ids stay valid while
 * a document is tagged (one document may grow it past the limit; the arrays grow as needed). Thinning keeps
 * the most recently used words (at most three quarters of the limit), moved to new ids: emptying the whole
 * table made the documents after it compute their common words again, and new words were over a third of
 * the tagger's time over the UnifiedFC articles.
 */
export class WordScores {
  size = 0;
  /** Documents begun so far, and per id the last one that used the word (paddedIds marks it). */
  documents = 0;
  lastUsed: Int32Array;
  vectors: Int32Array;
  /** Hashes the pair templates combine: word, stem, shape and cluster value (features.ts baseHashes). */
  word: Int32Array;
  stem: Int32Array;
  shape: Int32Array;
  cluster: Int32Array;
  /** Document-memory key (memory.ts memoryKey) per id, as a small integer (-1: none); keyCount in use. */
  keyIds: Int32Array;
  keyCount = 0;
  /** Gazetteer forms each word can open a listed phrase with (NerGazetteer.openingForms); mostly empty. */
  forms: (readonly string[])[] = [];
  /**
   * The memory templates of the first pass (every code 0), which depend only on whether a token opens and/or
   * closes its sentence: `firstPassMemory[(opens ? 1 : 0) + (closes ? 2 : 0)]`, 9 labels each (memWord aside).
   */
  readonly firstPassMemory = new Int32Array(4 * L);
  /**
   * The three gazetteer templates of a token that neither it nor a neighbour matched (code 0 at all three),
   * by the same edges index: most tokens, which thus sum one vector instead of three hashed rows.
   */
  readonly noGazetteer = new Int32Array(4 * L);
  private readonly ids = new Map<string, number>();
  /** Word ids by the tokeniser's word-form id (text/word-forms.ts), -1 while unknown; see formMap(). */
  private formIds = new Int32Array(0);
  private formSpace: object | null = null;
  private formGeneration = -1;
  private readonly keyIndex = new Map<string, number>();
  private readonly mask: number;
  /** The model's weights without their empty rows (compact-weights.ts). */
  readonly weights: CompactWeights;
  /** What the gazetteer and clusters say about single words (word-facts.ts). */
  private readonly facts: WordFacts;
  /** The bias template's row, part of every word's own vector. */
  private readonly bias = new Int32Array(L);

  readonly resources: NerModel["resources"];

  constructor(
    model: NerModel,
    private readonly limit = 1 << 16,
  ) {
    this.resources = model.resources;
    this.mask = (1 << model.resources.bits) - 1;
    this.weights = compactWeights(model.weights);
    this.facts = buildWordFacts(model.resources);
    this.addRow(this.bias, 0, 0, T.bias);
    const capacity = 1024;
    this.vectors = new Int32Array(capacity * STRIDE);
    this.word = new Int32Array(capacity);
    this.stem = new Int32Array(capacity);
    this.shape = new Int32Array(capacity);
    this.cluster = new Int32Array(capacity);
    this.keyIds = new Int32Array(capacity);
    this.lastUsed = new Int32Array(capacity);
    for (let edges = 0; edges < 4; edges++) {
      const prev = edges & 1 ? OUTSIDE : 0;
      const next = edges & 2 ? OUTSIDE : 0;
      this.addRow(this.firstPassMemory, edges * L, 0, T.mem0);
      this.addRow(this.firstPassMemory, edges * L, prev, T.memm1, 0);
      this.addRow(this.firstPassMemory, edges * L, next, T.memp1, 0);
      // Gazetteer code 0 reads as 1 (features.ts baseHashes); beyond an edge the neighbour is BOUNDARY.
      this.addRow(this.noGazetteer, edges * L, 1, T.gaz0);
      this.addRow(this.noGazetteer, edges * L, edges & 1 ? BOUNDARY : 1, T.gazm1, 1);
      this.addRow(this.noGazetteer, edges * L, edges & 2 ? BOUNDARY : 1, T.gazp1, 1);
    }
    this.reset();
  }

  /** Called before each document: thins a full table. */
  beginDocument(): void {
    this.documents++;
    if (this.size >= this.limit) this.keepRecent((this.limit * 3) >> 2);
  }

  /**
   * Keeps the words of the most recent documents, at most `room` of them (the boundary besides), moving
   * each down to its new id in id order, and forgets everything else.
   */
  private keepRecent(room: number): void {
    const oldest = this.oldestKept(room);
    const keyNames: string[] = [];
    for (const [key, keyId] of this.keyIndex) keyNames[keyId] = key;
    this.keyIndex.clear();
    this.keyCount = 0;
    const newIds = new Int32Array(this.size).fill(-1);
    let next = 1; // id 0 stays the boundary's
    for (let id = 1; id < this.size; id++) {
      if (this.lastUsed[id]! < oldest) continue;
      newIds[id] = next;
      this.vectors.copyWithin(next * STRIDE, id * STRIDE, (id + 1) * STRIDE);
      for (const column of [this.word, this.stem, this.shape, this.cluster, this.lastUsed])
        column[next] = column[id]!;
      const key = this.keyIds[id]!;
      this.keyIds[next] = key < 0 ? -1 : this.keyIdOf(keyNames[key]!);
      this.forms[next] = this.forms[id]!;
      next++;
    }
    this.size = next;
    this.forms.length = next;
    for (const [word, id] of this.ids) {
      const moved = newIds[id]!;
      if (moved > 0) this.ids.set(word, moved);
      else this.ids.delete(word);
    }
    // Form ids still name the same words: point them at the new ids (or at none, for words let go).
    for (let form = 0; form < this.formIds.length; form++) {
      const id = this.formIds[form]!;
      if (id >= 0) this.formIds[form] = newIds[id]!;
    }
  }

  /** The oldest document whose words still fit in `room` together with those of every later document. */
  private oldestKept(room: number): number {
    const byDocument = new Map<number, number>();
    for (let id = 1; id < this.size; id++) {
      const doc = this.lastUsed[id]!;
      byDocument.set(doc, (byDocument.get(doc) ?? 0) + 1);
    }
    let kept = 0;
    let oldest = this.documents + 1;
    for (const doc of [...byDocument.keys()].sort((a, b) => b - a)) {
      kept += byDocument.get(doc)!;
      if (kept > room) break;
      oldest = doc;
    }
    return oldest;
  }

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.add(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /**
   * The map from a document's word-form ids to word ids, emptied when the forms come from another tokeniser
   * cache or generation than the last document's (their ids then name other words).
   */
  formMap(forms: WordForms): Int32Array {
    if (this.formIds.length < forms.capacity) this.formIds = new Int32Array(forms.capacity).fill(-1);
    else if (forms.space !== this.formSpace || forms.generation !== this.formGeneration)
      this.formIds.fill(-1);
    this.formSpace = forms.space;
    this.formGeneration = forms.generation;
    return this.formIds;
  }

  private reset(): void {
    this.formIds.fill(-1);
    this.ids.clear();
    this.keyIndex.clear();
    this.keyCount = 0;
    this.forms = [];
    this.size = 0;
    this.vectors.fill(0, 0, STRIDE);
    const id = this.allocate(BOUNDARY, BOUNDARY, BOUNDARY, BOUNDARY, -1);
    this.addNeighbourVectors(id);
  }

  private add(word: string): number {
    const light = lightStem(word);
    const known = lookUpWord(this.facts, word, light.stem);
    const info = computeInfo(word, this.resources, light, known);
    const key = this.keyIdOf(memoryKey(word, light.stem));
    const id = this.allocate(info.word, info.stem, info.shape, info.cluster, key);
    this.forms[id] = known.forms;
    const self = id * STRIDE + SELF;
    this.vectors.set(this.bias, self);
    this.vectors.fill(0, self + L, (id + 1) * STRIDE);
    this.addRow(this.vectors, self, info.word, T.w0);
    this.addRow(this.vectors, self, info.stem, T.s0);
    for (let k = 0; k < AFFIX_SLOTS.length; k++)
      this.addRow(this.vectors, self, info.affixes[k]!, AFFIX_SLOTS[k]!);
    this.addRow(this.vectors, self, info.proclitic, T.proclitic);
    this.addRow(this.vectors, self, info.shape, T.shape0);
    this.addRow(this.vectors, self, info.gazMask, T.gazMask);
    this.addRow(this.vectors, self, info.cluster, T.c0);
    this.addRow(this.vectors, self, info.bare, T.bare);
    // The `first` template as on every token but a sentence's first (firstPassScores swaps it there).
    this.addRow(this.vectors, self, 0, T.first, info.shape);
    this.addNeighbourVectors(id);
    return id;
  }

  /** The vectors of a word seen from its neighbours (also those of the boundary). */
  private addNeighbourVectors(id: number): void {
    const base = id * STRIDE;
    const word = this.word[id]!;
    const stem = this.stem[id]!;
    const cluster = this.cluster[id]!;
    this.addRow(this.vectors, base + AS_PREV, word, T.wm1);
    this.addRow(this.vectors, base + AS_PREV, stem, T.sm1);
    this.addRow(this.vectors, base + AS_PREV, cluster, T.cm1);
    this.addRow(this.vectors, base + AS_NEXT, word, T.wp1);
    this.addRow(this.vectors, base + AS_NEXT, stem, T.sp1);
    this.addRow(this.vectors, base + AS_NEXT, cluster, T.cp1);
    this.addRow(this.vectors, base + AS_PREV2, word, T.wm2);
    this.addRow(this.vectors, base + AS_PREV2, stem, T.sm2);
    this.addRow(this.vectors, base + AS_NEXT2, word, T.wp2);
    this.addRow(this.vectors, base + AS_NEXT2, stem, T.sp2);
    this.addRow(this.vectors, base + AS_PREV_MEM0, word, T.memWord, 0);
  }

  private addRow(out: Int32Array, at: number, hash: number, template: number, other = 0): void {
    const row = rowStart(this.weights, mix(hash, template, other) & this.mask);
    if (row < 0) return;
    const w = this.weights.values;
    for (let y = 0; y < L; y++) out[at + y]! += w[row + y]!;
  }

  private keyIdOf(key: string | null): number {
    if (key === null) return -1;
    let id = this.keyIndex.get(key);
    if (id === undefined) {
      id = this.keyCount++;
      this.keyIndex.set(key, id);
    }
    return id;
  }

  private allocate(word: number, stem: number, shape: number, cluster: number, key: number): number {
    const id = this.size++;
    if (id >= this.word.length) this.grow();
    this.word[id] = word;
    this.stem[id] = stem;
    this.shape[id] = shape;
    this.cluster[id] = cluster;
    this.keyIds[id] = key;
    this.lastUsed[id] = this.documents;
    this.forms[id] = NO_FORMS;
    return id;
  }

  private grow(): void {
    // Up to the limit plus one document's new words; only a longer document grows it further.
    const doubled = this.word.length * 2;
    const cap = this.limit + SLACK;
    const capacity = this.word.length < cap && doubled > cap ? cap : doubled;
    const vectors = new Int32Array(capacity * STRIDE);
    vectors.set(this.vectors);
    this.vectors = vectors;
    for (const name of ["word", "stem", "shape", "cluster"] as const) {
      const next = new Int32Array(capacity);
      next.set(this[name]);
      this[name] = next;
    }
    const keyIds = new Int32Array(capacity);
    keyIds.set(this.keyIds);
    this.keyIds = keyIds;
    const lastUsed = new Int32Array(capacity);
    lastUsed.set(this.lastUsed);
    this.lastUsed = lastUsed;
  }
}

/** Keyed by the weights, which a model never changes: copies of a model with other transitions share one. */
const tables = new WeakMap<Int16Array, WordScores>();

/** The word table of a model, made on first use. */
export function wordScoresOf(model: NerModel): WordScores {
  let table = tables.get(model.weights);
  if (!table || table.resources !== model.resources) {
    table = new WordScores(model);
    tables.set(model.weights, table);
  }
  return table;
}
