import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { Certainty, EventStatus, EventType, SourceKind } from "../../src/core/layers.js";
import { packageRoot, sharedDataPath } from "../../src/core/paths.js";
import type { Span } from "../../src/core/span.js";
import { unifiedFcId } from "../../src/ingest/unifiedfc.js";

/**
 * The event and attribution gold files (data/gold/events-*.jsonl, described in docs/codebook.md): one
 * annotated article per line. UnifiedFC articles are referenced (claim file, index, SHA-256 of the exact
 * text), never copied; the loader reads them from the shared data in place.
 */

export interface GoldSpan extends Span {
  readonly quote: string;
}

export interface GoldEvent {
  readonly sub_event_type: string;
  readonly event_type: EventType;
  /** The first mention's trigger words. */
  readonly trigger: GoldSpan;
  /** Triggers of later mentions of the same event (headline repeated in the body …). */
  readonly mentions?: readonly GoldSpan[];
  readonly status: EventStatus;
  readonly aggregate: boolean;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly place: string | null;
  readonly fatalities: number | null;
  readonly date: string | null;
  readonly note?: string;
}

export interface GoldClaim {
  readonly cue: GoldSpan;
  readonly source: string;
  /** `author` only for impersonal cues («من المتوقع», «يشاع»): no source is named. */
  readonly source_kind: SourceKind;
  readonly certainty: Certainty;
}

export interface GoldArticle {
  readonly id: string;
  readonly source: "unifiedfc" | "seeds";
  readonly claim_file?: string;
  readonly article_index?: number;
  readonly text_sha256: string;
  readonly published_at: string | null;
  /** Scraped page furniture (menus, related-article teasers): events found there are neither hits nor errors. */
  readonly ignore?: readonly Span[];
  readonly events: readonly GoldEvent[];
  readonly claims: readonly GoldClaim[];
}

export { CERTAINTIES, EVENT_STATUSES as STATUSES, SOURCE_KINDS } from "../../src/core/layers.js";
// The gold set is checked against the product's own vocabularies, so the two can never drift apart.
export { ACLED_SUB_EVENT_TYPES as SUB_EVENT_TYPES, eventTypeOf } from "../../src/events/acled-types.js";

export const GOLD_DEV_PATH = `${packageRoot}/data/gold/events-dev.jsonl`;
export const GOLD_HELDOUT_PATH = `${packageRoot}/data/gold/events-heldout.jsonl`;

export function readGoldArticles(path: string): GoldArticle[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldArticle;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
      }
    });
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** One source article as found in the shared data. */
export interface SourceArticle {
  readonly id: string;
  readonly text: string;
  readonly url: string | null;
  readonly published_at: string | null;
}

const claimFiles = new Map<string, { article: unknown[]; url: unknown[] }>();

function claimFile(name: string): { article: unknown[]; url: unknown[] } | null {
  const cached = claimFiles.get(name);
  if (cached) return cached;
  const path = sharedDataPath("unifiedfc", "claims", name);
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, "utf8")) as { article: unknown[]; url: unknown[] };
  claimFiles.set(name, parsed);
  return parsed;
}

/** A UnifiedFC entry by claim file and index, with its Marsad id; null when absent. */
export function unifiedFcArticle(file: string, index: number): SourceArticle | null {
  const claim = claimFile(file);
  const text = claim?.article[index];
  const url = claim?.url[index];
  if (typeof text !== "string" || typeof url !== "string") return null;
  return { id: unifiedFcId(url), text, url: url.trim(), published_at: null };
}

/** A reference report from seeds/seeds.jsonl by id; null when absent. */
export function seedArticle(id: string): SourceArticle | null {
  const path = sharedDataPath("seeds", "seeds.jsonl");
  if (!existsSync(path)) return null;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const seed = JSON.parse(line) as SourceArticle;
    if (seed.id === id) return { id, text: seed.text, url: seed.url, published_at: seed.published_at };
  }
  return null;
}

/** True when the shared corpora the gold files point into are present beside the checkout. */
export function sharedDataAvailable(): boolean {
  return existsSync(sharedDataPath("unifiedfc", "claims")) && existsSync(sharedDataPath("seeds"));
}

/** The exact text a gold record was annotated on, or an error message saying why it cannot be had. */
export function goldArticleText(gold: GoldArticle): { text: string } | { error: string } {
  const found =
    gold.source === "seeds"
      ? seedArticle(gold.id)
      : unifiedFcArticle(gold.claim_file ?? "", gold.article_index ?? -1);
  if (found === null) return { error: `${gold.id}: article not found in the shared data` };
  if (found.id !== gold.id) return { error: `${gold.id}: the entry's URL gives id ${found.id}` };
  if (sha256(found.text) !== gold.text_sha256)
    return { error: `${gold.id}: text differs from the annotated one (SHA-256 mismatch)` };
  return { text: found.text };
}
