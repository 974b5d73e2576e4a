import type { AnalysisJson } from "../analyze/analysis-json.js";
import { errorMessage } from "../core/errors.js";
import type { Store, StoredArticle } from "../store/store.js";
import type { Linker, LinkerOptions } from "./linker.js";
import { linkerFromState } from "./persist.js";
import type { LinkDocInput } from "./types.js";

/**
 * Linking over the store: loads the saved state, links every analysed article version not linked yet (in
 * ingestion order), and saves the changes after each batch, so an interrupted run resumes where it stopped.
 */

export interface LinkStoreOptions extends LinkerOptions {
  /** Articles per saved batch; default 200. */
  readonly batch?: number;
  /** Forget all links first and link everything again. */
  readonly relink?: boolean;
  /** Called after each linked article. */
  readonly onLinked?: (id: string) => void;
  /** Called when an article's analysis cannot be read; the article is linked as if it had no annotations. */
  readonly onError?: (id: string, message: string) => void;
}

export interface LinkStoreResult {
  readonly linker: Linker;
  /** Article versions linked by this run. */
  readonly linked: number;
}

type LinkLayers = LinkDocInput["analysis"];
const LAYERS = ["sentences", "places", "actors", "numbers", "claims", "events", "dates"] as const;

/** The layers linking reads from a stored analysis; a missing layer is empty, a malformed one an error. */
export function analysisLayers(analysis: unknown): LinkLayers {
  if (typeof analysis !== "object" || analysis === null) throw new Error("the analysis is not an object");
  const record = analysis as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of LAYERS) {
    const value = record[name] ?? [];
    if (!Array.isArray(value)) throw new Error(`the analysis layer "${name}" is not an array`);
    out[name] = value;
  }
  return out as unknown as LinkLayers;
}

const EMPTY: LinkLayers = {
  sentences: [],
  places: [],
  actors: [],
  numbers: [],
  claims: [],
  events: [],
  dates: [],
};

export function linkInput(
  article: StoredArticle,
  analysis: Pick<AnalysisJson, (typeof LAYERS)[number]>,
): LinkDocInput {
  return {
    id: article.id,
    version: article.version,
    text: article.text,
    outlet: article.source,
    published_at: article.published_at,
    title: article.title ?? null,
    copyOf: article.duplicateOf ?? article.nearDuplicateOf,
    analysis,
  };
}

export async function linkStore(store: Store, options: LinkStoreOptions = {}): Promise<LinkStoreResult> {
  if (options.relink) await store.clearLinks();
  const linker = linkerFromState(await store.getLinkState(), options);
  const batch = options.batch ?? 200;
  let linked = 0;
  for (;;) {
    // Offset 0 each time: saving a batch removes its articles from the queue.
    const page = await store.listUnlinked({ limit: batch });
    if (page.length === 0) break;
    for (const article of page) {
      linker.link(linkInput(article, await readLayers(store, article, options)));
      linked++;
      options.onLinked?.(article.id);
    }
    await store.putLinkChanges(linker.takeChanges());
  }
  return { linker, linked };
}

async function readLayers(
  store: Store,
  article: StoredArticle,
  options: LinkStoreOptions,
): Promise<LinkLayers> {
  try {
    return analysisLayers(await store.getAnalysis(article.id, article.version));
  } catch (error) {
    options.onError?.(article.id, errorMessage(error));
    return EMPTY;
  }
}
