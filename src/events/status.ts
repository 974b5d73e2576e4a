import type { Certainty, EventStatus } from "../core/layers.js";
import type { Span } from "../core/span.js";
import { type Clause, cuesIn, type DocView, hasCue, wordsBetween } from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";

/** Stronger statuses win: a denied rumour is denied, an expected event reported as ongoing preparation is expected. */
const RANK: Readonly<Record<EventStatus, number>> = {
  happened: 0,
  ongoing: 1,
  expected: 2,
  rumoured: 3,
  denied: 4,
};

export function strongerStatus(a: EventStatus, b: EventStatus): EventStatus {
  return RANK[b] > RANK[a] ? b : a;
}

/**
 * Negation right before the trigger («لم تقصف», «دون أن تتدخل لتفريق المتظاهرين»): the author says it did
 * not happen, so there is no event. Only the word right before counts: in «لم تتبن أي جهة التفجير» the
 * explosion happened and the negation is about claiming it.
 */
export function isNegated(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const reach = (label: "negation" | "without", words: number) =>
    cuesIn(view, label, clause.start, hit.start).some(
      (c) => wordsBetween(view, c.end - 1, hit.start) <= words,
    );
  // «دون أن تتدخل قوات الأمن لتفريق»: «without» governs a verb and its subject before the trigger.
  return reach("negation", 1) || reach("without", 4);
}

const AFTER_REACH = { rumoured: 10, ongoing: 3 } as const;

function cueAfter(view: DocView, hit: TriggerHit, clause: Clause, label: "rumoured" | "ongoing"): boolean {
  return cuesIn(view, label, hit.end, clause.end).some(
    (c) => wordsBetween(view, hit.end - 1, c.start) <= AFTER_REACH[label],
  );
}

/**
 * «لإخراج», «للانسحاب», «للسيطرة على»: an event named as the purpose of something else (buses arriving,
 * preparations, attempts) has not happened yet. Not after words of exposure or result, where «لـ» only
 * introduces what happened: «تعرضت البلدة لقصف», «ما أدى لمقتل».
 */
export function namedAsPurpose(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const token = view.tokens[hit.start]!;
  if (!(token.prefixes ?? []).some((p) => view.text.slice(p.start, p.end) === "ل")) return false;
  const near = (label: "result" | "clause") =>
    cuesIn(view, label, clause.start, hit.start).some((c) => wordsBetween(view, c.end - 1, hit.start) <= 2);
  return !near("result") && !near("clause");
}

const DENIAL_REACH = { before: 8, after: 6 } as const;

/**
 * A denial word governing the trigger: up to eight words before it («نفت الوزارة قصف المشفى»), or up to six
 * after it when the other side answers («دمشق تعلن إسقاط طائرة وتل أبيب تنفي»); not a denial negated
 * («لم يبادر إلى نفي مقتله»: nobody denied it).
 */
function deniedInClause(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const live = (c: { start: number }) =>
    !cuesIn(view, "negation", clause.start, c.start).some((n) => wordsBetween(view, n.end - 1, c.start) <= 4);
  const before = cuesIn(view, "denial", clause.start, hit.start).filter(
    (c) => wordsBetween(view, c.end - 1, hit.start) <= DENIAL_REACH.before,
  );
  const after = cuesIn(view, "denial", hit.end, clause.end).filter(
    (c) => wordsBetween(view, hit.end - 1, c.start) <= DENIAL_REACH.after,
  );
  return [...before, ...after].some(live);
}

/**
 * The trigger's own modality, from cues in its clause: a denial (see deniedInClause) or a rumour word
 * before it («شائعات ... الانسحاب») or «كما يشاع» up to ten words after it; future «سـ/سوف/سيتم», «من
 * المتوقع», «تحضيرات لـ», «استعداد», an intention («بنية») within five words before it, or a noun given as
 * a purpose («لإخراج»); «تتواصل», «مستمرة», «لا يزال», «استمرار» within five words before or three after.
 */
export function ownStatus(view: DocView, hit: TriggerHit, clause: Clause): EventStatus {
  if (deniedInClause(view, hit, clause)) return "denied";
  if (hasCue(view, "rumoured", clause.start, hit.start) || cueAfter(view, hit, clause, "rumoured"))
    return "rumoured";
  const before = (label: "expected" | "ongoing" | "intent") =>
    cuesIn(view, label, clause.start, hit.start).some((c) => wordsBetween(view, c.end - 1, hit.start) <= 5);
  if (hit.future || before("expected") || before("intent") || namedAsPurpose(view, hit, clause))
    return "expected";
  // «وتقاتل قوات …», «نظام الأسد يقتحم السجن»: fighting told in the present tense is going on.
  const present = cuesIn(view, "ongoing", hit.start, hit.end).length > 0;
  return present || before("ongoing") || cueAfter(view, hit, clause, "ongoing") ? "ongoing" : "happened";
}

const FROM_CERTAINTY: Readonly<Record<Certainty, EventStatus>> = {
  confirmed: "happened",
  reported: "happened",
  rumoured: "rumoured",
  expected: "expected",
  denied: "denied",
};

/**
 * The claims whose content holds the trigger, and the status the innermost of them implies (a rumour
 * relayed by a confirmed report is still a rumour).
 */
export function claimsAbout(view: DocView, trigger: Span): { ids: string[]; status: EventStatus } {
  const holding = view.claims.filter((c) => c.content.start <= trigger.start && trigger.end <= c.content.end);
  let innermost = holding[0];
  for (const c of holding) {
    if (innermost && c.content.end - c.content.start < innermost.content.end - innermost.content.start)
      innermost = c;
  }
  return {
    ids: holding.map((c) => c.id),
    status: innermost ? FROM_CERTAINTY[innermost.certainty] : "happened",
  };
}
