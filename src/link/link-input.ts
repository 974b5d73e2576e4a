import type { Claim, EventMention, NumberMention } from "../core/layers.js";
import { spansOverlap } from "../core/span.js";
import { minhashSignature } from "../ingest/fingerprint.js";
import { actorKey } from "./actors.js";
import { contentWords } from "./content-words.js";
import { dayNumber, dayRange } from "./dates.js";
import { exactNumber, type ReportedNumber } from "./numbers.js";
import { placeKey } from "./places.js";
import { claimCredit, denialCredit, outletCredit } from "./sources.js";
import type { LinkDocInput, MentionRecord, SourceCredit } from "./types.js";

/** Turns one document's analysis into what the linker compares: content words, keys and mention records. */

/** Characters of an article read for its content words: the story is in the first part of a page. */
const TEXT_PREFIX = 20_000;
/** MinHash values kept per trigger sentence. */
export const SENTENCE_HASHES = 32;

export interface DocFeatures {
  readonly words: string[];
  readonly places: string[];
  readonly actors: string[];
  readonly types: string[];
  readonly day: number | null;
}

export function docFeatures(input: LinkDocInput): DocFeatures {
  const { analysis } = input;
  const head = input.title ? `${input.title}\n` : "";
  const places = analysis.places
    .filter((p) => p.level !== "country")
    .map((p) => placeKey({ ...p, geo_precision: 1 }));
  const actors = analysis.actors
    .filter((a) => a.actor_id !== null)
    .map((a) => actorKey({ name: a.text, id: a.actor_id, inter: a.inter }));
  const eventDays = analysis.events
    .map((e) => dayRange(e.date)?.last ?? null)
    .filter((d): d is number => d !== null);
  return {
    words: contentWords(head + input.text.slice(0, TEXT_PREFIX)),
    places: distinct(places),
    actors: distinct(actors),
    types: distinct(analysis.events.map((e) => e.sub_event_type)),
    day: dayNumber(input.published_at) ?? (eventDays.length > 0 ? Math.max(...eventDays) : null),
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The death toll as the text gave it: the numbers-layer mention under the fatalities span, when there is one. */
function reportedFatalities(mention: EventMention, numbers: readonly NumberMention[]): ReportedNumber | null {
  if (mention.fatalities === null) return null;
  const span = mention.fatalities_span;
  const number = span
    ? numbers.find((n) => spansOverlap(n, span) && n.value === mention.fatalities)
    : undefined;
  if (!number) return exactNumber(mention.fatalities);
  return {
    value: number.value,
    approx: number.approx,
    qualifier: number.qualifier,
    ...(number.max === undefined ? {} : { max: number.max }),
  };
}

/** The claims a mention cites, with every claim that relays them. */
function citedClaims(mention: EventMention, byId: ReadonlyMap<string, Claim>): Claim[] {
  const out = new Map<string, Claim>();
  const visit = (id: string, depth: number) => {
    const claim = byId.get(id);
    if (!claim || out.has(id) || depth > 8) return;
    out.set(id, claim);
    if (claim.via !== undefined) visit(claim.via, depth + 1);
  };
  for (const id of mention.claims) visit(id, 0);
  return [...out.values()];
}

export function mentionRecords(input: LinkDocInput, copyRoot: string): MentionRecord[] {
  const { analysis } = input;
  const byId = new Map(analysis.claims.map((c) => [c.id, c]));
  const outlet = outletCredit(input.outlet, copyRoot);
  return analysis.events.map((mention) => {
    const sentence = input.text.slice(mention.sentence.start, mention.sentence.end);
    return {
      doc: input.id,
      version: input.version,
      mention,
      outlet: input.outlet,
      published_at: input.published_at,
      credit: mainCredit(mention, byId, outlet),
      copyRoot,
      claims: citedClaims(mention, byId),
      fatalities: reportedFatalities(mention, analysis.numbers),
      sentenceSignature: [...minhashSignature(sentence).subarray(0, SENTENCE_HASHES)],
    };
  });
}

/**
 * Who the mention's own status is credited to: a denied event to its first claim's denier, another to its
 * first claim that is not a denial (denials inside a report are reports of their own, see corroboration).
 */
function mainCredit(
  mention: EventMention,
  byId: ReadonlyMap<string, Claim>,
  outlet: SourceCredit,
): SourceCredit {
  const claims = mention.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
  if (mention.status === "denied") {
    const denial = claims.find((c) => c.certainty === "denied") ?? claims[0];
    return denial ? denialCredit(denial, byId, outlet) : outlet;
  }
  const first = claims.find((c) => c.certainty !== "denied");
  return first ? claimCredit(first, byId, outlet) : outlet;
}

/** Share of equal MinHash values: an estimate of the two sentences' word-shingle overlap. */
export function sentenceSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / n;
}
