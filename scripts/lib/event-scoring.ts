/**
 * Matching and scoring for the event and attribution gold files (docs/codebook.md, "Scoring").
 *
 * Events: a system event matches a gold event when the compared label (sub-type or type) is equal and
 * one of its trigger spans (the trigger, or a `mentions` trigger when the event lists them) overlaps one
 * of the gold event's spans (trigger or mentions), or lies in the same sentence at most 40 characters
 * away. Pairs are taken greedily, closest first, each event used once. Claims: cues match on overlap,
 * most-overlapping first, one to one.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The fields of an event the scorer reads; both gold records and system `EventMention`s fit. */
export interface ScoredEvent {
  readonly sub_event_type: string;
  readonly event_type: string;
  readonly trigger: Span;
  /** Gold: later mentions' triggers. System: spans, or objects holding a `trigger` span. */
  readonly mentions?: readonly (Span | { readonly trigger: Span })[];
  readonly status?: string;
  readonly aggregate?: boolean;
}

export interface ScoredClaim {
  readonly cue: Span;
  readonly certainty: string;
}

export interface Matching<G, S> {
  readonly pairs: readonly { readonly gold: G; readonly system: S }[];
  readonly missed: readonly G[];
  readonly falseAlarms: readonly S[];
}

export const MAX_GAP = 40;

/** Every trigger span of an event: its own and those of its listed mentions. */
export function eventSpans(event: ScoredEvent): Span[] {
  const spans: Span[] = [event.trigger];
  for (const mention of event.mentions ?? []) spans.push("trigger" in mention ? mention.trigger : mention);
  return spans;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function sentenceOf(span: Span, sentences: readonly Span[]): Span | undefined {
  return sentences.find((s) => s.start <= span.start && span.start < s.end);
}

/**
 * How far apart two spans are for matching: 0 when they overlap, the character gap when both lie in
 * the same sentence and the gap is at most `maxGap`, otherwise null (no match).
 */
export function spanDistance(a: Span, b: Span, sentences: readonly Span[], maxGap = MAX_GAP): number | null {
  if (overlaps(a, b)) return 0;
  const gap = a.start >= b.end ? a.start - b.end : b.start - a.end;
  if (gap > maxGap) return null;
  const sentence = sentenceOf(a, sentences);
  return sentence !== undefined && sentence === sentenceOf(b, sentences) ? gap : null;
}

function eventDistance(gold: ScoredEvent, system: ScoredEvent, sentences: readonly Span[]): number | null {
  let best: number | null = null;
  for (const g of eventSpans(gold)) {
    for (const s of eventSpans(system)) {
      const d = spanDistance(g, s, sentences);
      if (d !== null && (best === null || d < best)) best = d;
    }
  }
  return best;
}

/** Pairs candidates one to one, lowest cost first; ties keep the gold then system order. */
function greedy<G, S>(
  gold: readonly G[],
  system: readonly S[],
  cost: (g: G, s: S) => number | null,
): Matching<G, S> {
  const candidates: { g: number; s: number; cost: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      const c = cost(g, s);
      if (c !== null) candidates.push({ g: gi, s: si, cost: c });
    });
  });
  candidates.sort((a, b) => a.cost - b.cost || a.g - b.g || a.s - b.s);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: { gold: G; system: S }[] = [];
  for (const { g, s } of candidates) {
    if (usedGold.has(g) || usedSystem.has(s)) continue;
    usedGold.add(g);
    usedSystem.add(s);
    pairs.push({ gold: gold[g]!, system: system[s]! });
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    falseAlarms: system.filter((_, i) => !usedSystem.has(i)),
  };
}

export type EventLevel = "sub_event_type" | "event_type";

export function matchEvents<G extends ScoredEvent, S extends ScoredEvent>(
  gold: readonly G[],
  system: readonly S[],
  sentences: readonly Span[],
  level: EventLevel = "sub_event_type",
): Matching<G, S> {
  return greedy(gold, system, (g, s) => (g[level] === s[level] ? eventDistance(g, s, sentences) : null));
}

export function matchClaims<G extends ScoredClaim, S extends ScoredClaim>(
  gold: readonly G[],
  system: readonly S[],
): Matching<G, S> {
  return greedy(gold, system, (g, s) => {
    if (!overlaps(g.cue, s.cue)) return null;
    // More shared characters is a better pair: the cost falls as the overlap grows.
    return -(Math.min(g.cue.end, s.cue.end) - Math.max(g.cue.start, s.cue.start));
  });
}

/** Drops system items whose every span lies inside an ignored range (page furniture). */
export function withoutIgnored<T>(
  items: readonly T[],
  spans: (item: T) => Span[],
  ignore: readonly Span[],
): T[] {
  if (ignore.length === 0) return [...items];
  const inside = (span: Span) => ignore.some((r) => r.start <= span.start && span.end <= r.end);
  return items.filter((item) => !spans(item).every(inside));
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1; 0 (not NaN) when a denominator is empty. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addMatching(counts: Counts, matching: Matching<unknown, unknown>): void {
  counts.tp += matching.pairs.length;
  counts.fp += matching.falseAlarms.length;
  counts.fn += matching.missed.length;
}

/** Counts per label: a pair counts for its gold label, a miss for its gold label, a false alarm for its own. */
export function countsByLabel<G, S>(
  matching: Matching<G, S>,
  goldLabel: (g: G) => string,
  systemLabel: (s: S) => string,
  into: Map<string, Counts> = new Map(),
): Map<string, Counts> {
  const get = (label: string) => {
    let c = into.get(label);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      into.set(label, c);
    }
    return c;
  };
  for (const { gold } of matching.pairs) get(goldLabel(gold)).tp++;
  for (const g of matching.missed) get(goldLabel(g)).fn++;
  for (const s of matching.falseAlarms) get(systemLabel(s)).fp++;
  return into;
}

/** Share of matched pairs whose `field` agrees, with the counts it came from. */
export function agreement<G, S>(
  matching: Matching<G, S>,
  goldValue: (g: G) => string | undefined,
  systemValue: (s: S) => string | undefined,
): { agree: number; total: number } {
  const agree = matching.pairs.filter(({ gold, system }) => goldValue(gold) === systemValue(system)).length;
  return { agree, total: matching.pairs.length };
}
