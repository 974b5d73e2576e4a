import type { EventType } from "../core/layers.js";
import type { Span } from "../core/span.js";
import { eventTypeOf } from "./acled-types.js";
import type { RoleActor } from "./actors-roles.js";
import { cuesIn, type DocView, hasCue, inRange, wordsBetween } from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";
import type { TriggerEntry } from "./trigger-lexicon.js";

/** An ACLED type and sub-type pair. */
export interface EventClass {
  readonly eventType: EventType;
  readonly subType: string;
}

const klass = (subType: string): EventClass => ({ eventType: eventTypeOf(subType)!, subType });

/** Token window around a trigger, clipped to its clause, where context cues are read. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/**
 * Movement words («خروج», «خرجت», «تجمعت», «وصول») are an evacuation only when what moves is a batch,
 * buses or fighters: «خرجت الحافلات», «خروج دفعة من المقاتلين»; «خرج العشرات في مظاهرة» is not.
 */
export function movementHasMover(view: DocView, hit: TriggerHit, clause: Window): boolean {
  // A verb's subject may stand before it («الدفعة الأولى التي خرجت»); a noun's mover always follows it.
  const from = hit.value.pos === "v" ? Math.max(clause.from, hit.start - 4) : hit.end;
  return hasCue(view, "mover", from, Math.min(clause.to, hit.end + 5));
}

/**
 * A killing word («قتل», «مقتل», «استشهاد») reports the deaths of another event in the same sentence
 * («قتل 4 مدنيين بقصف مدفعي»: the event is the shelling); it is an event of its own only when the sentence
 * has no other trigger.
 */
export function killIsOwnEvent(hit: TriggerHit, sentenceHits: readonly TriggerHit[]): boolean {
  return !sentenceHits.some((other) => other !== hit && other.value.rule !== "kill");
}

/**
 * A killing word names its dead («قتل 4 مدنيين», «مقتل عنصرين من قوات النظام», «استشهاد طفل»); without
 * them («ووثق المرصد سقوط الضحايا») it only refers back to deaths already reported.
 */
export function killHasVictims(view: DocView, hit: TriggerHit, clause: Window): boolean {
  const to = Math.min(clause.to, hit.end + 4);
  const near = (list: readonly Span[]) => inRange(list, hit.end, to + 8).some((s) => s.start < to);
  return hasCue(view, "civilian", hit.end, to) || near(view.numbers) || near(view.actors);
}

/**
 * «فككت فرق الهندسة عبوة ناسفة», «اعترضت الدفاعات 3 صواريخ»: a weapon word in a clause that reports its
 * disruption is the disrupted weapon, not an explosion; an air strike beside it stays («غارة إسرائيلية
 * ودمشق تقول إنها اعترضت 3 صواريخ»).
 */
export function disruptedWeapon(hit: TriggerHit, clauseHits: readonly TriggerHit[]): boolean {
  const { rule, subType, eventType } = hit.value;
  const weapon = rule === "weapon" || rule === "explosion" || subType === "Suicide bomb";
  return (
    weapon &&
    eventType === "Explosions/Remote violence" &&
    clauseHits.some((h) => h.value.subType === "Disrupted weapons use")
  );
}

/** «انفجار», «تفجير»: chemical, a suicide bomber or a grenade when named, otherwise a remote explosive. */
export function explosionFromWeapon(view: DocView, w: Window): EventClass {
  if (hasCue(view, "chemical", w.from, w.to)) return klass("Chemical weapon");
  if (hasCue(view, "suicide", w.from, w.to)) return klass("Suicide bomb");
  if (hasCue(view, "grenade", w.from, w.to)) return klass("Grenade");
  return klass("Remote explosive/landmine/IED");
}

/**
 * A generic attack («هجوم», «استهداف», «اعتداء»): with a weapon it is remote violence of that kind; on an
 * armed actor it is an armed clash; on civilians or captives, or beside a massacre told in its sentence,
 * with no clash in the clause, it is ACLED's violence against civilians; otherwise an armed clash.
 */
export function attackFromTarget(
  view: DocView,
  w: Window,
  weapon: EventClass | null,
  target: RoleActor | null,
  civilianTarget: boolean,
): EventClass {
  if (weapon) return weapon;
  if (target && target.inter !== 7) return klass("Armed clash");
  const sentence = view.sentences[view.clauses[view.clauseOf[w.from]!]!.sentence]!;
  const massacre = hasCue(view, "massacre", sentence.start, sentence.end);
  if ((civilianTarget || massacre || target?.inter === 7) && !hasCue(view, "clash", w.from, w.to))
    return klass("Attack");
  return klass("Armed clash");
}

/**
 * Advance and capture: the government regains territory when state forces take it, otherwise a non-state
 * actor overtakes it; with no actor named, the word's own reading stands («استعادة» regains, «سيطرة» overtakes).
 */
export function territoryByActor(actor1: RoleActor | null, fallback: EventClass): EventClass {
  if (!actor1) return fallback;
  return actor1.inter === 1
    ? klass("Government regains territory")
    : klass("Non-state actor overtakes territory");
}

/**
 * A killing with no other event: by aircraft («طائرات روسية قتلت») an air strike; civilians killed → an
 * attack on civilians; fighters killed → a clash.
 */
export function killByVictims(victims: RoleActor | null, civilianVictims: boolean): EventClass {
  if (victims && victims.inter !== 7) return klass("Armed clash");
  return civilianVictims || victims?.inter === 7 ? klass("Attack") : klass("Armed clash");
}

/**
 * Burning: people burnt («يحرق أربعة عناصر», «بإحراق شاب») is an attack on them (ACLED: violence against
 * civilians, captives included); property named after it («أحرق عناصر التنظيم مقراتهم») is property destroyed.
 */
export function burnClass(view: DocView, hit: TriggerHit, w: Window): EventClass {
  const to = Math.min(w.to, hit.end + 4);
  if (hasCue(view, "property", hit.end, to)) return klass("Looting/property destruction");
  const people =
    hasCue(view, "person", hit.end, to) ||
    hasCue(view, "civilian", hit.end, to) ||
    inRange(view.numbers, hit.end, to).length > 0;
  return people ? klass("Attack") : klass("Looting/property destruction");
}

/**
 * Burning or storming done by protesters («أحرق المحتجون», «متظاهرون اقتحموا») is a violent demonstration;
 * protesters fired on («إطلاق نار على مظاهرة») did nothing violent. The protesters must be the doer: right
 * after the trigger or up to three words before it.
 */
export function riotFromProtesters(
  view: DocView,
  hit: TriggerHit,
  w: Window,
  current: EventClass,
): EventClass {
  // «اندلعت احتجاجات في مدن عدة شهدت اشتباكات مع قوات الأمن»: a protest that turned into clashes is one
  // violent demonstration, told by both words.
  if (current.subType === "Peaceful protest")
    return clashNear(view, hit.end, Math.min(w.to, hit.end + RIOT_REACH + 1), hit)
      ? klass("Violent demonstration")
      : current;
  const violent = current.subType === "Looting/property destruction" || current.eventType === "Battles";
  if (!violent) return current;
  const doer =
    hasCue(view, "protester", hit.end, Math.min(w.to, hit.end + 1)) ||
    cuesIn(view, "protester", w.from, hit.start).some(
      (c) => wordsBetween(view, c.end - 1, hit.start) <= RIOT_REACH,
    );
  return doer ? klass("Violent demonstration") : current;
}

/** Words between protesters and the violence they did, or a protest and the clash it turned into. */
const RIOT_REACH = 4;

function clashNear(view: DocView, from: number, to: number, hit: TriggerHit): boolean {
  return cuesIn(view, "clash", from, to).some((c) => wordsBetween(view, hit.end - 1, c.start) <= RIOT_REACH);
}

/** A protest in which people were killed is ACLED's excessive force against protesters. */
export function protestWithDeaths(current: EventClass, fatalities: number | null): EventClass {
  return current.eventType === "Protests" && fatalities !== null && fatalities > 0
    ? klass("Excessive force against protesters")
    : current;
}

/** The class an entry gets before context: its own sub-type. */
export function entryClass(entry: TriggerEntry): EventClass {
  return { eventType: entry.eventType, subType: entry.subType };
}
