import type { ActorMention } from "../../core/layers.js";
import type { Actor, ActorDictionary } from "./dictionary.js";

/** Nouns that head a «loyal to it» description: «المسلحين الموالين لها». */
export const PRO_HEADS = [
  "المسلحين",
  "المسلحون",
  "الميليشيات",
  "المليشيات",
  "الميليشيا",
  "القوات",
  "الفصائل",
  "المجموعات",
  "العناصر",
  "المقاتلين",
  "المقاتلون",
];
export const PRO_FORMS = ["الموالين", "الموالون", "الموالية", "الموالي", "التابعة", "التابعين", "الحليفة"];
export const PRO_PRONOUNS = ["لها", "له", "لهم", "لهما"];

/** Who fields militias «loyal to» an actor: the government's are pro-government militias, and so on. */
const PATRONS: Readonly<Record<string, string>> = {
  "sy-gov-forces": "sy-progov-militia",
  "sy-gov": "sy-progov-militia",
  "ru-forces": "sy-progov-militia",
  "ru-gov": "sy-progov-militia",
  "tr-forces": "sna",
  "tr-gov": "sna",
  "ir-irgc": "ir-militias",
  "ir-forces": "ir-militias",
  "ir-gov": "ir-militias",
  "us-forces": "sdf",
  coalition: "sdf",
};

type Resolved = Pick<ActorMention, "actor_id" | "name_en" | "inter">;

function fields(actor: Actor | undefined): Resolved | null {
  return actor ? { actor_id: actor.id, name_en: actor.nameEn, inter: actor.inter } : null;
}

/** How far back (UTF-16 units, about three paragraphs) a description looks for what it refers to. */
const MAX_REF_DISTANCE = 2000;

/**
 * «التنظيم», «الهيئة», «النظام» at offset `at`: the nearest actor named shortly before that this
 * description can refer to; the actor marked as default when none was; null when the text does not
 * say (the mention is dropped).
 */
export function resolveRef(
  ref: string,
  at: number,
  before: readonly ActorMention[],
  dict: ActorDictionary,
): Resolved | null {
  for (let k = before.length - 1; k >= 0 && at - before[k]!.end <= MAX_REF_DISTANCE; k--) {
    const actor = dict.byId.get(before[k]!.actor_id ?? "");
    if (actor?.refs.includes(ref)) return fields(actor);
  }
  return fields(dict.actors.find((a) => a.defaultRefs.includes(ref)));
}

/** «المسلحين الموالين لها»: militias loyal to the nearest armed or political actor named before. */
export function resolvePro(before: readonly ActorMention[], dict: ActorDictionary): Resolved {
  for (let k = before.length - 1; k >= 0; k--) {
    const actor = dict.byId.get(before[k]!.actor_id ?? "");
    if (!actor || (actor.kind !== "armed" && actor.kind !== "political")) continue;
    const militia = fields(dict.byId.get(PATRONS[actor.id] ?? ""));
    if (militia) return militia;
    break;
  }
  return { actor_id: null, name_en: null, inter: null };
}
