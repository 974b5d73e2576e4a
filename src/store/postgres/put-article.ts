import { MarsadError } from "../../core/errors.js";
import { bandHash } from "../band-hash.js";
import { type NearDuplicatePicker, signatureFromBlob, signatureToBlob } from "../sqlite/put-article.js";
import type { ArticleInput, PutResult } from "../store.js";
import { validateArticleInput } from "../store-input.js";
import { searchDocument } from "./search-document.js";
import { type Queryable, row, rows, SQL, type VersionRow } from "./statements.js";

/** Bounds the work of one near-duplicate lookup when a band key is very common (boilerplate). */
const MAX_NEAR_CANDIDATES = 256;

export interface WriteContext {
  /** A client inside the batch's transaction, holding the write lock. */
  readonly db: Queryable;
  readonly pickNearDuplicate: NearDuplicatePicker;
  readonly now: string;
}

/**
 * Stores one article inside the caller's transaction: unchanged, a new article, or a new version. The
 * same decisions as the SQLite store (src/store/sqlite/put-article.ts), statement for statement.
 */
export async function putArticle(ctx: WriteContext, input: ArticleInput): Promise<PutResult> {
  validateArticleInput(input);
  rejectNul(input);
  const { db } = ctx;
  const existing = await row<VersionRow>(db, SQL.latestById, [input.id]);
  if (existing && existing.text === input.text) return resultOf(existing, "unchanged");
  // A text this id already had (the same page scraped twice, filed under two claims) is not news:
  // re-ingesting the same inputs must never add versions.
  const earlier = existing
    ? await row<VersionRow>(db, SQL.versionByHash, [input.id, input.contentHash])
    : undefined;
  if (earlier && earlier.text === input.text) return resultOf(earlier, "unchanged");

  let key: string;
  let version = 1;
  if (existing) {
    key = existing.key;
    version = existing.version + 1;
    await db.query({ ...SQL.setLatest, values: [version, key] });
  } else {
    key = (await row<{ key: string }>(db, SQL.insertArticle, [input.id]))!.key;
  }
  const bandHashes = input.bands.map(bandHash);
  const duplicateOf =
    (await row<{ id: string }>(db, SQL.exactDuplicate, [input.contentHash, key]))?.id ?? null;
  const nearDuplicateOf = duplicateOf === null ? await findNearDuplicate(ctx, key, bandHashes, input) : null;
  // Band keys, signature and search document describe the latest version only: a new one replaces them.
  if (existing) await db.query({ ...SQL.deleteBands, values: [key] });
  await writeVersion(ctx, { key, version, input, bandHashes, duplicateOf, nearDuplicateOf });
  const status = existing ? "new_version" : "inserted";
  return { id: input.id, status, version, duplicateOf, nearDuplicateOf };
}

interface NewVersion {
  readonly key: string;
  readonly version: number;
  readonly input: ArticleInput;
  readonly bandHashes: readonly number[];
  readonly duplicateOf: string | null;
  readonly nearDuplicateOf: string | null;
}

async function writeVersion(ctx: WriteContext, v: NewVersion): Promise<void> {
  const { input } = v;
  const document = searchDocument(input.text);
  await ctx.db.query({
    ...SQL.writeVersion,
    values: [
      v.key,
      v.version,
      input.text,
      input.contentHash,
      input.source ?? null,
      input.url ?? null,
      input.published_at ?? null,
      input.title ?? null,
      v.duplicateOf,
      v.nearDuplicateOf,
      ctx.now,
      v.bandHashes,
      signatureToBlob(input.signature),
      document.words,
      document.variants,
    ],
  });
}

function resultOf(stored: VersionRow, status: PutResult["status"]): PutResult {
  return {
    id: stored.id,
    status,
    version: stored.version,
    duplicateOf: stored.duplicate_of,
    nearDuplicateOf: stored.near_duplicate_of,
  };
}

/** Other articles sharing a band key, earliest first, confirmed by the near-duplicate rule. */
async function findNearDuplicate(
  ctx: WriteContext,
  key: string,
  bandHashes: readonly number[],
  input: ArticleInput,
): Promise<string | null> {
  if (bandHashes.length === 0) return null;
  const found = await rows<{ id: string; source: string | null; signature: Buffer }>(
    ctx.db,
    SQL.nearCandidates,
    [bandHashes, key, MAX_NEAR_CANDIDATES],
  );
  if (found.length === 0) return null;
  const candidates = found.map((candidate) => ({
    id: candidate.id,
    source: candidate.source,
    signature: signatureFromBlob(candidate.signature),
  }));
  return ctx.pickNearDuplicate(input.signature, candidates, input.source ?? null)?.id ?? null;
}

/** PostgreSQL text cannot hold U+0000 (SQLite can): say so by field instead of failing on an encoding error. */
function rejectNul(input: ArticleInput): void {
  for (const field of ["id", "text", "contentHash", "source", "url", "published_at", "title"] as const) {
    if (input[field]?.includes("\u0000")) {
      throw new MarsadError(
        "invalid_article",
        `field "${field}" contains a NUL character (U+0000), which PostgreSQL cannot store`,
      );
    }
  }
}
