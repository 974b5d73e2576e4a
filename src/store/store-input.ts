import { errorMessage, MarsadError } from "../core/errors.js";
import type { ArticleInput, ListOptions } from "./store.js";

/** Checks every store implementation makes the same way, so they reject the same input with the same words. */

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

/** Input is typed, but records arrive from files and casts: say which field is wrong before the database does. */
export function validateArticleInput(input: ArticleInput): void {
  const fail = (field: string, expected: string) => {
    throw new MarsadError("invalid_article", `field "${field}" must be ${expected}`);
  };
  if (typeof input.id !== "string" || input.id === "") fail("id", "a non-empty string");
  if (typeof input.text !== "string") fail("text", "a string");
  if (typeof input.contentHash !== "string" || input.contentHash === "")
    fail("contentHash", "a non-empty string");
  if (!Array.isArray(input.bands) || input.bands.some((b) => typeof b !== "string")) {
    fail("bands", "an array of strings");
  }
  if (!(input.signature instanceof Uint32Array)) fail("signature", "a Uint32Array");
  for (const field of ["source", "url", "published_at", "title"] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && typeof value !== "string") fail(field, "a string or null");
  }
}

/** The error that rejects a whole batch: which record failed, why, and that nothing of it was stored. */
export function batchError(articles: readonly ArticleInput[], index: number, error: unknown): MarsadError {
  const article = articles[index];
  const id = typeof article?.id === "string" ? article.id : String(article?.id);
  return new MarsadError(
    "store_write",
    `article "${id}" (record ${index + 1} of ${articles.length}): ${errorMessage(error)}; ` +
      "nothing of this batch was stored",
    { cause: error },
  );
}

/** Limit and offset with defaults; the limit is capped so one call cannot ask for the whole store. */
export function pageOf(options: ListOptions): { limit: number; offset: number } {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new MarsadError(
      "invalid_page",
      `limit and offset must be non-negative integers (${limit}, ${offset})`,
    );
  }
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}
