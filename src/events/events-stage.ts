import { type Doc, layer } from "../core/document.js";
import type { ActorMention, EventMention, EventType } from "../core/layers.js";
import type { Stage } from "../core/pipeline.js";
import type { ActorDictionary } from "../extract/actors/dictionary.js";
import { partiesOf, type RoleActor } from "./actors-roles.js";
import { disruptedWeapon, killIsOwnEvent, protestWithDeaths } from "./classify.js";
import { type Described, describe, toMention } from "./describe-event.js";
import { buildDocView, clauseAt, type DocLayers, type DocView, type Located } from "./doc-view.js";
import type { Draft } from "./draft.js";
import { assignCounts, type Counts } from "./fatalities.js";
import { unmadeInClause } from "./filters.js";
import { findTriggers, type TriggerHit } from "./find-triggers.js";
import { combine, dayRange, groupDrafts } from "./merge.js";
import { locatingPlaces } from "./place.js";
import { settle } from "./settle.js";
import type { EventLexicon } from "./trigger-lexicon.js";

declare module "../core/context.js" {
  interface Resources {
    eventTriggers?: EventLexicon;
  }
}

type Party = Located<ActorMention>;

/** Events whose death toll a killing word in the same sentence reports. */
const VIOLENT = new Set<EventType>([
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Riots",
  "Protests",
]);

/**
 * Drops triggers that are not events here: those their own clause unmakes (filters.ts), weapon words in a
 * clause that reports their disruption, and killing words in a sentence that has another violent trigger
 * (the killing is that event's death toll).
 */
function eventTriggers(view: DocView, hits: readonly TriggerHit[], parties: readonly Party[]): TriggerHit[] {
  const kept = hits.filter((hit) => !unmadeInClause(view, hit, parties));
  const sentenceOf = (hit: TriggerHit) => clauseAt(view, hit.start).sentence;
  return kept.filter((hit) => {
    const clauseHits = kept.filter((h) => view.clauseOf[h.start] === view.clauseOf[hit.start]);
    if (disruptedWeapon(hit, clauseHits)) return false;
    if (hit.value.rule !== "kill") return true;
    const violent = kept.filter((h) => sentenceOf(h) === sentenceOf(hit) && VIOLENT.has(h.value.eventType));
    return killIsOwnEvent(hit, violent);
  });
}

/** State forces are one side whatever unit the text names; other actors are sides by their own id. */
function sideOf(actor: RoleActor | null, dict: ActorDictionary | undefined): string[] {
  if (!actor?.id) return [];
  const entry = dict?.byId.get(actor.id);
  return [entry && entry.inter === 1 && entry.country ? `state:${entry.country}` : actor.id];
}

function countFields(counts: Counts | undefined): Pick<EventMention, "fatalities"> & Partial<EventMention> {
  if (!counts) return { fatalities: null };
  const { fatalitiesSpan: span } = counts;
  return {
    fatalities: counts.fatalities,
    ...(span
      ? { fatalities_span: { start: span.item.start, end: span.item.end, text: span.item.text } }
      : {}),
    ...(counts.quantities.length > 0 ? { quantities: counts.quantities } : {}),
  };
}

function toDraft(view: DocView, d: Described, counts: Counts | undefined): Draft {
  const cls = protestWithDeaths(d.cls, counts?.fatalities ?? null);
  const mention = toMention(view, { ...d, cls }, countFields(counts));
  return {
    hit: d.hit,
    mention,
    dateRank: d.date.rank,
    placeFromDoc: d.placeFromDoc,
    days: d.date.rank < 8 ? dayRange(mention.date) : null,
    sides: [...sideOf(d.roles.actor1, view.dict), ...sideOf(d.roles.actor2, view.dict)],
  };
}

/**
 * The events of one document: triggers found in one pass over the tokens, typed and given arguments from
 * their clause, sentence and document, then merged so each occurrence is one mention (ids e1, e2 … in text order).
 */
export function extractEvents(
  layers: DocLayers,
  lexicon: EventLexicon,
  dict?: ActorDictionary,
): EventMention[] {
  const view = buildDocView(layers, lexicon, dict);
  const parties = partiesOf(view);
  const withSources = partiesOf(view, true);
  const hits = eventTriggers(view, findTriggers(view.tokens, view.infos), withSources);
  const ctx = {
    parties,
    withSources,
    spots: locatingPlaces(view),
    triggerClauses: new Set(hits.map((h) => view.clauseOf[h.start]!)),
    hits,
  };
  const described = settle(
    view,
    hits.map((hit) => describe(view, hit, ctx)),
  );
  const counts = assignCounts(
    view,
    described.map((d) => ({ start: d.hit.start, end: d.hit.end, eventType: d.cls.eventType })),
  );
  const drafts = described.map((d, k) => toDraft(view, d, counts[k]));
  return groupDrafts(drafts)
    .map(combine)
    .sort((a, b) => a.trigger.start - b.trigger.start)
    .map((m, i) => ({ ...m, id: `e${i + 1}` }));
}

export const eventsStage: Stage<"events"> = {
  name: "events",
  version: "1",
  needs: ["tokens", "sentences", "places", "actors", "dates", "numbers", "claims"],
  adds: "events",
  run(doc: Doc, ctx) {
    const lexicon = ctx.resources.eventTriggers;
    if (!lexicon) throw new Error("eventsStage needs ctx.resources.eventTriggers (loadEventTriggers())");
    const layers: DocLayers = {
      text: doc.text,
      tokens: layer(doc, "tokens"),
      sentences: layer(doc, "sentences"),
      places: layer(doc, "places"),
      actors: layer(doc, "actors"),
      dates: layer(doc, "dates"),
      numbers: layer(doc, "numbers"),
      claims: doc.layers.claims ?? [],
      publishedAt: doc.meta.publishedAt,
    };
    return { layer: extractEvents(layers, lexicon, ctx.resources.actors) };
  },
};
