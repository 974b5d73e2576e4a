import { cosineWithSum, type TermVector } from "./term-vectors.js";
import type { DocRecord } from "./types.js";

/**
 * Incremental story clustering. A story is the sum of its documents' TF-IDF vectors plus counts of their
 * places, actors and event types, and the span of their days. A new document retrieves candidate stories
 * through an inverted index of its heaviest words and its places, whose lists keep only the most recently
 * joined stories, so the work per document stays bounded however many stories exist. It joins the
 * best-scoring candidate above a threshold, or starts a story.
 */

export interface Story {
  readonly id: string;
  readonly seq: number;
  readonly docs: Set<string>;
  readonly centroid: Map<string, number>;
  /** Squared length of `centroid`, kept up to date as documents come and go. */
  sumSquares: number;
  readonly places: Map<string, number>;
  readonly actors: Map<string, number>;
  readonly types: Map<string, number>;
  first: number | null;
  last: number | null;
}

/** Score a document needs to join a story. */
export const JOIN_THRESHOLD = 0.3;
/** Stories remembered per index key, most recent last. */
const POSTING_CAP = 48;
/** Words of a document used as index keys. */
const KEY_TERMS = 10;
/** Candidates scored in full, after ranking by shared keys. */
const SCORED_CANDIDATES = 24;

function indexKeys(doc: DocRecord): string[] {
  return [
    ...doc.vector.slice(0, KEY_TERMS).map(([t]) => `t ${t}`),
    ...doc.places.slice(0, 8).map((p) => `p ${p}`),
  ];
}

function bump(counts: Map<string, number>, keys: readonly string[], by: number): void {
  for (const key of keys) {
    const n = (counts.get(key) ?? 0) + by;
    if (n > 0) counts.set(key, n);
    else counts.delete(key);
  }
}

/** Shared keys over the smaller side's count: 1 when one side's keys are all in the other. */
function overlap(keys: readonly string[], counts: ReadonlyMap<string, number>): number {
  if (keys.length === 0 || counts.size === 0) return 0;
  const shared = keys.filter((k) => counts.has(k)).length;
  return shared / Math.min(keys.length, counts.size);
}

/** 1 within three days of the story's span, decaying with a two-week scale beyond; 0.8 when undated. */
function timeFactor(day: number | null, story: Story): number {
  if (day === null || story.first === null || story.last === null) return 0.8;
  const gap = Math.max(0, story.first - day, day - story.last);
  return gap <= 3 ? 1 : Math.exp(-(gap - 3) / 14);
}

/**
 * Text similarity a document needs before places, actors and event types count at all: sharing a town and
 * the usual parties is no story without shared words.
 */
export const MIN_COSINE = 0.12;

export function storyScore(doc: DocRecord, story: Story): number {
  const cosine = cosineWithSum(doc.vector, story.centroid, Math.sqrt(story.sumSquares));
  if (cosine < MIN_COSINE) return 0;
  const content =
    0.6 * cosine +
    0.2 * overlap(doc.places, story.places) +
    0.1 * overlap(doc.actors, story.actors) +
    0.1 * overlap(doc.types, story.types);
  return content * timeFactor(doc.day, story);
}

export function emptyStory(id: string, seq: number): Story {
  return {
    id,
    seq,
    docs: new Set(),
    centroid: new Map(),
    sumSquares: 0,
    places: new Map(),
    actors: new Map(),
    types: new Map(),
    first: null,
    last: null,
  };
}

function addVector(story: Story, vector: TermVector, sign: 1 | -1): void {
  for (const [term, weight] of vector) {
    const before = story.centroid.get(term) ?? 0;
    const after = before + sign * weight;
    story.sumSquares += after * after - before * before;
    if (Math.abs(after) < 1e-9) story.centroid.delete(term);
    else story.centroid.set(term, after);
  }
  if (story.sumSquares < 1e-12) story.sumSquares = 0;
}

export class StoryIndex {
  readonly stories = new Map<string, Story>();
  private readonly postings = new Map<string, string[]>();
  /** Stories scored in full so far: the benchmark reads it to show the work per document stays bounded. */
  scored = 0;

  /** The best story for a document, or null when none scores above the threshold. */
  best(doc: DocRecord): Story | null {
    const shared = new Map<string, number>();
    for (const key of indexKeys(doc)) {
      for (const id of this.postings.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const ranked = [...shared].sort((a, b) => b[1] - a[1]).slice(0, SCORED_CANDIDATES);
    this.scored += ranked.length;
    let best: { story: Story; score: number } | null = null;
    for (const [id] of ranked) {
      const story = this.stories.get(id);
      if (!story) continue;
      const score = storyScore(doc, story);
      if (score >= JOIN_THRESHOLD && (!best || score > best.score)) best = { story, score };
    }
    return best?.story ?? null;
  }

  put(story: Story): void {
    this.stories.set(story.id, story);
  }

  /** Adds a document's features to a story and makes the story the most recent under the document's keys. */
  join(story: Story, doc: DocRecord): void {
    story.docs.add(doc.id);
    addVector(story, doc.vector, 1);
    bump(story.places, doc.places, 1);
    bump(story.actors, doc.actors, 1);
    bump(story.types, doc.types, 1);
    if (doc.day !== null) {
      story.first = story.first === null ? doc.day : Math.min(story.first, doc.day);
      story.last = story.last === null ? doc.day : Math.max(story.last, doc.day);
    }
    for (const key of indexKeys(doc)) this.post(key, story.id);
  }

  /** Takes a document's features out of its story; `days` are the remaining documents' days. */
  leave(story: Story, doc: DocRecord, days: readonly (number | null)[]): void {
    story.docs.delete(doc.id);
    addVector(story, doc.vector, -1);
    bump(story.places, doc.places, -1);
    bump(story.actors, doc.actors, -1);
    bump(story.types, doc.types, -1);
    const known = days.filter((d): d is number => d !== null);
    story.first = known.length > 0 ? Math.min(...known) : null;
    story.last = known.length > 0 ? Math.max(...known) : null;
    if (story.docs.size === 0) this.stories.delete(story.id);
  }

  private post(key: string, id: string): void {
    let ids = this.postings.get(key);
    if (!ids) {
      ids = [];
      this.postings.set(key, ids);
    }
    const at = ids.lastIndexOf(id);
    if (at >= 0) ids.splice(at, 1);
    ids.push(id);
    if (ids.length > POSTING_CAP) ids.shift();
  }
}
