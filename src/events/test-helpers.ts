import { type Analyzer, createAnalyzer } from "../analyze/analyzer.js";
import type { Doc } from "../core/document.js";
import type { EventMention } from "../core/layers.js";
import type { DocLayers } from "./doc-view.js";

/** One analyzer (every default stage, the events stage last) per test file: loading it takes seconds. */
let analyzer: Analyzer | undefined;

function shared(): Analyzer {
  analyzer ??= createAnalyzer();
  return analyzer;
}

/** Runs the whole default pipeline on `text`, published on `publishedAt`. */
export function analyzeText(text: string, publishedAt: string | null = "2020-03-10"): Doc {
  return shared().analyze({ id: "t", text, source: null, url: null, published_at: publishedAt });
}

/** The events layer of `text`. */
export function eventsOf(text: string, publishedAt: string | null = "2020-03-10"): readonly EventMention[] {
  return analyzeText(text, publishedAt).layers.events ?? [];
}

/** The one event of `text` with this sub-type; fails the test when there is not exactly one. */
export function eventOf(text: string, subType: string, publishedAt?: string | null): EventMention {
  const found = eventsOf(text, publishedAt).filter((e) => e.sub_event_type === subType);
  if (found.length !== 1) {
    const got = eventsOf(text, publishedAt).map((e) => `${e.sub_event_type} «${e.trigger.text}»`);
    throw new Error(`expected one ${subType} in «${text}», got: ${got.join("; ") || "none"}`);
  }
  return found[0]!;
}

/** The layers extractEvents reads, from the default pipeline, so a test can swap in its own claims. */
export function layersOf(text: string, publishedAt: string | null = "2020-03-10"): DocLayers {
  const doc = analyzeText(text, publishedAt);
  const l = doc.layers;
  return {
    text,
    tokens: l.tokens ?? [],
    sentences: l.sentences ?? [],
    places: l.places ?? [],
    actors: l.actors ?? [],
    dates: l.dates ?? [],
    numbers: l.numbers ?? [],
    claims: [],
    publishedAt,
  };
}

/** The resources of the shared analyzer (event lexicon, actor dictionary). */
export function sharedResources() {
  return shared().context.resources;
}
