import type { EventQuantity, EventType, NumberMention } from "../core/layers.js";
import { cuesIn, type DocView, type Located, wordsBetween } from "./doc-view.js";

type Count = Located<NumberMention>;

/** Counted nouns that can be the dead or wounded when a death or wound word governs them. */
const PEOPLE = new Set([
  "civilians",
  "people",
  "fighters",
  "soldiers",
  "children",
  "women",
  "men",
  "killed",
  "wounded",
]);
/** Events whose deaths ACLED counts as fatalities. */
const VIOLENT = new Set<EventType>([
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Riots",
  "Protests",
]);
const CUE_REACH = 6;

export type CountRole = "killed" | "wounded" | "subset" | "count" | null;

/**
 * What a number counts for an event: the killed («مقتل 7 مدنيين», «سقوط 9 قتلى», «ارتفع عدد القتلى إلى 9»),
 * the wounded («إصابة 3 مدنيين», «أصيب أربعة آخرون»), a subset of either («بينهم طفلان», never added), or
 * another count (people moved, buses, fighters). The nearest death or wound word within six words before
 * the number, in its clause, decides; a number that counts nothing and has no such word is no quantity.
 */
export function countRole(view: DocView, n: Count): CountRole {
  const clause = view.clauses[view.clauseOf[n.start]!]!;
  if (cuesIn(view, "subset", clause.start, n.start).some((c) => c.end === n.start)) return "subset";
  if (n.item.counts === "killed") return "killed";
  if (n.item.counts === "wounded") return "wounded";
  if (n.item.counts === null || PEOPLE.has(n.item.counts)) {
    let best: { role: CountRole; gap: number } | null = null;
    for (const label of ["death", "wound"] as const) {
      for (const cue of cuesIn(view, label, clause.start, n.start)) {
        const gap = wordsBetween(view, cue.end - 1, n.start);
        if (gap <= CUE_REACH && (!best || gap < best.gap))
          best = { role: label === "death" ? "killed" : "wounded", gap };
      }
    }
    if (best) return best.role;
  }
  return n.item.counts === null ? null : "count";
}

export interface NumberTarget {
  readonly start: number;
  readonly end: number;
  readonly eventType: EventType;
}

/** The event a number belongs to: the nearest trigger in its clause, else the nearest in its sentence. */
function owner(view: DocView, n: Count, targets: readonly NumberTarget[], violentOnly: boolean): number {
  const clause = view.clauseOf[n.start]!;
  const sentence = view.clauses[clause]!.sentence;
  let best = -1;
  let bestKey = Number.POSITIVE_INFINITY;
  targets.forEach((t, k) => {
    if (violentOnly && !VIOLENT.has(t.eventType)) return;
    const tc = view.clauseOf[t.start]!;
    if (view.clauses[tc]!.sentence !== sentence) return;
    const gap = Math.max(0, t.start >= n.end ? t.start - n.end : n.start - t.end);
    const key = (tc === clause ? 0 : 10_000) + gap;
    if (key < bestKey) {
      best = k;
      bestKey = key;
    }
  });
  return best;
}

export interface Counts {
  fatalities: number | null;
  fatalitiesSpan: Count | null;
  readonly quantities: EventQuantity[];
}

/**
 * «قتل مدني», «مقتل عنصر من قوات النظام»: a singular victim right after a death word is one death, though no
 * number is written.
 */
export function singleDeaths(view: DocView): Count[] {
  const out: Count[] = [];
  for (const cue of view.cueIndex.get("death") ?? []) {
    const victim = cuesIn(view, "single", cue.end, cue.end + 1)[0];
    if (!victim || view.numbers.some((n) => n.start === victim.start)) continue;
    const first = view.tokens[victim.start]!;
    const last = view.tokens[victim.end - 1]!;
    const item: NumberMention = {
      start: first.start,
      end: last.end,
      text: view.text.slice(first.start, last.end),
      value: 1,
      approx: false,
      qualifier: null,
      counts: "killed",
    };
    out.push({ item, start: victim.start, end: victim.end });
  }
  return out;
}

/** Shares the document's numbers among the events: deaths to violent events only, other counts to any. */
export function assignCounts(view: DocView, targets: readonly NumberTarget[]): Counts[] {
  const out: Counts[] = targets.map(() => ({ fatalities: null, fatalitiesSpan: null, quantities: [] }));
  for (const n of [...view.numbers, ...singleDeaths(view)]) {
    const role = countRole(view, n);
    if (role === null || role === "subset") continue;
    const k = owner(view, n, targets, role === "killed");
    const counts = out[k];
    if (!counts) continue;
    if (role === "killed") {
      counts.fatalities = (counts.fatalities ?? 0) + n.item.value;
      counts.fatalitiesSpan ??= n;
      continue;
    }
    const { start, end, text, value, approx } = n.item;
    counts.quantities.push({
      start,
      end,
      text,
      value,
      approx,
      counts: role === "wounded" ? "wounded" : n.item.counts,
    });
  }
  return out;
}
