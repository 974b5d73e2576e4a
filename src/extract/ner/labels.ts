import type { EntityType } from "../../core/layers.js";

/** The IOB2 label set, `O` first. Label ids index rows of the weight matrix, so the order is part of the model format. */
export const LABELS = [
  "O",
  "B-PERS",
  "I-PERS",
  "B-LOC",
  "I-LOC",
  "B-ORG",
  "I-ORG",
  "B-MISC",
  "I-MISC",
] as const;

export type Label = (typeof LABELS)[number];

export const NUM_LABELS = LABELS.length;

export const ENTITY_TYPES: readonly EntityType[] = ["PERS", "LOC", "ORG", "MISC"];

const INDEX = new Map<string, number>(LABELS.map((label, i) => [label, i]));

/** Label id of a tag; unknown tags (typos, other schemes) read as `O` so a corpus never breaks training. */
export function labelId(tag: string): number {
  return INDEX.get(tag) ?? 0;
}

export function labelName(id: number): Label {
  return LABELS[id] ?? "O";
}

/** Entity type of a label id, or null for `O`. */
export function labelType(id: number): EntityType | null {
  if (id <= 0) return null;
  return ENTITY_TYPES[(id - 1) >> 1] ?? null;
}

export function isInside(id: number): boolean {
  return id > 0 && (id & 1) === 0;
}

/**
 * IOB2: `I-X` may only follow `B-X` or `I-X`. `prev` is -1 at the start of a sentence.
 * Decoding forbids every other move, so the tagger never emits an `I-` after `O`.
 */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev === next || prev === next - 1;
}
