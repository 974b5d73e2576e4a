import type { EventMention } from "../core/layers.js";
import { type ReportedActor, sameActor } from "./actors.js";
import { dateWindow, dayRange, rangeGap } from "./dates.js";
import { typeMatch } from "./event-types.js";
import { sentenceSimilarity } from "./link-input.js";
import { placeRelation } from "./places.js";
import type { MentionRecord } from "./types.js";

/**
 * Whether two event mentions report one event, as a score (higher is surer) or null when they cannot.
 *
 * Hard requirements: compatible types; dates within the window their precisions allow; places that are
 * the same, nested or near. Without a date on one side, only the same story and near-identical wording
 * (or a copy of the same text) can tie them: shared places and actors alone never merge two reports, since
 * one town sees the same parties fight many times. A destination disagreement is a contradiction between
 * two reports firmly tied by date and place, and a sign of two different events otherwise.
 */

export interface MatchContext {
  /** The two mentions' documents are in one story. */
  readonly sameStory: boolean;
}

/** Minimum score to merge a mention into an event. */
export const MERGE_THRESHOLD = 0.6;
/** Share of equal MinHash values above which two undated mentions' sentences are the same report. */
const UNDATED_SENTENCE_SIMILARITY = 0.5;

function actorsOf(m: EventMention): ReportedActor[] {
  const out: ReportedActor[] = [];
  if (m.actor1) out.push({ name: m.actor1, id: m.actor1_id ?? null, inter: m.inter1 ?? null });
  if (m.actor2) out.push({ name: m.actor2, id: m.actor2_id ?? null, inter: m.inter2 ?? null });
  return out;
}

/** 1 when the mentions share an actor, 0 when both name actors and share none, 0.5 when one names none. */
function actorScore(a: EventMention, b: EventMention): number {
  const x = actorsOf(a);
  const y = actorsOf(b);
  if (x.length === 0 || y.length === 0) return 0.5;
  return x.some((p) => y.some((q) => sameActor(p, q))) ? 1 : 0;
}

/** 1 for the same day, falling to 0 at the edge of the window; null outside it or without a date. */
function dateScore(a: EventMention, b: EventMention): number | null {
  const x = dayRange(a.date);
  const y = dayRange(b.date);
  if (!x || !y) return null;
  const window = dateWindow(a.time_precision, b.time_precision);
  const gap = rangeGap(x, y);
  return gap > window ? -1 : 1 - gap / (window + 1);
}

const PLACE_SCORE = { same: 1, contains: 0.8, near: 0.5, unknown: 0.3, far: -1 } as const;

function sameText(a: MentionRecord, b: MentionRecord): boolean {
  return (
    a.copyRoot === b.copyRoot ||
    sentenceSimilarity(a.sentenceSignature, b.sentenceSignature) >= UNDATED_SENTENCE_SIMILARITY
  );
}

/**
 * Within one document the events stage has already told its mentions apart: only same-typed ones with
 * the same date and the same expectation (an event told twice) may still be one. A planned second
 * convoy and the first one that left, dated a day apart, are two events.
 */
function oneEventInOneDoc(m: EventMention, n: EventMention, types: ReturnType<typeof typeMatch>): boolean {
  if (types !== "same") return false;
  if (m.date !== null && n.date !== null && m.date !== n.date) return false;
  return (m.status === "expected") === (n.status === "expected");
}

export function pairScore(a: MentionRecord, b: MentionRecord, context: MatchContext): number | null {
  const m = a.mention;
  const n = b.mention;
  if (Boolean(m.aggregate) !== Boolean(n.aggregate)) return null;
  const types = typeMatch(m, n);
  if (types === "none") return null;
  if (a.doc === b.doc && !oneEventInOneDoc(m, n, types)) return null;
  const actors = actorScore(m, n);
  const denial = m.status === "denied" || n.status === "denied";
  // Across event types, only shared actors (or a denial, which words the event its own way) tie them.
  if (types === "compatible" && m.event_type !== n.event_type && actors < 1 && !denial) return null;
  const places = placeRelation(m.place, n.place);
  if (places === "far") return null;
  if (places === "unknown" && !context.sameStory) return null;
  let date = dateScore(m, n);
  if (date !== null && date < 0) return null;
  if (date === null) {
    if (!context.sameStory || !sameText(a, b)) return null;
    date = 0.5;
  }
  const destinations = placeRelation(m.destination ?? null, n.destination ?? null);
  if ((destinations === "near" || destinations === "far") && (date < 1 || places === "unknown")) return null;
  return (
    0.3 * (types === "same" ? 1 : 0.6) +
    0.25 * date +
    0.25 * PLACE_SCORE[places] +
    0.15 * actors +
    (context.sameStory ? 0.1 : 0)
  );
}

/** Members a mention is compared with: the first and the latest ones of a much-reported event. */
const COMPARED_MEMBERS = 20;

function comparedMembers(members: readonly MentionRecord[]): readonly MentionRecord[] {
  if (members.length <= 2 * COMPARED_MEMBERS) return members;
  return [...members.slice(0, COMPARED_MEMBERS), ...members.slice(-COMPARED_MEMBERS)];
}

/**
 * A mention against a canonical event: compatible with every member (so chains of near matches cannot
 * drift across a month), scored by its best member. A much-reported event is judged by its first and
 * latest members, which keeps the cost per mention bounded.
 */
export function matchScore(
  record: MentionRecord,
  members: readonly MentionRecord[],
  sameStory: (other: MentionRecord) => boolean,
): number | null {
  let best: number | null = null;
  for (const member of comparedMembers(members)) {
    const score = pairScore(record, member, { sameStory: sameStory(member) });
    if (score === null) return null;
    if (best === null || score > best) best = score;
  }
  return best;
}
