import type { Claim } from "../core/layers.js";
import type { TextSpan } from "../core/span.js";
import { sentenceSimilarity } from "./link-input.js";
import { denialCredit, nameKey, outletCredit, sameCredit } from "./sources.js";
import type { MentionRecord, SourceCredit } from "./types.js";

/**
 * Who says what about one canonical event, and how many independent sources that is. Each mention is a
 * report (happened, denied or neither, from its status); a denial claim inside a mention that does not
 * itself deny («نفت وزارة الدفاع ذلك» after an outlet reports the strike) is a second report, from the denier.
 * Reports are one source when their credits are one source, when they sit in copies of one wire text (the
 * store's exact and near-duplicate marks), or when their sentences are near-identical (a wire text quoted
 * inside a longer article).
 */

export type Stance = "happened" | "denied" | "other";
export const CORROBORATIONS = ["confirmed", "single-source", "contested", "denied"] as const;
export type Corroboration = (typeof CORROBORATIONS)[number];

export interface Report {
  readonly record: MentionRecord;
  readonly credit: SourceCredit;
  readonly stance: Stance;
  /** The words that carry the stance: the trigger, or the denial's cue. */
  readonly span: TextSpan;
  /** "main" for the mention's own status, else the denial claim's id. */
  readonly slot: string;
}

/** Share of equal MinHash values above which two trigger sentences are one wire text. */
export const WIRE_SENTENCE_SIMILARITY = 0.6;

function stanceOf(record: MentionRecord): Stance {
  const status = record.mention.status;
  if (status === "happened" || status === "ongoing") return "happened";
  return status === "denied" ? "denied" : "other";
}

export function reportsOf(record: MentionRecord): Report[] {
  const main: Report = {
    record,
    credit: record.credit,
    stance: stanceOf(record),
    span: record.mention.trigger,
    slot: "main",
  };
  if (main.stance === "denied") return [main];
  const byId = new Map<string, Claim>(record.claims.map((c) => [c.id, c]));
  const outlet = outletCredit(record.outlet, record.copyRoot);
  const denials = record.claims
    .filter((c) => c.certainty === "denied" && record.mention.claims.includes(c.id))
    .map(
      (claim): Report => ({
        record,
        credit: denialCredit(claim, byId, outlet),
        stance: "denied",
        span: claim.cue,
        slot: `denial ${nameKey(claim.source.text)}`,
      }),
    );
  return [main, ...denials];
}

function oneSource(a: Report, b: Report): boolean {
  if (sameCredit(a.credit, b.credit)) return true;
  if (a.slot !== b.slot) return false;
  if (a.record.copyRoot === b.record.copyRoot) return true;
  return (
    a.slot === "main" &&
    sentenceSimilarity(a.record.sentenceSignature, b.record.sentenceSignature) >= WIRE_SENTENCE_SIMILARITY
  );
}

/** Group number of each report: reports with one number are one source. Pairwise, so for one event only. */
export function sourceGroups(reports: readonly Report[]): number[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (find(i) !== find(j) && oneSource(reports[i]!, reports[j]!)) parent[find(j)] = find(i);
    }
  }
  return reports.map((_, i) => find(i));
}

export interface SourceCount {
  readonly reports: readonly Report[];
  readonly groups: readonly number[];
  /** Independent sources reporting the event in any way. */
  readonly independent: number;
  /** Independent sources that report it as having happened. */
  readonly happened: number;
  readonly denied: number;
}

export function countSources(records: readonly MentionRecord[]): SourceCount {
  const reports = records.flatMap(reportsOf);
  const groups = sourceGroups(reports);
  const distinct = (stance?: Stance) =>
    new Set(groups.filter((_, i) => stance === undefined || reports[i]!.stance === stance)).size;
  return {
    reports,
    groups,
    independent: distinct(),
    happened: distinct("happened"),
    denied: distinct("denied"),
  };
}

/**
 * The label: denied when any source denies the event; else contested when sources disagree on a key field
 * (any contradiction); else confirmed when two or more independent sources report it as happened.
 */
export function corroboration(count: SourceCount, contradictions: number): Corroboration {
  if (count.denied > 0) return "denied";
  if (contradictions > 0) return "contested";
  return count.happened >= 2 ? "confirmed" : "single-source";
}
