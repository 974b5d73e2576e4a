import { layer } from "../core/document.js";
import type { Stage } from "../core/pipeline.js";
import { normalizeText } from "./normalize.js";
import { splitSentences } from "./sentences.js";
import { defaultStemLexicon } from "./stem-lexicon.js";
import { tokenize } from "./tokenize.js";

/** Adds `normalized`: the normalised text with its offset map to the raw text. */
export const normalizeStage: Stage<"normalized"> = {
  name: "normalize",
  version: "1",
  needs: [],
  adds: "normalized",
  run: (doc) => ({ layer: normalizeText(doc.text) }),
};

/** Adds `tokens`, with clitic sub-spans chosen by `ctx.resources.stemLexicon` (the shipped one by default). */
export const tokenizeStage: Stage<"tokens"> = {
  name: "tokenize",
  version: "1",
  needs: ["normalized"],
  adds: "tokens",
  run: (doc, ctx) => ({
    layer: tokenize(doc.text, layer(doc, "normalized"), ctx.resources.stemLexicon ?? defaultStemLexicon()),
  }),
};

/** Adds `sentences`. */
export const sentencesStage: Stage<"sentences"> = {
  name: "sentences",
  version: "1",
  needs: ["tokens"],
  adds: "sentences",
  run: (doc) => ({ layer: splitSentences(doc.text, layer(doc, "tokens")) }),
};

/** The text layer in order: normalise, tokenise, split sentences. */
export const textStages: readonly Stage[] = [normalizeStage, tokenizeStage, sentencesStage];
