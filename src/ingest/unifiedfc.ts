import { createHash } from "node:crypto";
import type { Origin } from "../core/article.js";
import { errorItem, typeName } from "./record.js";
import type { Defaults, IngestItem } from "./types.js";

/**
 * Adapter for the UnifiedFC corpus (Baly et al. 2018): one JSON object per claim, with parallel arrays
 * `article[]` and `url[]`. Each entry becomes one article. The same URL appears under several claims, so
 * the id comes from the URL alone and the store sees one article (with versions if the scraped texts differ).
 * The claim, stance and rationale fields are labels for evaluation, not article metadata, and are ignored.
 */

export interface UnifiedFcClaim {
  readonly claim: string;
  readonly article: readonly unknown[];
  readonly [field: string]: unknown;
}

/** A JSON object shaped like a UnifiedFC claim file: `claim` text and an `article` array. */
export function isUnifiedFcClaim(value: unknown): value is UnifiedFcClaim {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.claim === "string" && Array.isArray(record.article);
}

/** Stable article id for a URL: "ufc-" and the first 16 hex digits of its SHA-256. */
export function unifiedFcId(url: string): string {
  return `ufc-${createHash("sha256").update(url.trim()).digest("hex").slice(0, 16)}`;
}

/** The host of a URL without "www.", as a stand-in for the outlet's name; null if the URL does not parse. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url.trim()).hostname.toLowerCase();
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function entryItem(
  text: unknown,
  url: unknown,
  index: number,
  origin: Origin,
  defaults: Defaults,
): IngestItem {
  if (typeof url !== "string" || url.trim() === "") {
    return errorItem(
      origin,
      `url[${index}]`,
      `must be a non-empty string (the article's id comes from it), got ${typeName(url)}`,
    );
  }
  if (typeof text !== "string")
    return errorItem(origin, `article[${index}]`, `must be a string, got ${typeName(text)}`);
  if (text.trim() === "") return errorItem(origin, `article[${index}]`, "must not be empty");
  const trimmedUrl = url.trim();
  const article = {
    id: unifiedFcId(trimmedUrl),
    text,
    source: defaults.source ?? hostOf(trimmedUrl),
    url: trimmedUrl,
    published_at: defaults.published_at,
  };
  return { kind: "article", article, origin };
}

/** One item per entry of `article[]`: an article, or an error naming the entry's index. */
export function unifiedFcItems(value: unknown, origin: Origin, defaults: Defaults): IngestItem[] {
  if (!isUnifiedFcClaim(value)) {
    return [
      errorItem(
        origin,
        null,
        'not a UnifiedFC claim (expected an object with "claim" text and an "article" array)',
      ),
    ];
  }
  const urls = value.url;
  if (!Array.isArray(urls)) return [errorItem(origin, "url", `must be an array, got ${typeName(urls)}`)];
  const items: IngestItem[] = [];
  if (urls.length !== value.article.length) {
    items.push(
      errorItem(
        origin,
        "url",
        `has ${urls.length} entries but "article" has ${value.article.length}; extra entries skipped`,
      ),
    );
  }
  const count = Math.min(urls.length, value.article.length);
  for (let i = 0; i < count; i++) items.push(entryItem(value.article[i], urls[i], i, origin, defaults));
  if (count === 0) items.push(errorItem(origin, "article", "no articles", "warning"));
  return items;
}
