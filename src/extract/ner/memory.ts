import { lightStem } from "./stem.js";

/**
 * Document memory: how a word was tagged ELSEWHERE in the same document. News repeats its names
 * («الأهلي», «جوزيه»), and one confident mention should lift the others, which a sentence-level
 * tagger sees one at a time. A first pass tags every sentence; each word then gets a code from the
 * first-pass labels of the other words with the same stem in the group, and a second pass tags again
 * with that code as a feature (a two-stage scheme; train.ts and scripts/train-ner.ts learn it).
 */

/** Sentences per group where documents are not marked (ANERcorp, CoNLL input): consecutive blocks. */
export const MEMORY_BLOCK = 40;

/** Code 0: no other occurrence in the group (or the word is too short to say). */
export const NO_MEMORY = 0;
/** Code 1: seen elsewhere, never inside an entity. 2 + 2·type (+1 when most occurrences agree): seen as that type. */
const SEEN_AS_O = 1;

const TYPES = 4;

const keys = new Map<string, string | null>();

/** The stem that groups a word's occurrences, or null when too short to say (`stem`: lightStem's, if known). */
export function memoryKey(word: string, stem = lightStem(word).stem): string | null {
  return stem.length >= 3 ? stem : null;
}

/** memoryKey, memoised (news vocabulary repeats). */
function keyOf(word: string): string | null {
  let key = keys.get(word);
  if (key === undefined) {
    key = memoryKey(word);
    if (keys.size >= 200_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Type index 0–3 (PERS, LOC, ORG, MISC) of a label id, or -1 for O (see labels.ts for the order). */
function typeIndex(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}

const ROW = 1 + TYPES;

/** The memory code of one word, its own occurrence taken out of its key's counts (at `at`). */
function codeOf(c: Int32Array, at: number, ownType: number): number {
  const total = c[at]! - 1;
  if (total <= 0) return NO_MEMORY;
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < TYPES; t++) {
    const n = c[at + 1 + t]! - (t === ownType ? 1 : 0);
    if (n > bestCount) {
      best = t;
      bestCount = n;
    }
  }
  if (best < 0) return SEEN_AS_O;
  return 2 + 2 * best + (2 * bestCount >= total ? 1 : 0);
}

/** Memory codes of every word of every sentence of a group, from first-pass labels of the whole group. */
export function memoryCodes(
  group: readonly (readonly string[])[],
  labels: readonly Uint8Array[],
): Uint8Array[] {
  const index = new Map<string, number>();
  const keyIds = group.map((words) =>
    Int32Array.from(words, (word) => {
      const key = keyOf(word);
      if (key === null) return -1;
      const id = index.get(key) ?? index.size;
      if (id === index.size) index.set(key, id);
      return id;
    }),
  );
  return memoryCodesOfKeyIds(keyIds, index.size, labels);
}

/**
 * memoryCodes from the words' keys (memoryKey) as small integers below `keyCount` (-1: no key), for callers
 * that keep them per word already: `keyIds[s][i]` for word i of sentence s.
 */
export function memoryCodesOfKeyIds(
  keyIds: readonly Int32Array[],
  keyCount: number,
  labels: readonly Uint8Array[],
): Uint8Array[] {
  // Counts per key: occurrences, then occurrences tagged with each type; rows handed out in order of use.
  const rowOf = new Int32Array(keyCount).fill(-1);
  let table = new Int32Array(64 * ROW);
  let used = 0;
  keyIds.forEach((sentence, s) => {
    for (let i = 0; i < sentence.length; i++) {
      const key = sentence[i]!;
      if (key < 0) continue;
      let at = rowOf[key]!;
      if (at < 0) {
        at = used;
        rowOf[key] = at;
        used += ROW;
        if (used > table.length) {
          const grown = new Int32Array(table.length * 2);
          grown.set(table);
          table = grown;
        }
      }
      table[at]!++;
      const t = typeIndex(labels[s]![i]!);
      if (t >= 0) table[at + 1 + t]!++;
    }
  });
  return keyIds.map((sentence, s) => {
    const codes = new Uint8Array(sentence.length);
    for (let i = 0; i < sentence.length; i++) {
      const key = sentence[i]!;
      if (key >= 0) codes[i] = codeOf(table, rowOf[key]!, typeIndex(labels[s]![i]!));
    }
    return codes;
  });
}

/** Consecutive blocks of `size` items (the last may be shorter). */
export function blocksOf<T>(items: readonly T[], size = MEMORY_BLOCK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
