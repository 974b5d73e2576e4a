import type { Context } from "./context.js";
import type { Diagnostic } from "./diagnostics.js";
import type { Doc } from "./document.js";
import { PipelineError } from "./errors.js";
import type { LayerMap, LayerName } from "./layers.js";

export interface StageOutput<K extends LayerName> {
  readonly layer: LayerMap[K];
  readonly diagnostics?: readonly Diagnostic[];
}

/**
 * A pure step `(doc, ctx) => layer`. It declares the layers it needs and the one it adds, so the
 * runner can refuse an order in which a stage would read a layer nothing has made yet.
 */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: string;
  readonly version: string;
  readonly needs: readonly LayerName[];
  readonly adds: K;
  run(doc: Doc, ctx: Context): StageOutput<K>;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, ctx: Context): Doc;
}

/** Checks the stage order once, at assembly, and returns a runner for documents. */
export function createPipeline(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
  const available = new Set<LayerName>(given);
  for (const stage of stages) {
    const missing = stage.needs.filter((name) => !available.has(name));
    if (missing.length > 0) {
      throw new PipelineError(
        `stage "${stage.name}" needs ${missing.join(", ")}, which no earlier stage adds`,
      );
    }
    if (available.has(stage.adds)) {
      throw new PipelineError(
        `stage "${stage.name}" adds "${stage.adds}", which an earlier stage already added`,
      );
    }
    available.add(stage.adds);
  }
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    run: (doc, ctx) => frozen.reduce((current, stage) => applyStage(current, stage, ctx), doc),
  };
}

/** Runs one stage and returns a new frozen document with its layer, provenance and diagnostics. */
export function applyStage<K extends LayerName>(doc: Doc, stage: Stage<K>, ctx: Context): Doc {
  const output = stage.run(doc, ctx);
  const diagnostics = output.diagnostics?.length
    ? [...doc.diagnostics, ...output.diagnostics.map((d) => ({ ...d, stage: stage.name }))]
    : doc.diagnostics;
  return Object.freeze({
    ...doc,
    layers: Object.freeze({ ...doc.layers, [stage.adds]: output.layer }),
    provenance: Object.freeze([...doc.provenance, { stage: stage.name, version: stage.version }]),
    diagnostics: Object.freeze(diagnostics),
  });
}
