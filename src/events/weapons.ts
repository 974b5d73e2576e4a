import { eventTypeOf } from "./acled-types.js";
import type { EventClass } from "./classify.js";
import { type Clause, cuesIn, type DocView, wordsBetween } from "./doc-view.js";
import type { CueHit, TriggerHit } from "./find-triggers.js";
import type { CueLabel } from "./trigger-lexicon.js";

const klass = (subType: string): EventClass => ({ eventType: eventTypeOf(subType)!, subType });

/** Words before a trigger where its subject may name the weapon («طائرات حربية استهدفت», «طائرات روسية قتلت»). */
const SUBJECT_REACH = 4;
/** Words after a trigger where an instrument «بـ» may name it («استهدفت القوات بقذائف الهاون البلدة»). */
const INSTRUMENT_REACH = 5;
/** Words after a strike word where «لـ» may name the force that struck («قصف مكثف للتحالف»). */
const OF_REACH = 2;

/** The proclitics of a token («ب», «ل», «و», «ال» …). */
export function prefixesAt(view: DocView, token: number): string[] {
  return (view.tokens[token]!.prefixes ?? []).map((p) => view.text.slice(p.start, p.end));
}

function hasPrefix(view: DocView, token: number, prefix: string): boolean {
  return prefixesAt(view, token).includes(prefix);
}

/** Whether a cue lies inside another trigger: that trigger is an event of its own («القصف والغارات»). */
function inOtherTrigger(cue: CueHit, hit: TriggerHit, others: readonly TriggerHit[]): boolean {
  return others.some((o) => o !== hit && o.start <= cue.start && cue.end <= o.end);
}

/**
 * The weapon cues that say how this trigger was carried out: in the trigger itself, in its subject before it
 * («القصف استهدف السوق», «طائرات حربية استهدفت»), right after a verb (its subject: «استهدفت طائرة مسيرة
 * سيارة»), or after it as an instrument with «بـ». A weapon after «لـ» or far in the clause is a target
 * («استهدف مربض المدفعية»); one inside a later trigger joined by «و» is that event's («القصف والغارات»).
 */
export function weaponCues(
  view: DocView,
  label: CueLabel,
  hit: TriggerHit,
  clause: Clause,
  others: readonly TriggerHit[],
): CueHit[] {
  return cuesIn(view, label, clause.start, clause.end).filter((cue) => {
    if (cue.start >= hit.start && cue.end <= hit.end) return true;
    if (cue.end <= hit.start) return wordsBetween(view, cue.end - 1, hit.start) <= SUBJECT_REACH;
    if (inOtherTrigger(cue, hit, others) && hasPrefix(view, cue.start, "و")) return false;
    const gap = wordsBetween(view, hit.end - 1, cue.start);
    const prefixes = prefixesAt(view, cue.start);
    // «بقذائف الهاون», «لهجوم … من طائرات روسية»: an instrument or a source of fire.
    const from = view.tokens[cue.start - 1]?.norm === "من";
    if (prefixes.includes("ب") || from) return gap <= INSTRUMENT_REACH;
    // «قصف مكثف للتحالف الدولي»: after a strike word, «لـ» on a force that strikes from the air names its doer.
    const of = prefixes.includes("ل") || prefixes.includes("لل");
    if (label === "airpower" && of && hit.value.rule === "strike") return gap <= OF_REACH;
    return gap <= 1 && !prefixes.includes("ل") && !prefixes.includes("لل");
  });
}

/** The remote-violence class the weapon named with a trigger gives, or null when none is named. */
export function weaponClass(
  view: DocView,
  hit: TriggerHit,
  clause: Clause,
  others: readonly TriggerHit[],
): EventClass | null {
  const has = (label: CueLabel) => weaponCues(view, label, hit, clause, others).length > 0;
  if (has("chemical")) return klass("Chemical weapon");
  if (has("suicide")) return klass("Suicide bomb");
  if (has("ied")) return klass("Remote explosive/landmine/IED");
  if (has("air")) return klass("Air/drone strike");
  if (has("grenade")) return klass("Grenade");
  if (has("artillery")) return klass("Shelling/artillery/missile attack");
  if (has("airpower")) return klass("Air/drone strike");
  return null;
}

/** Ground weapons named with a trigger, leaving out the strike words themselves («قصف» is one). */
function groundWeapons(
  view: DocView,
  hit: TriggerHit,
  clause: Clause,
  others: readonly TriggerHit[],
): CueHit[] {
  const strikeWord = (c: CueHit) =>
    [hit, ...others].some((o) => o.value.rule === "strike" && o.start <= c.start && c.end <= o.end);
  return weaponCues(view, "artillery", hit, clause, others).filter((c) => !strikeWord(c));
}

/**
 * Whether a trigger was carried out from the air: aircraft named with it («طائرات حربية قصفت»), or a
 * force that strikes from the air («قصف روسي») when no ground weapon is named with it.
 */
export function fromTheAir(
  view: DocView,
  hit: TriggerHit,
  clause: Clause,
  others: readonly TriggerHit[],
): boolean {
  if (weaponCues(view, "air", hit, clause, others).length > 0) return true;
  if (weaponCues(view, "airpower", hit, clause, others).length === 0) return false;
  return groundWeapons(view, hit, clause, others).length === 0;
}

/** «قصف متبادل», «قصف بين الجانبين»: fire exchanged between two sides is a clash (ACLED). */
export function exchangedFire(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  return cuesIn(view, "between", hit.end, clause.end).some(
    (c) => wordsBetween(view, hit.end - 1, c.start) <= 3,
  );
}

/**
 * «قصف» (or an attack whose only weapon is the word «قصف») with no weapon of either kind named and not set
 * beside an air strike: what kind of strike it was is read from the report.
 */
export function bareStrike(
  view: DocView,
  hit: TriggerHit,
  clause: Clause,
  others: readonly TriggerHit[],
): boolean {
  if (hit.value.rule !== "strike" && hit.value.rule !== "attack") return false;
  const air =
    weaponCues(view, "air", hit, clause, others).length +
    weaponCues(view, "airpower", hit, clause, others).length;
  return (
    air === 0 && groundWeapons(view, hit, clause, others).length === 0 && !besideAirStrike(view, hit, others)
  );
}

/** «القصف والغارات», «الضربات الجوية والقصف»: the writer joins two kinds of strike with «و». */
function besideAirStrike(view: DocView, hit: TriggerHit, others: readonly TriggerHit[]): boolean {
  const joined = (first: TriggerHit, second: TriggerHit) =>
    wordsBetween(view, first.end - 1, second.start) <= 1 && hasPrefix(view, second.start, "و");
  return others.some(
    (o) =>
      o !== hit &&
      o.value.subType === "Air/drone strike" &&
      (o.start >= hit.end ? joined(hit, o) : o.end <= hit.start && joined(o, hit)),
  );
}

/**
 * «قصف» is artillery unless aircraft are named or implied with it («قصفت المروحيات», «قصف روسي»), and
 * always artillery when the writer sets it beside air strikes («القصف والغارات»: two events); chemical
 * agents make it a chemical attack, fire between two sides a clash.
 */
export function strikeClass(
  view: DocView,
  hit: TriggerHit,
  clause: Clause,
  others: readonly TriggerHit[],
): EventClass {
  if (cuesIn(view, "chemical", clause.start, clause.end).length > 0) return klass("Chemical weapon");
  if (exchangedFire(view, hit, clause)) return klass("Armed clash");
  if (!besideAirStrike(view, hit, others) && fromTheAir(view, hit, clause, others))
    return klass("Air/drone strike");
  return klass("Shelling/artillery/missile attack");
}
