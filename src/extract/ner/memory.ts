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

/** The stem that groups a word's occurrences (memoised: news vocabulary repeats), or null when too short. */
function keyOf(word: string): string | null {
  let key = keys.get(word);
  if (key === undefined) {
    const { stem } = lightStem(word);
    key = stem.length >= 3 ? stem : null;
    if (keys.size >= 200_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}

/** Type index 0–3 (PERS, LOC, ORG, MISC) of a label id, or -1 for O (see labels.ts for the order). */
function typeIndex(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}

/** Per key: occurrences, then occurrences tagged with each type. */
type Counts = Map<string, Int32Array>;

function countGroup(group: readonly (readonly string[])[], labels: readonly Uint8Array[]): Counts {
  const counts: Counts = new Map();
  group.forEach((words, s) => {
    words.forEach((word, i) => {
      const key = keyOf(word);
      if (key === null) return;
      let c = counts.get(key);
      if (!c) {
        c = new Int32Array(1 + TYPES);
        counts.set(key, c);
      }
      c[0]!++;
      const t = typeIndex(labels[s]![i]!);
      if (t >= 0) c[1 + t]!++;
    });
  });
  return counts;
}

/** The memory code of one word, its own occurrence taken out of the counts. */
function codeOf(c: Int32Array, ownType: number): number {
  const total = c[0]! - 1;
  if (total <= 0) return NO_MEMORY;
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < TYPES; t++) {
    const n = c[1 + t]! - (t === ownType ? 1 : 0);
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
  const counts = countGroup(group, labels);
  return group.map((words, s) =>
    Uint8Array.from(words, (word, i) => {
      const key = keyOf(word);
      const c = key === null ? undefined : counts.get(key);
      return c ? codeOf(c, typeIndex(labels[s]![i]!)) : NO_MEMORY;
    }),
  );
}

/** Consecutive blocks of `size` items (the last may be shorter). */
export function blocksOf<T>(items: readonly T[], size = MEMORY_BLOCK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
