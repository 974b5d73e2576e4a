import type { Diagnostic } from "./diagnostics.js";
import type { LayerMap, LayerName } from "./layers.js";

/** What is known about an article besides its text. `publishedAt` anchors every relative date. */
export interface DocMeta {
  readonly source: string | null;
  readonly url: string | null;
  /** `YYYY-MM-DD` or a full ISO timestamp; null when unknown. */
  readonly publishedAt: string | null;
  readonly title?: string | null;
}

export interface StageRecord {
  readonly stage: string;
  readonly version: string;
}

/**
 * One article. `text` is never changed: every layer is made of spans into it.
 * Documents are frozen; a pipeline stage returns a new document with one more layer.
 */
export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly layers: Readonly<Partial<LayerMap>>;
  readonly provenance: readonly StageRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

export const emptyMeta: DocMeta = Object.freeze({ source: null, url: null, publishedAt: null });

export function createDoc(id: string, text: string, meta: DocMeta = emptyMeta): Doc {
  return Object.freeze({
    id,
    text,
    meta: Object.freeze({ ...meta }),
    layers: Object.freeze({}),
    provenance: Object.freeze([]),
    diagnostics: Object.freeze([]),
  });
}

/** The layer a stage declared it needs; the pipeline runner has already checked it is there. */
export function layer<K extends LayerName>(doc: Doc, name: K): LayerMap[K] {
  const value = doc.layers[name];
  if (value === undefined) {
    throw new Error(`document ${doc.id} has no "${name}" layer; a stage that needs it ran too early`);
  }
  return value as LayerMap[K];
}
