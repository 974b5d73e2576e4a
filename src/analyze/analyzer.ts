import { loadAttributionCues } from "../claims/index.js";
import type { Article } from "../core/article.js";
import { type Context, createContext, type Resources } from "../core/context.js";
import { createDoc, type Doc } from "../core/document.js";
import { createPipeline, type Pipeline } from "../core/pipeline.js";
import { loadEventTriggers } from "../events/index.js";
import { loadActors } from "../extract/actors/index.js";
import { loadNerModel } from "../extract/ner/index.js";
import { loadPlaceGazetteer } from "../extract/places/index.js";
import { loadStemLexicon } from "../text/stem-lexicon.js";
import { articleMeta } from "./analysis-json.js";
import { defaultStages } from "./default-stages.js";

/** Analyses articles with one pipeline and one set of loaded resources, shared by every document. */
export interface Analyzer {
  readonly pipeline: Pipeline;
  readonly context: Context;
  analyze(article: Article): Doc;
}

/** Loads every resource the default stages use, once; this is the slow part of start-up. */
export function loadResources(): Resources {
  return {
    stemLexicon: loadStemLexicon(),
    nerModel: loadNerModel(),
    gazetteer: loadPlaceGazetteer(),
    actors: loadActors(),
    attributionCues: loadAttributionCues(),
    eventTriggers: loadEventTriggers(),
  };
}

export function createAnalyzer(resources: Resources = loadResources()): Analyzer {
  const pipeline = createPipeline(defaultStages());
  const context = createContext(resources);
  return {
    pipeline,
    context,
    analyze: (article) => pipeline.run(createDoc(article.id, article.text, articleMeta(article)), context),
  };
}
