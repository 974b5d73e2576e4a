/**
 * Rows of the cross-document linking state (src/link): stories, the documents in them, canonical events and
 * the event mentions merged into them. `data` is the linker's own JSON: the store keeps it verbatim and
 * never reads inside it, so the linker can add fields without a migration. Keys and references are columns,
 * so a store can enforce them (a document's story exists, a mention's event exists).
 */

/** A story: a cluster of documents about the same news story. */
export interface LinkStoryRow {
  readonly id: string;
  readonly data: unknown;
}

/** One article version as the linker saw it, and the story it joined. */
export interface LinkedDocRow {
  readonly id: string;
  /** The article version the link was made from; a newer version makes the article unlinked again. */
  readonly version: number;
  readonly story: string;
  readonly data: unknown;
}

/** A canonical event: one real-world event, reported by one or more mentions. */
export interface CanonicalEventRow {
  readonly id: string;
  readonly data: unknown;
}

/** One event mention of one document (its id within the document's analysis) and the event it joined. */
export interface EventMentionRow {
  readonly doc: string;
  readonly mention: string;
  readonly event: string;
  readonly data: unknown;
}

/** How many linked documents contain a word: the document frequencies behind the linker's TF-IDF. */
export interface TermCountRow {
  readonly term: string;
  readonly docs: number;
}

/** Everything the linker keeps, as loaded at the start of a run. */
export interface LinkState {
  readonly stories: readonly LinkStoryRow[];
  readonly docs: readonly LinkedDocRow[];
  readonly events: readonly CanonicalEventRow[];
  readonly mentions: readonly EventMentionRow[];
  readonly terms: readonly TermCountRow[];
  /** Named integer counters (next story number, documents counted in `terms` …). */
  readonly counters: Readonly<Record<string, number>>;
}

/** A mention to delete, by document and mention id. */
export interface MentionKey {
  readonly doc: string;
  readonly mention: string;
}

/**
 * One atomic change to the linking state. Removals are applied first (mentions, events, documents,
 * stories), then upserts (stories, documents, events, mentions), then term counts and counters; a row
 * upserted replaces the row with the same key. The whole change is one transaction: a reference to a
 * missing story, event or article rejects it and nothing of it is stored.
 */
export interface LinkChanges {
  readonly removedMentions?: readonly MentionKey[];
  readonly removedEvents?: readonly string[];
  readonly removedDocs?: readonly string[];
  readonly removedStories?: readonly string[];
  readonly stories?: readonly LinkStoryRow[];
  readonly docs?: readonly LinkedDocRow[];
  readonly events?: readonly CanonicalEventRow[];
  readonly mentions?: readonly EventMentionRow[];
  /** Sets each term's count (not an increment); a count of 0 removes the term. */
  readonly terms?: readonly TermCountRow[];
  /** Sets each named counter. */
  readonly counters?: Readonly<Record<string, number>>;
}
