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
}

export type LayerName = keyof LayerMap;
