import { normalizeArabic } from "../../text/normalize.js";
import { queryTerms, tokens, variantsText } from "../sqlite/search-text.js";

/**
 * What PostgreSQL indexes for an article and searches for a query: the same normalised words and clitic
 * variants as SQLite's FTS5 index (src/store/sqlite/search-text.ts), so both stores find the same articles.
 *
 * The words are cut here, in JavaScript, and handed to `to_tsvector('simple', …)` joined by single spaces.
 * PostgreSQL's own parser would cut differently from FTS5 («غارة-جوية» as one hyphenated word, and in the C
 * locale Arabic punctuation counts as a letter); given only letters and digits between spaces, it keeps each
 * word whole, whatever the database's locale. The query is cut by the same function and passed the same way
 * to `plainto_tsquery`, which ANDs the words and interprets no operator.
 */

/**
 * A tsvector holds at most 1 MiB of words and positions (MAXSTRPOS); past that, to_tsvector fails the whole
 * statement. An article's indexed words are cut where the tsvector they make would pass this many bytes, so
 * an enormous article is stored, and searchable by its first part, instead of failing its batch.
 */
export const MAX_TSVECTOR_BYTES = 1_000_000;

export interface SearchDocument {
  /** Normalised words, weight A. */
  readonly words: string;
  /** Clitic-stripped variants, weight B: half a word's weight, as SQLite's bm25(1.0, 0.5). */
  readonly variants: string;
}

export function searchDocument(text: string, maxBytes: number = MAX_TSVECTOR_BYTES): SearchDocument {
  const norm = normalizeArabic(text);
  const size = new TsvectorSize(maxBytes);
  const words = size.takeWhileFits(tokens(norm).map((token) => token.text));
  const variants = size.takeWhileFits(variantsText(norm).split(" "));
  return { words: words.join(" "), variants: variants.join(" ") };
}

/** The query's distinct normalised words (for the snippet) and the text for plainto_tsquery. */
export function searchQuery(query: string): { terms: string[]; text: string } {
  const terms = queryTerms(query);
  return { terms, text: terms.join(" ") };
}

/**
 * An upper bound on the bytes of the tsvector built from the words added so far, as PostgreSQL counts them:
 * each distinct word's UTF-8 bytes, at most one byte of alignment and a two-byte position count, and two
 * bytes per occurrence (PostgreSQL keeps at most 256, so repeated words are over-counted, never under).
 */
export class TsvectorSize {
  private readonly seen = new Set<string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The words, in order, up to the first that would take the size past the limit. */
  takeWhileFits(words: readonly string[]): string[] {
    const kept: string[] = [];
    for (const word of words) {
      if (word === "") continue;
      const cost = 2 + (this.seen.has(word) ? 0 : Buffer.byteLength(word) + 3);
      if (this.bytes + cost > this.maxBytes) break;
      this.bytes += cost;
      this.seen.add(word);
      kept.push(word);
    }
    return kept;
  }
}
