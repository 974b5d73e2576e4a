import type { Context } from "../core/context.js";
import { type Doc, layer } from "../core/document.js";
import type { Claim } from "../core/layers.js";
import type { Stage } from "../core/pipeline.js";
import { defaultStemLexicon } from "../text/stem-lexicon.js";
import { buildDocView } from "./doc-view.js";
import { extractClaims } from "./extract-claims.js";

/** The claims of a document that has the layers `claimsStage` needs. */
export function claimsOf(doc: Doc, ctx: Context): Claim[] {
  const lexicon = ctx.resources.attributionCues;
  if (!lexicon) throw new Error("claimsStage needs ctx.resources.attributionCues (loadAttributionCues())");
  const view = buildDocView(
    doc.text,
    layer(doc, "normalized"),
    layer(doc, "tokens"),
    layer(doc, "sentences"),
    layer(doc, "actors"),
    layer(doc, "entities"),
    layer(doc, "dates"),
  );
  return extractClaims(view, {
    lexicon,
    actors: ctx.resources.actors ?? null,
    stems: ctx.resources.stemLexicon ?? defaultStemLexicon(),
  });
}

/** Adds `claims`: attributed statements with source, cue, content span and certainty. */
export const claimsStage: Stage<"claims"> = {
  name: "claims",
  version: "1",
  needs: ["normalized", "tokens", "sentences", "entities", "actors", "dates"],
  adds: "claims",
  run: (doc, ctx) => ({ layer: claimsOf(doc, ctx) }),
};
