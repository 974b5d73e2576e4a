import type { bestNearDuplicate } from "../../ingest/duplicate-index.js";
import { normalizeArabic } from "../../text/normalize.js";
import { bandHash } from "../band-hash.js";
import type { ArticleInput, PutResult } from "../store.js";
import { validateArticleInput } from "../store-input.js";
import { variantsText } from "./search-text.js";
import type { Statements, VersionRow } from "./statements.js";

/** Bounds the work of one near-duplicate lookup when a band key is very common (boilerplate). */
const MAX_NEAR_CANDIDATES = 256;

/**
 * Picks the near duplicate among candidates sharing a band key, given earliest first, or null; the new
 * article's source is passed too (a same-source pair must be more similar). Ingestion's rule is the default.
 */
export type NearDuplicatePicker = typeof bestNearDuplicate;

export interface WriteContext {
  readonly statements: Statements;
  readonly pickNearDuplicate: NearDuplicatePicker;
  readonly now: string;
}

/** Stores one article inside the caller's transaction: unchanged, a new article, or a new version. */
export function putArticle(ctx: WriteContext, input: ArticleInput): PutResult {
  validateArticleInput(input);
  const st = ctx.statements;
  const existing = st.latestById.get(input.id);
  if (existing && existing.text === input.text) return resultOf(existing, "unchanged");
  // A text this id already had (the same page scraped twice, filed under two claims) is not news:
  // re-ingesting the same inputs must never add versions.
  const earlier = existing ? st.versionByHash.get(input.id, input.contentHash) : undefined;
  if (earlier && earlier.text === input.text) return resultOf(earlier, "unchanged");
  let key: number;
  let version = 1;
  if (existing) {
    key = existing.key;
    version = existing.version + 1;
    st.setLatest.run(version, key);
  } else {
    key = Number(st.insertArticle.run(input.id).lastInsertRowid);
  }
  const bandHashes = input.bands.map(bandHash);
  const bandsJson = JSON.stringify(bandHashes);
  const duplicateOf = st.exactDuplicate.get(input.contentHash, key)?.id ?? null;
  const nearDuplicateOf = duplicateOf === null ? findNearDuplicate(ctx, key, bandsJson, input) : null;
  st.insertVersion.run({
    article: key,
    version,
    text: input.text,
    content_hash: input.contentHash,
    source: input.source ?? null,
    url: input.url ?? null,
    published_at: input.published_at ?? null,
    title: input.title ?? null,
    duplicate_of: duplicateOf,
    near_duplicate_of: nearDuplicateOf,
    ingested_at: ctx.now,
  });
  writeFingerprints(st, key, input.signature, bandHashes, existing !== undefined);
  const norm = normalizeArabic(input.text);
  if (existing) st.deleteSearch.run(key);
  st.insertSearch.run(key, norm, variantsText(norm));
  const status = existing ? "new_version" : "inserted";
  return { id: input.id, status, version, duplicateOf, nearDuplicateOf };
}

function resultOf(row: VersionRow, status: PutResult["status"]): PutResult {
  return {
    id: row.id,
    status,
    version: row.version,
    duplicateOf: row.duplicate_of,
    nearDuplicateOf: row.near_duplicate_of,
  };
}

/** Other articles sharing a band key, earliest first, confirmed by the near-duplicate rule. */
function findNearDuplicate(
  ctx: WriteContext,
  key: number,
  bandsJson: string,
  input: ArticleInput,
): string | null {
  const rows = ctx.statements.nearCandidates.all(bandsJson, key, MAX_NEAR_CANDIDATES);
  if (rows.length === 0) return null;
  const candidates = rows.map((row) => ({
    id: row.id,
    source: row.source,
    signature: signatureFromBlob(row.signature),
  }));
  return ctx.pickNearDuplicate(input.signature, candidates, input.source ?? null)?.id ?? null;
}

/** Band keys and signature describe the latest version only, so a new version replaces them. */
function writeFingerprints(
  st: Statements,
  key: number,
  signature: Uint32Array,
  bandHashes: readonly number[],
  replacing: boolean,
): void {
  const old = replacing ? st.bandsOf.get(key) : undefined;
  if (old) for (const band of float64sFromBlob(old.bands)) st.deleteBand.run(band, key);
  for (const band of bandHashes) st.insertBand.run(band, key);
  const bands = Float64Array.from(bandHashes);
  st.putSignature.run(key, signatureToBlob(signature), Buffer.from(bands.buffer, 0, bands.byteLength));
}

/** Native byte order (little-endian on every platform Node ships for); the blob is copied on bind. */
export function signatureToBlob(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

/** Copies into a fresh, aligned array: a Buffer from SQLite may sit at any byte offset. */
export function signatureFromBlob(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.byteLength >>> 2);
  new Uint8Array(out.buffer).set(blob.subarray(0, out.byteLength));
  return out;
}

function float64sFromBlob(blob: Buffer): Float64Array {
  const out = new Float64Array(blob.byteLength >>> 3);
  new Uint8Array(out.buffer).set(blob.subarray(0, out.byteLength));
  return out;
}
