import type { Actor } from "../extract/actors/dictionary.js";
import { OTHER_GROUP, PRONOUN_OBJECTS } from "./grammar.js";
import type { Reader } from "./reader.js";

/** The loyalty words found after (or inside) a source's name, as sides and token range. */
export interface Affiliation {
  readonly sides: readonly string[];
  /** Tokens `[start, end)` that gave the sides. */
  readonly start: number;
  readonly end: number;
}

/** Syrian state forces and their militias are the government side; the rest is named after the actor. */
const OPPOSITION_IDS = new Set(["sy-opposition", "sy-opposition-armed", "fsa"]);

function proSide(actor: Actor | undefined): string {
  if (!actor) return "pro-government";
  if (actor.country === "Syria" && (actor.inter === 1 || actor.id === "sy-progov-militia"))
    return "pro-government";
  if (OPPOSITION_IDS.has(actor.id)) return "opposition";
  return `pro-${actor.id}`;
}

/** The side of a source that belongs to a party («مصدر عسكري من الأبابيل» → the group itself). */
export function memberSide(actor: Actor | undefined): string {
  if (!actor) return "unknown";
  if (actor.country === "Syria" && (actor.inter === 1 || actor.id === "sy-progov-militia"))
    return "government";
  if (OPPOSITION_IDS.has(actor.id)) return "opposition";
  return actor.id;
}

/** «المؤيدة لنظام الأسد»: the object after a «pro» word, with or without a separate «لـ». */
function proObject(r: Reader, k: number, limit: number): { side: string; end: number } {
  const { view } = r;
  let j = k;
  if (view.words[j] === "ل" || view.words[j] === "من") j++;
  const placed = j < limit ? view.actorAt.get(j) : undefined;
  if (placed) {
    const actor = placed.mention.actor_id ? r.actors?.byId.get(placed.mention.actor_id) : undefined;
    return { side: proSide(actor), end: placed.end };
  }
  if (j < limit && PRONOUN_OBJECTS.has(view.words[j] ?? "")) return { side: "pro-government", end: j + 1 };
  return { side: "pro-government", end: k };
}

/**
 * Reads loyalty phrases at token `i`: «المؤيدة لنظام الأسد», «معارضة له», «الرسمية», and a second group
 * after «وأخرى» («مؤيدة للنظام وأخرى معارضة له»). Returns null when there is none.
 */
export function affiliationAt(r: Reader, i: number, limit: number): Affiliation | null {
  const sides: string[] = [];
  let j = i;
  let end = i;
  while (j < limit) {
    let k = j;
    if (sides.length > 0 && OTHER_GROUP.has(r.view.words[k] ?? "")) k++;
    const match = r.lex.sources.match(r.view.words, k, limit, false);
    const word = match?.value.affiliation;
    if (!match || !word) break;
    if (word === "pro") {
      const object = proObject(r, match.end, limit);
      sides.push(object.side);
      end = Math.max(object.end, match.end);
    } else {
      sides.push(word);
      end = PRONOUN_OBJECTS.has(r.view.words[match.end] ?? "") ? match.end + 1 : match.end;
    }
    j = end;
  }
  return sides.length > 0 ? { sides, start: i, end } : null;
}

/** One label for the sides found: both camps at once is «mixed». */
export function combineSides(sides: readonly string[]): string | null {
  const unique = [...new Set(sides)];
  if (unique.length === 0) return null;
  if (unique.includes("pro-government") && unique.includes("opposition")) return "mixed";
  return unique[0]!;
}

/**
 * Loyalty words inside a name, from `from` (after a head: «مواقع الثورة السورية», «التلفزيون الرسمي»; or
 * from the start of an actor's name: «المعارضة السورية»). A head's own words («المتحدث الرسمي») are skipped by
 * the caller.
 */
export function affiliationWithin(r: Reader, from: number, end: number): Affiliation | null {
  for (let k = from; k < end; k++) {
    const found = affiliationAt(r, k, end);
    if (found) return found;
  }
  return null;
}

export function mergeAffiliations(a: Affiliation | null, b: Affiliation | null): Affiliation | null {
  if (!a || !b) return a ?? b;
  return { sides: [...a.sides, ...b.sides], start: a.start, end: b.end };
}
