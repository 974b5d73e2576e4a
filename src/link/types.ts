import type { AnalysisJson } from "../analyze/analysis-json.js";
import type { Claim, EventMention } from "../core/layers.js";
import type { ReportedNumber } from "./numbers.js";
import type { TermVector } from "./term-vectors.js";

/** What the linker needs of one stored article version and its analysis. */
export interface LinkDocInput {
  readonly id: string;
  readonly version: number;
  readonly text: string;
  /** The outlet that published it (the article's `source`). */
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly title: string | null;
  /** The stored article this one is an exact or near-duplicate copy of (the store's marks). */
  readonly copyOf: string | null;
  readonly analysis: Pick<
    AnalysisJson,
    "sentences" | "places" | "actors" | "numbers" | "claims" | "events" | "dates"
  >;
}

/**
 * Who a mention is credited to when counting independent sources. A document's own voice and anonymous or
 * unnamed sources it quotes («مصادر مطلعة», a relayed page's sources) count as its outlet; a named source it
 * quotes (a monitor, an agency, an official body) counts as that source, so two outlets quoting one monitor
 * are one source.
 */
export interface SourceCredit {
  /** Identity: equal keys are one source. */
  readonly key: string;
  /** Display name: the outlet, or the quoted source's words. */
  readonly name: string;
  readonly via: "outlet" | "quoted";
}

/** One event mention as the linker keeps it: the analysis' mention and what linking needs besides. */
export interface MentionRecord {
  readonly doc: string;
  readonly version: number;
  readonly mention: EventMention;
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly credit: SourceCredit;
  /** The first article of the wire text this document copies (itself when it copies none). */
  readonly copyRoot: string;
  /** The claims the mention cites, and the claims that relay them. */
  readonly claims: readonly Claim[];
  /** The fatalities with how exact the text gave them; null when the mention gives none. */
  readonly fatalities: ReportedNumber | null;
  /** MinHash values of the trigger sentence's words: near-equal sentences are one wire text. */
  readonly sentenceSignature: readonly number[];
}

/** One linked document as the linker keeps it. */
export interface DocRecord {
  readonly id: string;
  readonly version: number;
  story: string;
  /**
   * When it was linked: the linker's count of linked documents then. A reloaded linker replays documents
   * and mentions in this order, so its candidate lists and sums are the live linker's, not the store's order.
   */
  readonly linked: number;
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly title: string | null;
  /** Reference day (publication day, else the latest event day) as a day number. */
  readonly day: number | null;
  readonly copyOf: string | null;
  readonly copyRoot: string;
  readonly vector: TermVector;
  readonly places: readonly string[];
  readonly actors: readonly string[];
  readonly types: readonly string[];
  /** Mention ids of the document's events, in the order the analysis gives them. */
  readonly mentions: readonly string[];
}
