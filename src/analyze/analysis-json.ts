import type { Article } from "../core/article.js";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Doc } from "../core/document.js";
import type { LayerMap } from "../core/layers.js";
import type { Span } from "../core/span.js";

/**
 * The public analysis record of docs/output-format.md: one per article, every span an exact slice of `text`.
 * Layers that no stage produced yet are written as empty arrays so readers can rely on every key.
 */
export interface AnalysisJson {
  readonly id: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published_at: string | null;
  readonly title?: string | null;
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly entities: LayerMap["entities"];
  readonly places: LayerMap["places"];
  readonly actors: LayerMap["actors"];
  readonly dates: LayerMap["dates"];
  readonly numbers: LayerMap["numbers"];
  readonly claims: LayerMap["claims"];
  readonly events: LayerMap["events"];
  readonly diagnostics: readonly Diagnostic[];
  /** Which stage (and version) produced each layer. */
  readonly stages: readonly { readonly stage: string; readonly version: string }[];
  readonly tokens?: readonly unknown[];
}

export interface AnalysisJsonOptions {
  /** Include the token layer (large; off by default). */
  readonly tokens?: boolean;
}

export function toAnalysisJson(doc: Doc, options: AnalysisJsonOptions = {}): AnalysisJson {
  const { layers } = doc;
  const record: AnalysisJson = {
    id: doc.id,
    source: doc.meta.source,
    url: doc.meta.url,
    published_at: doc.meta.publishedAt,
    ...(doc.meta.title ? { title: doc.meta.title } : {}),
    text: doc.text,
    sentences: (layers.sentences ?? []).map(({ start, end }) => ({ start, end })),
    entities: layers.entities ?? [],
    places: layers.places ?? [],
    actors: layers.actors ?? [],
    dates: layers.dates ?? [],
    numbers: layers.numbers ?? [],
    claims: layers.claims ?? [],
    events: layers.events ?? [],
    diagnostics: doc.diagnostics,
    stages: doc.provenance,
  };
  return options.tokens && layers.tokens ? { ...record, tokens: layers.tokens } : record;
}

export function articleMeta(article: Article): Doc["meta"] {
  return {
    source: article.source,
    url: article.url,
    publishedAt: article.published_at,
    ...(article.title ? { title: article.title } : {}),
  };
}
