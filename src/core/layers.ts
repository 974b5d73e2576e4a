import type { Span, TextSpan } from "./span.js";

/**
 * The normalised form of a document's text with a map back to the raw text.
 * For normalised code unit `i`, the raw text it came from is `[starts[i], ends[i])`.
 * Removed characters (diacritics, tatweel, bidi marks) belong to no normalised unit; one raw
 * character can expand to several normalised units (presentation-form ligatures), all mapping to it.
 */
export interface NormalizedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export type TokenKind = "arabic" | "latin" | "number" | "punct" | "symbol";

/**
 * A token: a span of raw text with its normalised form. Arabic tokens may carry clitic sub-spans
 * (proclitics such as و ف ب ك ل ال س before the stem, pronoun suffixes after it), all in raw offsets.
 */
export interface Token extends Span {
  readonly kind: TokenKind;
  /** Normalised form of the whole token. */
  readonly norm: string;
  /** The stem without clitics, raw offsets; absent when the token has no clitics. */
  readonly stem?: Span;
  /** Normalised form of the stem; equals `norm` when there are no clitics. */
  readonly stemNorm: string;
  readonly prefixes?: readonly Span[];
  readonly suffixes?: readonly Span[];
}

export type Sentence = Span;

export type EntityType = "PERS" | "LOC" | "ORG" | "MISC";

export interface EntityMention extends TextSpan {
  readonly type: EntityType;
}

export type PlaceLevel =
  | "country"
  | "governorate"
  | "district"
  | "subdistrict"
  | "city"
  | "town"
  | "village"
  | "neighbourhood"
  | "camp"
  | "region"
  | "street"
  | "landmark";

export interface PlaceMention extends TextSpan {
  readonly level: PlaceLevel;
  readonly pcode: string | null;
  readonly geonames_id: number | null;
  readonly name_en: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly admin1?: string | null;
  readonly admin2?: string | null;
  readonly admin3?: string | null;
  readonly country?: string | null;
  /** Other gazetteer entries the words could name, when the context did not settle it. */
  readonly candidates?: readonly string[];
}

export interface ActorMention extends TextSpan {
  readonly actor_id: string | null;
  readonly name_en: string | null;
  /** ACLED actor type code 1–8; null when the mention is not resolved. */
  readonly inter: number | null;
  readonly partisan?: boolean;
}

export type DateKind = "point" | "range" | "duration" | "set";
export type DatePrecision = "day" | "month" | "year";

export interface DateMention extends TextSpan {
  readonly kind: DateKind;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `start/end` for ranges, ISO 8601 duration; null when unresolved. */
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly time_of_day: string | null;
  /** The clock time the text gives («الساعة العاشرة والنصف صباحاً» → "10:30"), 24-hour; absent when none. */
  readonly time?: string;
  readonly resolved: boolean;
}

export interface NumberMention extends TextSpan {
  readonly value: number;
  readonly approx: boolean;
  /** about, more_than, less_than, at_least, at_most, range … null when the number is exact. */
  readonly qualifier: string | null;
  /** The noun being counted (fighters, civilians, killed, buses …); null when it is not a count. */
  readonly counts: string | null;
  /** Upper bound for ranges («بين 10 و15»). */
  readonly max?: number;
}

/** The certainty a text gives a statement, in the order of the output format. */
export const CERTAINTIES = ["confirmed", "reported", "rumoured", "expected", "denied"] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * Who a statement comes from. `monitor` (SOHR, SNHR …), `outlet` (agencies, papers, TV, websites),
 * `social_media` (pages, channels, accounts), `official` (governments, ministries, spokespeople),
 * `military` (army or armed-group sources, «مصدر عسكري»), `organisation` (UN, NGOs, Red Crescent),
 * `witness` («شهود عيان», residents), `anonymous` («مصادر مطلعة», «مصادر محلية»), `person` (a named
 * individual), `author` (the article's own voice: no source in the text).
 */
export const SOURCE_KINDS = [
  "monitor",
  "outlet",
  "social_media",
  "official",
  "military",
  "organisation",
  "witness",
  "anonymous",
  "person",
  "author",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface ClaimSource {
  /** The words naming the source («المرصد السوري», «مصادر مطلعة»); "" for the article's own voice. */
  readonly text: string;
  /** Span of `text`; absent for `author`. */
  readonly start?: number;
  readonly end?: number;
  readonly kind: SourceKind;
  /** The loyalty the text gives the source: pro-government, opposition … null when the text says none. */
  readonly affiliation: string | null;
  /** The words that gave the affiliation («المؤيدة لنظام الأسد»). */
  readonly affiliation_span?: TextSpan;
  /** The actor dictionary entry the source names, when it names one. */
  readonly actor_id?: string | null;
  /**
   * The words at the claim when they only refer back to the source («ونقلت الصفحة» → the page named
   * before): `text`, `start` and `end` then name the source where it was first named.
   */
  readonly ref?: TextSpan;
}

/** The outlet a source gave its statement to («في تصريح لـ"ربيع الثورة"»). */
export interface ClaimMedium extends TextSpan {
  readonly actor_id?: string | null;
}

/**
 * An attributed statement (NewsReader NAF's source / cue / content). `via` chains relays: in «نقلت
 * الصفحة عن مصادر مطلعة قولها إن …» the page's claim is the outer one and the sources' claim has
 * `via` = the page's claim id.
 */
export interface Claim {
  readonly id: string;
  readonly source: ClaimSource;
  readonly cue: TextSpan;
  readonly content: Span;
  readonly certainty: Certainty;
  /** The claim that relays this one, when a source is quoted through another. */
  readonly via?: string;
  /**
   * The innermost other claim whose content holds this claim's cue («نشر المرصد أنه رصد …»: the «رصد»
   * claim's parent is the «نشر» claim; a rumour inside a denial has the denial as parent).
   */
  readonly parent?: string;
  readonly medium?: ClaimMedium;
  /**
   * The source this claim passes on when the text gives it no cue of its own: «نقلت الوكالة عن مصدر أمني
   * أن …» is the agency's claim with the security source as origin. With a cue («قوله», «نقلاً عن») the
   * relayed source has a claim of its own instead, with `via`.
   */
  readonly origin?: ClaimSource;
}

export type EventType =
  | "Battles"
  | "Violence against civilians"
  | "Explosions/Remote violence"
  | "Riots"
  | "Protests"
  | "Strategic developments";

export const EVENT_STATUSES = ["happened", "ongoing", "expected", "rumoured", "denied"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** 1 = the exact place, 2 = near it or a part of a region, 3 = only a larger area is known. */
export type GeoPrecision = 1 | 2 | 3;
/** 1 = the day, 2 = the week or a few days, 3 = only the month. */
export type TimePrecision = 1 | 2 | 3;

export interface EventPlace {
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
  readonly pcode: string | null;
  readonly geonames_id?: number | null;
  readonly name_en?: string | null;
  readonly level?: PlaceLevel;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly admin1?: string | null;
  readonly admin2?: string | null;
  readonly admin3?: string | null;
  readonly country?: string | null;
  readonly geo_precision: GeoPrecision;
}

/** A quantity an event reports besides fatalities: people moved, buses, fighters, arrests … */
export interface EventQuantity extends TextSpan {
  readonly value: number;
  readonly counts: string | null;
  readonly approx: boolean;
}

/**
 * One event mention in one document, coded in ACLED's taxonomy. Every value that came from the text keeps
 * the span that gave it (`*_span` fields), so exports and contradictions can show the words.
 */
export interface EventMention {
  readonly id: string;
  readonly event_type: EventType;
  readonly sub_event_type: string;
  readonly trigger: TextSpan;
  /** The sentence the trigger sits in. */
  readonly sentence: Span;
  /** `YYYY-MM-DD`, or `start/end` for aggregate events; null when neither text nor publication date fix it. */
  readonly date: string | null;
  readonly time_precision: TimePrecision;
  readonly date_span?: TextSpan;
  readonly time_of_day?: string | null;
  readonly place: EventPlace | null;
  /** Where people or forces were moved to (evacuations, transfers), when the text says. */
  readonly destination?: EventPlace | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly actor1_id?: string | null;
  readonly actor2_id?: string | null;
  readonly actor1_span?: TextSpan;
  readonly actor2_span?: TextSpan;
  readonly assoc_actor_1?: string | null;
  readonly assoc_actor_2?: string | null;
  readonly inter1?: number | null;
  readonly inter2?: number | null;
  /** Counted killed people only; null when the text gives no death toll. */
  readonly fatalities: number | null;
  readonly fatalities_span?: TextSpan;
  readonly quantities?: readonly EventQuantity[];
  readonly status: EventStatus;
  /** True for summaries of many incidents over a period; `date` is then a range. */
  readonly aggregate?: boolean;
  /** Ids of the claims that report this event. */
  readonly claims: readonly string[];
  /** Trigger words of the later mentions of the same event in this document (merged into this one). */
  readonly mentions?: readonly TextSpan[];
}

/** Every layer a stage can add, by name. A document holds a subset of these. */
export interface LayerMap {
  readonly normalized: NormalizedText;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  readonly places: readonly PlaceMention[];
  readonly actors: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly claims: readonly Claim[];
  readonly events: readonly EventMention[];
}

export type LayerName = keyof LayerMap;
