import { type Doc, layer } from "../../core/document.js";
import type { ActorMention, NormalizedText } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { textSpan } from "../../core/span.js";
import { rawSpan } from "../../text/normalize.js";
import { closeQuote } from "../places/places-stage.js";
import { wordListOf } from "../places/words.js";
import { resolvePro, resolveRef } from "./descriptions.js";
import type { ActorDictionary } from "./dictionary.js";

declare module "../../core/context.js" {
  interface Resources {
    actors?: ActorDictionary;
  }
}

/**
 * Finds actor names (with attached «و», «ف», «ب», «ل»: «لداعش», «وقوات النظام»), then resolves
 * descriptions left to right against the actors already found: «التنظيم» → the group last named as a
 * تنظيم, «المسلحين الموالين لها» → the militias of the actor before. Unresolvable back-references are
 * dropped; an unresolvable «loyal to it» description is kept with a null actor.
 */
export function extractActors(raw: string, norm: NormalizedText, dict: ActorDictionary): ActorMention[] {
  const list = wordListOf(norm);
  const out: ActorMention[] = [];
  let i = 0;
  while (i < list.count) {
    const m = dict.index.matchAt(list, i);
    if (!m) {
      i++;
      continue;
    }
    const start = list.starts[i]! + m.prefix;
    const span = rawSpan(norm, start, closeQuote(norm.text, start, list.ends[m.endWord - 1]!));
    const base = textSpan(raw, span.start, span.end);
    const entry = m.value;
    if (entry.kind === "name") {
      const actor = dict.actors[entry.actor]!;
      // Literals in one piece, not spreads: this runs for every name in every document.
      const { start, end, text } = base;
      const mention = { start, end, text, actor_id: actor.id, name_en: actor.nameEn, inter: actor.inter };
      out.push(entry.partisan ? { ...mention, partisan: true } : mention);
    } else if (entry.kind === "ref") {
      const resolved = resolveRef(entry.ref, span.start, out, dict);
      if (resolved) out.push({ ...base, ...resolved });
    } else {
      out.push({ ...base, ...resolvePro(out, dict) });
    }
    i = m.endWord;
  }
  return out;
}

export const actorsStage: Stage<"actors"> = {
  name: "actors",
  version: "1",
  needs: ["normalized"],
  adds: "actors",
  run(doc: Doc, ctx) {
    const dict = ctx.resources.actors;
    if (!dict) throw new Error("actorsStage needs ctx.resources.actors (loadActors())");
    return { layer: extractActors(doc.text, layer(doc, "normalized"), dict) };
  },
};
