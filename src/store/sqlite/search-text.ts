import { normalizeArabic } from "../../text/normalize.js";

/**
 * What goes into the search index and how a user query becomes a safe FTS5 query.
 *
 * FTS5's unicode61 tokenizer cuts text at non-letters, so «بمخيم» (in-camp) is one token and a search for
 * «مخيم» (camp) would miss it. Beside the normalised text we index a second column of clitic-stripped
 * variants: for each token that starts with a conjunction (و ف), a preposition (ب ل ك) and/or the article
 * (ال), every form reachable by stripping them. The query is never stripped, so a typed word matches itself
 * and the same word behind any clitic.
 *
 * Measured against a trigram index on 10,000 ANERcorp-built articles (scripts/bench-store.ts): trigram is 3x
 * the size (16.5 vs 5.6 MB), cannot match terms under three letters, and matches inside unrelated words
 * («قتل» in «واقتلاع»); clitic variants find most of the same hits for whole words at a third of the size.
 */

/** Same token boundaries as FTS5's unicode61 tokenizer (letters, numbers, private use). */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const CONJUNCTIONS = new Set(["و", "ف"]);
const PREPOSITIONS = new Set(["ب", "ل", "ك"]);
const ARTICLE = "ال";
/** Queries longer than this many distinct terms are cut: a search box is not a document. */
const MAX_QUERY_TERMS = 16;

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function tokens(normalized: string): Token[] {
  const out: Token[] = [];
  for (const match of normalized.matchAll(TOKEN)) {
    out.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Forms of a normalised token with leading clitics removed; empty when it has none. */
export function cliticVariants(token: string): string[] {
  const out: string[] = [];
  let rest = token;
  // A one-letter clitic leaves at least three letters, so «ولا» and «فيه» are not cut into «لا» and «يه».
  if (CONJUNCTIONS.has(rest[0] ?? "") && rest.length >= 4) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.startsWith("لل") && rest.length >= 4) {
    // ل + ال writes «لل»: «للمدينة» is «ل» + «المدينة».
    out.push(ARTICLE + rest.slice(2), rest.slice(2));
    return out;
  }
  if (PREPOSITIONS.has(rest[0] ?? "") && rest.length >= 4) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.startsWith(ARTICLE) && rest.length >= 4) out.push(rest.slice(2));
  return out;
}

/** The text of the variants column for one normalised article: every variant of every token, in order. */
export function variantsText(normalized: string): string {
  const parts: string[] = [];
  for (const token of tokens(normalized)) {
    for (const variant of cliticVariants(token.text)) parts.push(variant);
  }
  return parts.join(" ");
}

/** The distinct normalised terms of a user query, in order. */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  for (const token of tokens(normalizeArabic(query))) {
    seen.add(token.text);
    if (seen.size === MAX_QUERY_TERMS) break;
  }
  return [...seen];
}

/**
 * An FTS5 MATCH expression from terms: each term is a quoted phrase, so operators, parentheses, column
 * filters, `*` and `NEAR(` typed by a user are plain words (tokens hold no quote, doubling them is a guard).
 * Terms are ANDed; null when nothing searchable is left.
 */
export function ftsQuery(terms: readonly string[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" AND ");
}
