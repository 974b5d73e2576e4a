import { createContext } from "../core/context.js";
import { createDoc } from "../core/document.js";
import type { Claim } from "../core/layers.js";
import { createPipeline } from "../core/pipeline.js";
import { actorsStage, loadActors } from "../extract/actors/index.js";
import { datesStage } from "../extract/dates/index.js";
import { entitiesStage, loadNerModel } from "../extract/ner/index.js";
import { textStages } from "../text/stages.js";
import { claimsStage } from "./claims-stage.js";
import { loadAttributionCues } from "./cue-lexicon.js";

/** The stages the claims stage reads, then the claims stage; resources loaded once per test file. */
let pipeline: ReturnType<typeof build> | undefined;

function build() {
  const ctx = createContext({
    actors: loadActors(),
    nerModel: loadNerModel(),
    attributionCues: loadAttributionCues(),
  });
  const stages = createPipeline([...textStages, datesStage, entitiesStage, actorsStage, claimsStage]);
  return { ctx, stages };
}

export interface Read {
  readonly text: string;
  readonly claims: readonly Claim[];
  /** The claim whose cue is exactly `cue`; fails the test when there is none. */
  claim(cue: string): Claim;
  /** The raw words of a claim's content. */
  content(claim: Claim): string;
}

/** Runs the claims stage on `text` and checks that every span it gives slices the text exactly. */
export function readClaims(text: string, publishedAt: string | null = "2020-03-01"): Read {
  pipeline ??= build();
  const doc = pipeline.stages.run(
    createDoc("t", text, { source: null, url: null, publishedAt }),
    pipeline.ctx,
  );
  const claims = doc.layers.claims ?? [];
  for (const c of claims) {
    if (text.slice(c.cue.start, c.cue.end) !== c.cue.text) throw new Error(`bad cue span in ${c.id}`);
    const s = c.source;
    if (s.start !== undefined && text.slice(s.start, s.end) !== s.text)
      throw new Error(`bad source span ${c.id}`);
    const aff = s.affiliation_span;
    if (aff && text.slice(aff.start, aff.end) !== aff.text) throw new Error(`bad affiliation span ${c.id}`);
    if (c.content.end <= c.content.start) throw new Error(`empty content in ${c.id}`);
  }
  return {
    text,
    claims,
    claim(cue) {
      const found = claims.find((c) => c.cue.text === cue);
      if (!found)
        throw new Error(`no claim with cue «${cue}»; cues: ${claims.map((c) => c.cue.text).join(", ")}`);
      return found;
    },
    content: (c) => text.slice(c.content.start, c.content.end),
  };
}
