import { toAnalysisJson } from "../analyze/analysis-json.js";
import type { Analyzer } from "../analyze/analyzer.js";
import type { Article } from "../core/article.js";
import { errorMessage } from "../core/errors.js";
import { fingerprintArticle, readArticles } from "../ingest/index.js";
import { linkStore } from "../link/link-store.js";
import type { Store } from "../store/store.js";
import { ApiError } from "./errors.js";

/**
 * POST /api/articles: the same steps as `marsad ingest` + analyse + link, for articles sent over HTTP. The
 * body is JSON lines or one JSON array of input records; each record is checked exactly as the CLI checks a
 * line (src/ingest), bad ones are reported and skipped, and the rest are stored, analysed and linked.
 */

export const MAX_ARTICLES_PER_REQUEST = 500;

export interface IngestReport {
  readonly received: number;
  readonly stored: readonly {
    readonly id: string;
    readonly status: string;
    readonly version: number;
    readonly duplicate_of: string | null;
    readonly near_duplicate_of: string | null;
  }[];
  /** Records skipped: `record` is the 1-based position (line, or array index + 1). */
  readonly errors: readonly {
    readonly record: number | null;
    readonly field: string | null;
    readonly message: string;
  }[];
  readonly analysed: number;
  readonly linked: number;
}

/** The body as JSON lines: an array is written out one element per line, so positions stay 1-based. */
function asJsonLines(body: string): string {
  const trimmed = body.trimStart();
  if (!trimmed.startsWith("[")) return body;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new ApiError(400, "bad_body", `the body is not valid JSON: ${errorMessage(error)}`);
  }
  if (!Array.isArray(value))
    throw new ApiError(400, "bad_body", "expected JSON lines or an array of articles");
  return value.map((v) => JSON.stringify(v)).join("\n");
}

async function* once(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text, "utf8");
}

async function parseArticles(
  body: string,
): Promise<{ articles: Article[]; errors: IngestReport["errors"][number][] }> {
  const articles: Article[] = [];
  const errors: IngestReport["errors"][number][] = [];
  for await (const item of readArticles([], { stdin: once(asJsonLines(body)), format: "jsonl" })) {
    if (item.kind === "article") articles.push(item.article);
    else if (item.severity === "error")
      errors.push({
        record: item.origin.line,
        field: item.error.field,
        message: item.error.message.replace(/^<stdin>:?/, "record "),
      });
    if (articles.length > MAX_ARTICLES_PER_REQUEST)
      throw new ApiError(
        413,
        "too_many_articles",
        `send at most ${MAX_ARTICLES_PER_REQUEST} articles per request`,
      );
  }
  return { articles, errors };
}

/** POST /api/articles on a shared store with workers: checks the records and queues the valid ones. */
export async function queueArticles(
  enqueue: (articles: readonly Article[]) => Promise<number>,
  body: string,
): Promise<{ received: number; queued: number; errors: IngestReport["errors"] }> {
  const { articles, errors } = await parseArticles(body);
  if (articles.length === 0 && errors.length === 0)
    throw new ApiError(400, "bad_body", "the body holds no articles");
  if (articles.length > 0) await enqueue(articles);
  return { received: articles.length + errors.length, queued: articles.length, errors };
}

export async function ingestArticles(
  store: Store,
  analyzer: () => Analyzer,
  body: string,
): Promise<IngestReport> {
  const { articles, errors } = await parseArticles(body);
  if (articles.length === 0 && errors.length === 0)
    throw new ApiError(400, "bad_body", "the body holds no articles");
  const results = articles.length > 0 ? await store.putArticles(articles.map(fingerprintArticle)) : [];
  let analysed = 0;
  for (const [i, result] of results.entries()) {
    if (result.status === "unchanged" && (await store.getAnalysis(result.id, result.version)) !== null)
      continue;
    const doc = analyzer().analyze(articles[i]!);
    await store.putAnalysis(result.id, result.version, toAnalysisJson(doc));
    analysed++;
  }
  const { linked } = await linkStore(store);
  return {
    received: articles.length + errors.length,
    stored: results.map((r) => ({
      id: r.id,
      status: r.status,
      version: r.version,
      duplicate_of: r.duplicateOf,
      near_duplicate_of: r.nearDuplicateOf,
    })),
    errors,
    analysed,
    linked,
  };
}
