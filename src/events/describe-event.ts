import type { ActorMention, EventMention, EventPlace, EventStatus } from "../core/layers.js";
import { textSpan } from "../core/span.js";
import { isCivilianParty, type RoleActor, type Roles } from "./actors-roles.js";
import { aggregatePeriod, aggregateRange, toldAsDaily } from "./aggregate.js";
import { assignRoles, civilianTarget, defaultRoles } from "./assign-roles.js";
import {
  attackFromTarget,
  burnClass,
  type EventClass,
  entryClass,
  explosionFromWeapon,
  killByVictims,
  riotFromProtesters,
  territoryByActor,
  type Window,
} from "./classify.js";
import { chooseDate, type DateChoice } from "./date.js";
import { type Clause, clauseAt, cuesIn, type DocView, hasCue, inRange, type Located } from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";
import { chooseDestination, choosePlace } from "./place.js";
import { claimsAbout, ownStatus, strongerStatus } from "./status.js";
import { strikeClass, weaponClass, weaponCues } from "./weapons.js";

/** Everything about one trigger except the numbers, which are shared out over all triggers afterwards. */
export interface Described {
  readonly hit: TriggerHit;
  readonly cls: EventClass;
  readonly clause: Clause;
  readonly roles: Roles;
  readonly status: EventStatus;
  readonly claims: readonly string[];
  readonly place: EventPlace | null;
  readonly placeFromDoc: boolean;
  readonly destination: EventPlace | null;
  readonly date: DateChoice;
  readonly aggregate: boolean;
}

export interface DocContext {
  /** Parties that are not the source of a claim about the event. */
  readonly parties: readonly Located<ActorMention>[];
  /** All parties, sources of claims included (for strategic developments: «أعلنت حركة … اندماجها»). */
  readonly withSources: readonly Located<ActorMention>[];
  readonly spots: Parameters<typeof choosePlace>[1];
  readonly triggerClauses: ReadonlySet<number>;
  /** Every trigger kept in the document: a weapon word inside another trigger belongs to that event. */
  readonly hits: readonly TriggerHit[];
}

const klassOf = (subType: string, eventType: EventClass["eventType"]): EventClass => ({ eventType, subType });

/** A killing by aircraft named as its subject («قتلت طائرات روسية») is an air strike; else read by its victims. */
function killClass(
  view: DocView,
  hit: TriggerHit,
  clause: Clause,
  roles: Roles,
  hits: readonly TriggerHit[],
) {
  if (weaponCues(view, "air", hit, clause, hits).length > 0)
    return klassOf("Air/drone strike", "Explosions/Remote violence");
  return killByVictims(roles.actor2, hasCue(view, "civilian", hit.end, clause.end));
}

/** «إجلاء 18 مريضا»: patients evacuated are carried out under a deal (ACLED: Agreement). */
function evacuatesPatients(view: DocView, hit: TriggerHit, w: Window): boolean {
  const evacuation = cuesIn(view, "evacuation", hit.start, hit.end).length > 0;
  return evacuation && hasCue(view, "patient", hit.end, Math.min(w.to, hit.end + 4));
}

/** The ACLED class of a trigger after its rule has read the context (see classify.ts, weapons.ts). */
function classOf(view: DocView, hit: TriggerHit, clause: Clause, roles: Roles, hits: readonly TriggerHit[]) {
  const entry = hit.value;
  const w: Window = { from: clause.start, to: clause.end };
  let cls = entryClass(entry);
  if (entry.rule === "strike") cls = strikeClass(view, hit, clause, hits);
  else if (entry.rule === "explosion") cls = explosionFromWeapon(view, w);
  else if (entry.rule === "attack") {
    const weapon = weaponClass(view, hit, clause, hits);
    cls = attackFromTarget(view, w, weapon, roles.actor2, civilianTarget(view, hit, clause));
  } else if (entry.rule === "territory") cls = territoryByActor(roles.actor1, cls);
  else if (entry.rule === "kill") cls = killClass(view, hit, clause, roles, hits);
  else if (entry.rule === "burn") cls = burnClass(view, hit, w);
  else if (entry.rule === "massacre") cls = weaponClass(view, hit, clause, hits) ?? cls;
  else if (entry.rule === "weapon" && hasCue(view, "chemical", w.from, w.to))
    cls = klassOf("Chemical weapon", "Explosions/Remote violence");
  else if (entry.rule === "move" && evacuatesPatients(view, hit, w))
    cls = klassOf("Agreement", "Strategic developments");
  return riotFromProtesters(view, hit, w, cls);
}

function sentenceParties(view: DocView, ctx: DocContext, clause: Clause): Located<ActorMention>[] {
  const sentence = view.sentences[clause.sentence]!;
  return inRange(ctx.parties, sentence.start, sentence.end);
}

export function describe(view: DocView, hit: TriggerHit, ctx: DocContext): Described {
  const clause = clauseAt(view, hit.start);
  // A side announcing its own capture or agreement is a party to it: only violence keeps sources out.
  const own = hit.value.eventType === "Strategic developments" || hit.value.rule === "territory";
  const found = assignRoles(view, own ? ctx.withSources : ctx.parties, hit, clause);
  const cls = classOf(view, hit, clause, found, ctx.hits);
  const trigger = { start: view.tokens[hit.start]!.start, end: view.tokens[hit.end - 1]!.end };
  const claims = claimsAbout(view, trigger);
  const { place, fromDoc } = choosePlace(view, ctx.spots, hit, ctx.triggerClauses);
  const inSentence = sentenceParties(view, ctx, clause);
  const civilians = civilianTarget(view, hit, clause) || inSentence.some((p) => isCivilianParty(view, p));
  const roles = defaultRoles(view, found, cls, { place, civilians, sentenceParties: inSentence });
  const told = strongerStatus(ownStatus(view, hit, clause), claims.status);
  const period = aggregatePeriod(view, hit, cls.eventType);
  const range = period ? aggregateRange(view, period) : null;
  const daily = !range && toldAsDaily(view, hit, cls.eventType);
  const date: DateChoice = range
    ? {
        date: range.date,
        timePrecision: range.timePrecision,
        span: range.span,
        timeOfDay: null,
        rank: range.timePrecision,
      }
    : chooseDate(view, hit, ctx.triggerClauses, told === "expected");
  const transfer = cls.subType === "Non-violent transfer of territory";
  return {
    hit,
    cls,
    clause,
    roles,
    status: strongerStatus(told, daily ? "ongoing" : (range?.status ?? "happened")),
    claims: claims.ids,
    place,
    placeFromDoc: fromDoc,
    destination: transfer ? chooseDestination(view, hit, ctx.triggerClauses) : null,
    date,
    aggregate: range !== null || daily,
  };
}

function actorKeys(actor: RoleActor | null, n: "1" | "2"): Partial<EventMention> {
  if (!actor) return {};
  const keys: Record<string, unknown> = { [`actor${n}_id`]: actor.id, [`inter${n}`]: actor.inter };
  if (actor.span) keys[`actor${n}_span`] = actor.span;
  return keys as Partial<EventMention>;
}

/** The event mention of one described trigger (id given later, after merging). */
export function toMention(
  view: DocView,
  d: Described,
  counts: Pick<EventMention, "fatalities"> & Partial<EventMention>,
): EventMention {
  const { hit, roles, date } = d;
  const first = view.tokens[hit.start]!;
  // The trigger keeps its article («الاشتباكات») but not a conjunction or preposition («وشنت», «بقصف»).
  const article = first.prefixes?.find((p) => view.text.slice(p.start, p.end) === "ال");
  const start = article?.start ?? (first.stem && first.prefixes ? first.stem.start : first.start);
  return {
    id: "",
    event_type: d.cls.eventType,
    sub_event_type: d.cls.subType,
    trigger: textSpan(view.text, start, view.tokens[hit.end - 1]!.end),
    sentence: view.sentenceSpans[d.clause.sentence]!,
    date: date.date,
    time_precision: date.timePrecision,
    ...(date.span ? { date_span: date.span } : {}),
    ...(date.timeOfDay !== null ? { time_of_day: date.timeOfDay } : {}),
    place: d.place,
    ...(d.destination ? { destination: d.destination } : {}),
    actor1: roles.actor1?.name ?? null,
    actor2: roles.actor2?.name ?? null,
    ...actorKeys(roles.actor1, "1"),
    ...actorKeys(roles.actor2, "2"),
    ...(roles.assoc1 ? { assoc_actor_1: roles.assoc1.name } : {}),
    ...(roles.assoc2 ? { assoc_actor_2: roles.assoc2.name } : {}),
    ...counts,
    status: d.status,
    ...(d.aggregate ? { aggregate: true } : {}),
    claims: d.claims,
  };
}
