import type { Context } from "../../core/context.js";
import { type Doc, layer } from "../../core/document.js";
import type { EntityMention, Sentence, Token } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { wordFormsOf } from "../../text/word-forms.js";
import { labelChunks } from "./chunks.js";
import { loadNerModel, type NerModel, tagDocument, tagWords } from "./model.js";

declare module "../../core/context.js" {
  interface Resources {
    /** The NER tagger; loadNerModel() reads the shipped one. */
    nerModel?: NerModel;
  }
}

/** Tokens of each sentence, by position (both layers are sorted by start). */
export function tokensBySentence(tokens: readonly Token[], sentences: readonly Sentence[]): Token[][] {
  const groups: Token[][] = sentences.map(() => []);
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++;
    groups[s]?.push(token);
  }
  return groups;
}

/** Entity mentions of one sentence: a span runs from its first token's start to its last token's end. */
export function tagTokens(
  text: string,
  tokens: readonly Token[],
  model: NerModel,
  labels: Uint8Array = tagWords(
    model,
    tokens.map((t) => t.norm),
  ),
): EntityMention[] {
  if (tokens.length === 0) return [];
  return labelChunks(labels).map((chunk) => {
    const start = tokens[chunk.start]!.start;
    const end = tokens[chunk.end - 1]!.end;
    return { start, end, text: text.slice(start, end), type: chunk.type as EntityMention["type"] };
  });
}

/**
 * Tags persons, places, organisations and other names (PERS, LOC, ORG, MISC): sentence by sentence,
 * then again with document memory (how the same words were tagged elsewhere in the document).
 */
export const entitiesStage: Stage<"entities"> = {
  name: "entities",
  version: "2",
  needs: ["tokens", "sentences"],
  adds: "entities",
  run(doc: Doc, ctx: Context) {
    const model = ctx.resources.nerModel ?? loadNerModel();
    const tokens = layer(doc, "tokens");
    const groups = tokensBySentence(tokens, layer(doc, "sentences"));
    const labels = tagDocument(
      model,
      groups.map((group) => group.map((t) => t.norm)),
      wordFormsOf(tokens),
    );
    return { layer: groups.flatMap((tokens, s) => tagTokens(doc.text, tokens, model, labels[s])) };
  },
};
