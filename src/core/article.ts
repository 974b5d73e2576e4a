/** An article as read from input, before analysis. Field names follow the public input format. */
export interface Article {
  readonly id: string;
  readonly text: string;
  readonly source: string | null;
  readonly url: string | null;
  /** `YYYY-MM-DD` or a full ISO timestamp, as given; null when unknown. */
  readonly published_at: string | null;
  readonly title?: string | null;
}

/** Where an input record came from, for error messages and provenance: file and 1-based line. */
export interface Origin {
  readonly file: string;
  readonly line: number | null;
}
