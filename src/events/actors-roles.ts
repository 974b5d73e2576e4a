import type { ActorMention } from "../core/layers.js";
import { type TextSpan, textSpan } from "../core/span.js";
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

/** An actor in an event role: from a mention in the text (with its span) or supplied by a coding rule. */
export interface RoleActor {
  readonly name: string;
  readonly id: string | null;
  readonly inter: number | null;
  readonly span?: TextSpan;
}

export interface Roles {
  readonly actor1: RoleActor | null;
  readonly actor2: RoleActor | null;
  readonly assoc1: RoleActor | null;
  readonly assoc2: RoleActor | null;
}

type Party = Located<ActorMention>;
type Slot = "actor1" | "actor2" | "assoc1" | "assoc2";

/** Monitors, outlets and aid agencies report events; they are not parties to them. */
const NON_PARTY_KINDS = new Set(["monitor", "media", "humanitarian"]);

/**
 * The actor mentions that can be parties: resolved and not a reporter; with `sources` false, not the source
 * of a claim either («صفحات التنظيمات الإرهابية» reporting an attack did not carry it out). Strategic
 * developments keep sources: a group announcing its own merger or agreement is a party to it.
 */
export function partiesOf(view: DocView, sources = false): Party[] {
  const claimSources = sources
    ? []
    : view.claims.flatMap((c) =>
        c.source.start !== undefined && c.source.end !== undefined
          ? [{ start: c.source.start, end: c.source.end }]
          : [],
      );
  return view.actors.filter(({ item }) => {
    if (item.name_en === null || item.actor_id === null) return false;
    const kind = view.dict?.byId.get(item.actor_id)?.kind;
    if (kind !== undefined ? NON_PARTY_KINDS.has(kind) : item.inter === 7 && item.actor_id !== "civilians") {
      return false;
    }
    return !claimSources.some((s) => item.start >= s.start && item.end <= s.end);
  });
}

export function isCivilianParty(view: DocView, party: Party): boolean {
  const kind = party.item.actor_id ? view.dict?.byId.get(party.item.actor_id)?.kind : undefined;
  return kind === "civilian" || (kind === undefined && party.item.inter === 7);
}

export function roleActor(view: DocView, party: Party): RoleActor {
  const { item } = party;
  return {
    name: item.name_en ?? item.text,
    id: item.actor_id,
    inter: item.inter,
    span: textSpan(view.text, item.start, item.end),
  };
}

/** Fills the four role slots, never giving one actor two roles. */
export class RoleSlots {
  private readonly slots: Partial<Record<Slot, Party>> = {};
  constructor(private readonly view: DocView) {}
  get(slot: Slot): Party | undefined {
    return this.slots[slot];
  }
  put(slot: Slot, party: Party | undefined): void {
    if (!party || this.slots[slot]) return;
    const id = party.item.actor_id;
    if (Object.values(this.slots).some((p) => p.item.actor_id === id)) return;
    this.slots[slot] = party;
  }
  roles(): Roles {
    const toRole = (slot: Slot) => {
      const party = this.slots[slot];
      return party ? roleActor(this.view, party) : null;
    };
    return {
      actor1: toRole("actor1"),
      actor2: toRole("actor2"),
      assoc1: toRole("assoc1"),
      assoc2: toRole("assoc2"),
    };
  }
}

/** The text between two mentions, normalised and without spaces or quotes («و» for «X وY»). */
function joinerText(view: DocView, a: Party, b: Party): string {
  return view.text.slice(a.item.end, b.item.start).replace(/[\s"'“”«»]/g, "");
}

/** «X وY»: two actors joined by «و» alone. */
export function coordinated(view: DocView, a: Party, b: Party): boolean {
  return a.item.end <= b.item.start && joinerText(view, a, b) === "و";
}

/** «جيش الأبابيل (الجيش الحر)»: the second actor is in brackets right after the first. */
export function appositive(view: DocView, host: Party, inner: Party): boolean {
  if (host.end > inner.start) return false;
  const between = view.tokens.slice(host.end, inner.start).map((t) => t.norm.replace(/["'“”«»]/g, ""));
  const after = view.tokens[inner.end]?.norm;
  return between.join("") === "(" && after === ")";
}

/**
 * «بين X و Y», «بين كل من X والمسلحين الموالين لها من جهة، و Y من جهة أخرى»: the first side is actor1
 * (and its associate), the second actor2; the pattern may run across commas to the end of the sentence.
 */
export function betweenRoles(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  slots: RoleSlots,
): void {
  const sentence = view.sentences[view.clauses[view.clauseOf[hit.start]!]!.sentence]!;
  const between = cuesIn(view, "between", hit.end, Math.min(sentence.end, hit.end + 4))[0];
  if (!between) return;
  const after = inRange(parties, between.end, sentence.end);
  const side1 = cuesIn(view, "side1", between.end, sentence.end)[0];
  if (side1) {
    const side2 = cuesIn(view, "side2", side1.end, sentence.end)[0];
    const first = after.filter((p) => p.end <= side1.start);
    const second = after.filter((p) => p.start >= side1.end && (!side2 || p.end <= side2.start));
    slots.put("actor1", first[0]);
    slots.put("assoc1", first[1]);
    slots.put("actor2", second[0]);
    slots.put("assoc2", second[1]);
    return;
  }
  const [a, b] = after;
  if (a && b && wordsBetween(view, a.end - 1, b.start) <= 1) {
    slots.put("actor1", a);
    slots.put("actor2", b);
  }
}

/** «من قبل X», «على يد X», «نفذتها X», «بنيران X», and «بقصف مدفعي لقوات النظام» (the «لـ» of the doer). */
export function agentRole(
  view: DocView,
  parties: readonly Party[],
  hit: TriggerHit,
  clause: Clause,
): Party | undefined {
  for (const cue of cuesIn(view, "agent", hit.end, clause.end)) {
    const party = inRange(parties, cue.end, clause.end)[0];
    if (party && wordsBetween(view, cue.end - 1, party.start) <= 1) return party;
  }
  // «لـ» after a noun of violence marks the doer; after «سلمت المنطقة» it marks the receiver.
  // Only after a noun: after a verb «لـ» marks whose the target is («قصفت أهدافا لداعش»).
  const violent =
    hit.value.pos !== "v" &&
    (hit.value.rule === "strike" ||
      hit.value.rule === "attack" ||
      hit.value.eventType === "Explosions/Remote violence");
  const next = inRange(parties, hit.end, clause.end)[0];
  if (violent && next && wordsBetween(view, hit.end - 1, next.start) <= 1 && startsWithLam(view, next))
    return next;
  return undefined;
}

function startsWithLam(view: DocView, party: Party): boolean {
  const token = view.tokens[party.start]!;
  const first = token.prefixes?.[0];
  return first !== undefined && view.text.slice(first.start, first.end) === "ل";
}

/** Whether a target or «مع» cue sits between the trigger and an actor («هجوماً على نقاط X», «اتفاق مع X»). */
export function markedAsObject(view: DocView, from: number, to: number): boolean {
  return hasCue(view, "target", from, to) || hasCue(view, "with", from, to);
}
