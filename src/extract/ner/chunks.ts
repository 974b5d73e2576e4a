import { ENTITY_TYPES } from "./labels.js";

/** A typed run of words `[start, end)` in word indices. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

function split(tag: string): { prefix: string; type: string } {
  const dash = tag.indexOf("-");
  return dash < 0 ? { prefix: tag, type: "" } : { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/**
 * Chunks of an IOB2 tag sequence by conlleval's rules: an `I-X` that follows `O` or another type starts
 * a chunk of its own, as conlleval counts it, so scores here match the standard script.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = -1;
  let type = "";
  for (let i = 0; i <= tags.length; i++) {
    const { prefix, type: t } = i < tags.length ? split(tags[i]!) : { prefix: "O", type: "" };
    const continues = prefix === "I" && start >= 0 && t === type;
    if (start >= 0 && !continues) {
      chunks.push({ start, end: i, type });
      start = -1;
    }
    if ((prefix === "B" || prefix === "I") && !continues) {
      start = i;
      type = t;
    }
  }
  return chunks;
}

/**
 * chunksOf over label ids (labels.ts: 0 = O, then B-/I- per type), without building tag strings: the
 * tagger's hot path. Same rules, so `labelChunks(ids)` equals `chunksOf(ids as tags)`.
 */
export function labelChunks(labels: Uint8Array): Chunk[] {
  const chunks: Chunk[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= labels.length; i++) {
    const id = i < labels.length ? labels[i]! : 0;
    const t = id === 0 ? -1 : (id - 1) >> 1;
    const inside = id > 0 && (id & 1) === 0;
    const continues = inside && start >= 0 && t === type;
    if (start >= 0 && !continues) {
      chunks.push({ start, end: i, type: ENTITY_TYPES[type]! });
      start = -1;
    }
    if (id > 0 && !continues) {
      start = i;
      type = t;
    }
  }
  return chunks;
}

export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Evaluation {
  readonly overall: Score;
  readonly byType: Readonly<Record<string, Score>>;
  readonly tokens: number;
  readonly tokenAccuracy: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Exact-span precision, recall and F1 per type and overall, as conlleval computes them. */
export function evaluate(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  let tokens = 0;
  let correct = 0;
  gold.forEach((goldTags, s) => {
    const predTags = pred[s] ?? [];
    tokens += goldTags.length;
    goldTags.forEach((tag, i) => {
      if (predTags[i] === tag) correct++;
    });
    const goldKeys = new Set(chunksOf(goldTags).map((c) => `${c.start}:${c.end}:${c.type}`));
    const predKeys = new Set(chunksOf(predTags).map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const key of predKeys) bump(key.split(":")[2]!, goldKeys.has(key) ? "tp" : "fp");
    for (const key of goldKeys) if (!predKeys.has(key)) bump(key.split(":")[2]!, "fn");
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byType: Record<string, Score> = {};
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { overall: score(tp, fp, fn), byType, tokens, tokenAccuracy: tokens > 0 ? correct / tokens : 0 };
}

/** A conlleval-like table. */
export function formatEvaluation(ev: Evaluation): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, s: Score) =>
    `${name.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.tp + s.fn}, found ${s.tp + s.fp})`;
  const lines = [`tokens ${ev.tokens}, token accuracy ${pct(ev.tokenAccuracy)}%`];
  for (const [type, s] of Object.entries(ev.byType)) lines.push(row(type, s));
  lines.push(row("overall", ev.overall));
  return lines.join("\n");
}
