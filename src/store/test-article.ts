import { createHash } from "node:crypto";
import { NUM_HASHES } from "../ingest/fingerprint.js";
import type { ArticleInput } from "./store.js";

/**
 * Builds an ArticleInput for tests without ingestion's fingerprinting: sha256 content hash, and by default
 * one band key and a signature derived from that hash, so different texts never look alike.
 * Near-duplicate tests pass explicit `bands` and `signature`, or use ingestion's `fingerprintArticle`.
 */
export function makeArticleInput(
  id: string,
  text: string,
  extra: Partial<Omit<ArticleInput, "id" | "text" | "contentHash">> = {},
): ArticleInput {
  const contentHash = createHash("sha256").update(text).digest("hex");
  // Ingestion's shape (src/ingest/fingerprint.ts): NUM_HASHES MinHash values, none left at the empty value.
  const signature = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++)
    signature[i] = (Number.parseInt(contentHash.slice(i % 56, (i % 56) + 8), 16) ^ i) >>> 0;
  return {
    id,
    text,
    source: null,
    url: null,
    published_at: null,
    contentHash,
    bands: [`b0:${contentHash.slice(0, 12)}`],
    signature,
    ...extra,
  };
}

/** A signature equal to `base` except at the first `changed` positions. */
export function perturbedSignature(base: Uint32Array, changed: number): Uint32Array {
  const out = base.slice();
  for (let i = 0; i < changed && i < out.length; i++) out[i] = (out[i]! + 0x9e3779b9) >>> 0;
  return out;
}
