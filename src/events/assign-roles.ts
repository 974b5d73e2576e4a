import type { ActorMention, EventPlace, EventType } from "../core/layers.js";
import {
  agentRole,
  appositive,
  betweenRoles,
  coordinated,
  isCivilianParty,
  markedAsObject,
  type RoleActor,
  RoleSlots,
  type Roles,
  roleActor,
} from "./actors-roles.js";
import {
  type Clause,
  cuesIn,
  type DocView,
  hasCue,
  inRange,
  type Located,
  wordsBetween,
} from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";
import type { TriggerEntry } from "./trigger-lexicon.js";

type Party = Located<ActorMention>;

function hasPreposition(view: DocView, party: Party): boolean {
  const token = view.tokens[party.start]!;
  return (token.prefixes ?? []).some((p) => {
    const letter = view.text.slice(p.start, p.end);
    return letter === "ل" || letter === "ب";
  });
}

/** How far after a trigger its subject or genitive may stand, in words. */
function reachAfter(
  view: DocView,
  hit: TriggerHit,
  entry: TriggerEntry,
  clause: Clause,
  party: Party,
): boolean {
  const gap = wordsBetween(view, hit.end - 1, party.start);
  if (entry.rule === "move" && gap <= 5 && hasCue(view, "mover", hit.end, party.start)) return true;
  return gap <= (entry.pos === "v" ? 2 : 1) && party.end <= clause.end;
}

/**
 * The actor right after the trigger: the subject of a verb («قصفت قوات النظام»), the doer of a noun
 * («انسحاب التنظيم», «قصف قوات النظام»), or, for civilians and for nouns of arrest or abduction, the target.
 */
function followingActor(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  entry: TriggerEntry,
  clause: Clause,
  slots: RoleSlots,
): void {
  const party = inRange(parties, hit.end, clause.end)[0];
  if (!party || !reachAfter(view, hit, entry, clause, party)) return;
  // A subject or doer takes no preposition: «سلمت المنطقة لقوات النظام» names who received it.
  if (hasPreposition(view, party)) return;
  if (markedAsObject(view, hit.end, party.start)) return;
  const doer = entry.pos !== "no" || entry.rule === "strike" || entry.rule === "attack";
  if (isCivilianParty(view, party) || !doer || entry.rule === "kill") slots.put("actor2", party);
  else slots.put("actor1", party);
}

/**
 * The nearest actor before the trigger in its clause is its subject («قوات النظام تعمد إلى التقدم»,
 * «شن جيش الأبابيل هجوماً»). «X (Y)» makes Y X's associate; «X وY» makes the pair actor1 and actor2 for
 * agreements and clashes, an actor and its associate otherwise.
 */
function precedingActor(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  eventType: EventType,
  clause: Clause,
  slots: RoleSlots,
): void {
  // A subject stands close to its verb; what moves in «وصول حافلات» is never an actor named far before.
  const reach = hit.value.rule === "move" ? 3 : 8;
  const before = inRange(parties, clause.start, hit.start).filter(
    (p) => wordsBetween(view, p.end - 1, hit.start) <= reach,
  );
  let k = before.length - 1;
  while (
    k >= 0 &&
    (isCivilianParty(view, before[k]!) ||
      markedAsObject(view, Math.max(clause.start, before[k]!.start - 3), before[k]!.start))
  )
    k--;
  const party = before[k];
  if (!party) return;
  const host = before[k - 1];
  if (host && appositive(view, host, party)) {
    slots.put("actor1", host);
    slots.put("assoc1", party);
  } else if (host && coordinated(view, host, party)) {
    const symmetric = eventType === "Battles" || eventType === "Strategic developments";
    slots.put("actor1", host);
    slots.put(symmetric ? "actor2" : "assoc1", party);
  } else {
    slots.put("actor1", party);
  }
}

const SUBJECT_REACH = 12;

/**
 * «استعادت الهيئة السيطرة على القرى، بعد معارك مع قوات النظام»: a fight whose clause names no doer was
 * fought by the subject of its sentence, the nearest party before it in an earlier clause.
 */
function sentenceSubject(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  clause: Clause,
  slots: RoleSlots,
): void {
  if (slots.get("actor1")) return;
  const sentence = view.sentences[clause.sentence]!;
  const before = inRange(parties, sentence.start, clause.start).filter(
    (p) => !isCivilianParty(view, p) && wordsBetween(view, p.end - 1, hit.start) <= SUBJECT_REACH,
  );
  const subject = [...before]
    .reverse()
    .find((p) => !markedAsObject(view, Math.max(sentence.start, p.start - 3), p.start));
  slots.put("actor1", subject);
}

const TARGET_REACH = 8;
const CUE_TO_TARGET = 3;

/**
 * «هجوماً على نقاط X», «ضد X», and for agreements and battles «مع X»: an actor at most eight words after the trigger,
 * at most three words after the cue that marks it, is actor2.
 */
function targetActor(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  clause: Clause,
  slots: RoleSlots,
): void {
  const symmetric = hit.value.subType === "Agreement" || hit.value.eventType === "Battles";
  const labels = symmetric ? (["target", "with"] as const) : (["target"] as const);
  for (const party of inRange(parties, hit.end, clause.end)) {
    if (wordsBetween(view, hit.end - 1, party.start) > TARGET_REACH) return;
    if (slots.get("actor1") === party || slots.get("assoc1") === party) continue;
    const marked = labels.some((label) =>
      cuesIn(view, label, hit.end, party.start).some(
        (c) => wordsBetween(view, c.end - 1, party.start) <= CUE_TO_TARGET,
      ),
    );
    if (marked) {
      slots.put("actor2", party);
      return;
    }
  }
}

/** Whether the clause says civilians were the target: a civilian word right after the trigger or after «على». */
export function civilianTarget(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hasCue(view, "civilian", hit.end, Math.min(clause.end, hit.end + 3))) return true;
  return cuesIn(view, "target", hit.end, clause.end).some((c) =>
    hasCue(view, "civilian", c.end, Math.min(clause.end, c.end + 3)),
  );
}

export function assignRoles(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  clause: Clause,
): Roles {
  const entry = hit.value;
  const slots = new RoleSlots(view);
  betweenRoles(view, parties, hit, slots);
  slots.put("actor1", agentRole(view, parties, hit, clause));
  followingActor(view, parties, hit, entry, clause, slots);
  precedingActor(view, parties, hit, entry.eventType, clause, slots);
  targetActor(view, parties, hit, clause, slots);
  if (entry.eventType === "Battles" && entry.rule !== "territory")
    sentenceSubject(view, parties, hit, clause, slots);
  if (entry.rule === "kill") {
    // «مقتل 5 عناصر من قوات النظام»: the actor after a killing word is the side that lost people.
    slots.put(
      "actor2",
      inRange(parties, hit.end, clause.end).find((p) => p !== slots.get("actor1")),
    );
  }
  return slots.roles();
}

const countryOf = (place: EventPlace | null) => place?.country ?? null;
const named = (label: string, country: string | null) => (country ? `${label} (${country})` : label);

/**
 * Coding defaults ACLED applies when the text names no actor: protesters and rioters are coded by country;
 * civilian victims of violence are the civilians actor; an air strike with no named aircraft belongs to the
 * one state or foreign armed force the sentence names, if only one is named.
 */
export function defaultRoles(
  view: DocView,
  roles: Roles,
  sub: { eventType: EventType; subType: string },
  context: { place: EventPlace | null; civilians: boolean; sentenceParties: readonly Party[] },
): Roles {
  const country = countryOf(context.place);
  if (sub.eventType === "Protests") return protestRoles(roles, sub.subType, country);
  let { actor1, actor2 } = roles;
  if (!actor1 && sub.eventType === "Riots") actor1 = { name: named("Rioters", country), id: null, inter: 5 };
  if (!actor1 && sub.subType === "Air/drone strike") actor1 = loneStateForce(view, context.sentenceParties);
  const violent =
    sub.eventType === "Violence against civilians" || sub.eventType === "Explosions/Remote violence";
  if (!actor2 && violent && context.civilians) actor2 = civilianActor(view, context.sentenceParties, country);
  if (!actor2 && sub.eventType !== "Strategic developments")
    actor2 = victimsSide(view, context.sentenceParties, actor1);
  if (actor1 && actor2 && actor1.id !== null && actor1.id === actor2.id) actor2 = null;
  // ACLED always codes an actor1; in a clash or an agreement the one named party takes that place. Not in a
  // capture: the side a place was taken from («بعد طرد التنظيم منها») is never the one that took it.
  const capture =
    sub.subType === "Government regains territory" || sub.subType === "Non-state actor overtakes territory";
  const symmetric = !capture && (sub.eventType === "Battles" || sub.eventType === "Strategic developments");
  if (!actor1 && actor2 && symmetric) return { ...roles, actor1: actor2, actor2: null };
  return { ...roles, actor1, actor2 };
}

/**
 * ACLED codes protesters as actor1 of a protest and the force that intervenes as actor2; in excessive force
 * against protesters the force that fired is actor1 and the protesters actor2.
 */
function protestRoles(roles: Roles, subType: string, country: string | null): Roles {
  const protesters: RoleActor = { name: named("Protesters", country), id: null, inter: 6 };
  const force = roles.actor1 ?? roles.actor2;
  if (subType === "Excessive force against protesters")
    return { ...roles, actor1: force, actor2: protesters };
  return { ...roles, actor1: protesters, actor2: force };
}

/**
 * «قتل عنصران من قوات النظام … باستهداف لهيئة تحرير الشام»: the side that lost people, named right after a
 * death or wound word in the sentence, is the other party of a violent event.
 */
function victimsSide(view: DocView, parties: readonly Party[], actor1: RoleActor | null): RoleActor | null {
  for (const party of parties) {
    if (party.item.actor_id === actor1?.id || isCivilianParty(view, party)) continue;
    const from = Math.max(0, party.start - 6);
    const hurt = [...cuesIn(view, "death", from, party.start), ...cuesIn(view, "wound", from, party.start)];
    if (hurt.some((c) => wordsBetween(view, c.end - 1, party.start) <= 3)) return roleActor(view, party);
  }
  return null;
}

function loneStateForce(view: DocView, parties: readonly Party[]): RoleActor | null {
  const forces = parties.filter((p) => {
    const kind = p.item.actor_id ? view.dict?.byId.get(p.item.actor_id)?.kind : undefined;
    return (p.item.inter === 1 || p.item.inter === 8) && (kind === undefined || kind === "armed");
  });
  const ids = new Set(forces.map((p) => p.item.actor_id));
  return ids.size === 1 && forces[0] ? roleActor(view, forces[0]) : null;
}

function civilianActor(view: DocView, parties: readonly Party[], country: string | null): RoleActor {
  const mention = parties.find((p) => isCivilianParty(view, p));
  return mention ? roleActor(view, mention) : { name: named("Civilians", country), id: null, inter: 7 };
}
