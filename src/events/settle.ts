import { eventTypeOf } from "./acled-types.js";
import type { EventClass } from "./classify.js";
import type { Described } from "./describe-event.js";
import { cuesIn, type DocView, hasCue, wordsBetween } from "./doc-view.js";
import { bareStrike } from "./weapons.js";

/**
 * Rules that read the other events of a sentence or document, run once every trigger has its class:
 * a capture without an actor takes the reading of the capture it continues; a capture with no fighting
 * beside a withdrawal is a hand-over; the withdrawal of the losing side is part of the capture; an arrest
 * that ends in an execution, a blast that is a strike's effect and a missile that was intercepted are no
 * events of their own.
 */

const TERRITORY = new Set(["Government regains territory", "Non-state actor overtakes territory"]);
const TRANSFER = "Non-violent transfer of territory";
const klass = (subType: string): EventClass => ({ eventType: eventTypeOf(subType)!, subType });

const isCapture = (d: Described) => TERRITORY.has(d.cls.subType) && !d.aggregate;
/** «انسحب», «انسحاب»: a withdrawal word (not an evacuation by buses, not a hand-over named as such). */
const isWithdrawal = (d: Described) =>
  d.cls.subType === TRANSFER && d.hit.value.rule === "fixed" && d.hit.value.needsParty;
const isFighting = (d: Described) =>
  d.cls.eventType === "Explosions/Remote violence" || d.cls.subType === "Armed clash";

function sentenceOf(d: Described): number {
  return d.clause.sentence;
}

/** Whether the trigger's word carries a pronoun suffix («سيطرتها», «وبسيطرته»): it points back. */
function pointsBack(view: DocView, d: Described): boolean {
  return (view.tokens[d.hit.end - 1]!.suffixes ?? []).length > 0;
}

/**
 * «… عقب سيطرتها على كلية التسليح», «سيطر الجيش على المحطة، بعد طرد التنظيم منها»: a capture with no
 * actor in its clause continues the capture told before it and takes its reading when its word points back,
 * or when it is a noun (no verb of its own) in that capture's sentence, or shares its clause.
 */
function inheritCaptures(view: DocView, described: readonly Described[]): Described[] {
  const out: Described[] = [];
  for (const d of described) {
    if (isCapture(d) && !d.roles.actor1) {
      const earlier = [...out].reverse().filter((o) => isCapture(o) && o.roles.actor1);
      const noun = d.hit.value.pos !== "v";
      const near = earlier.find((o) => o.clause === d.clause || (noun && sentenceOf(o) === sentenceOf(d)));
      // «إن السيطرة على الكليات تقطع …»: a bare noun naming no side at all refers back to the capture told.
      const bare = noun && !d.roles.actor2;
      const model = near ?? (pointsBack(view, d) || bare ? earlier[0] : undefined);
      if (model) {
        out.push({ ...d, cls: model.cls });
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** «دون قتال», «دون معارك», «بشكل سلمي» in the sentence: a place changed hands without a fight. */
function saidPeaceful(view: DocView, sentence: number): boolean {
  const s = view.sentences[sentence]!;
  if (hasCue(view, "peaceful", s.start, s.end)) return true;
  return cuesIn(view, "without", s.start, s.end).some((w) =>
    cuesIn(view, "clash", w.end, s.end).some((c) => wordsBetween(view, w.end - 1, c.start) <= 1),
  );
}

/**
 * ACLED's non-violent transfer of territory: a capture whose sentence tells a withdrawal or says it was
 * peaceful, with no fighting, blast or death in it («سيطرت القوات العراقية على المعبر بعد انسحاب
 * البيشمركة»), or any capture without fighting in a report of withdrawals that tells no fighting at all.
 */
function handOvers(view: DocView, described: readonly Described[]): Described[] {
  // «المناطق التي انسحب منها التنظيم»: a withdrawal told in a relative clause is background.
  // Only a withdrawal that took place hands a place over («ستجعل عملية انسحابه مسألة وقت» does not).
  const withdrawals = described.filter(
    (d) =>
      isWithdrawal(d) &&
      (d.status === "happened" || d.status === "ongoing") &&
      !cuesIn(view, "relative", d.hit.start - 1, d.hit.start).length,
  );
  const quietDoc = withdrawals.length > 0 && !described.some(isFighting);
  return described.map((d) => {
    if (!isCapture(d)) return d;
    const near = (o: Described) =>
      sentenceOf(o) === sentenceOf(d) && wordsApart(view, o, d) <= HAND_OVER_REACH;
    const from = Math.max(d.clause.start, d.hit.start - HAND_OVER_REACH);
    const to = Math.min(view.sentences[sentenceOf(d)]!.end, d.hit.end + HAND_OVER_REACH);
    const beside = withdrawals.filter(near);
    // «بعد انسحاب التنظيم منها تحت وابل من القصف»: fighting told with the withdrawal counts too.
    const fought = (o: Described) =>
      isFighting(o) && (near(o) || beside.some((w) => wordsApart(view, o, w) <= 6));
    const violent = described.some(fought) || hasCue(view, "death", from, to);
    if (violent) return d;
    const peaceful = beside.length > 0 || saidPeaceful(view, sentenceOf(d)) || quietDoc;
    return peaceful ? { ...d, cls: klass(TRANSFER) } : d;
  });
}

/** Words a withdrawal or a fight may stand from a capture and still be told with it. */
const HAND_OVER_REACH = 14;

function wordsApart(view: DocView, a: Described, b: Described): number {
  return a.hit.start >= b.hit.end
    ? wordsBetween(view, b.hit.end - 1, a.hit.start)
    : wordsBetween(view, a.hit.end - 1, b.hit.start);
}

/** Whether a described event is no event of its own once the others of its sentence and document are known. */
function absorbed(view: DocView, d: Described, described: readonly Described[]): boolean {
  const beside = described.filter((o) => o !== d && sentenceOf(o) === sentenceOf(d));
  // «انسحب التنظيم من البلدة تحت القصف فسيطر عليها الجيش»: the other side of the capture.
  if (isWithdrawal(d) && beside.some((o) => isCapture(o) || o.hit.value.rule === "territory")) return true;
  // «استعادت قوات النظام السيطرة على البلدة»: one capture told with two trigger words.
  const previous = described[described.indexOf(d) - 1];
  if (
    d.hit.value.rule === "territory" &&
    previous?.hit.value.rule === "territory" &&
    previous.clause === d.clause &&
    wordsBetween(view, previous.hit.end - 1, d.hit.start) <= 3
  )
    return true;
  // «قتل مدني جراء إطلاق نار من مسلحين … على مظاهرة»: gunfire told with a protest is the force used on it.
  const gunfire = d.hit.value.rule === "attack" && d.cls.subType === "Armed clash" && !d.roles.actor2;
  if (gunfire && beside.some((o) => o.cls.eventType === "Protests")) return true;
  // «أوقفوا موكبه … وأعدموه»: an arrest that ends in an execution is the execution (ACLED: Attack).
  if (
    d.cls.subType === "Arrests" &&
    beside.some((o) => o.cls.subType === "Attack" && o.hit.value.rule === "fixed")
  )
    return true;
  // «ويوثق تفجير دبابتين» after «استهدافه»: a blast with no bomb named is the strike's effect.
  const blast = d.hit.value.rule === "explosion" && d.cls.subType === "Remote explosive/landmine/IED";
  if (blast && !hasCue(view, "ied", d.clause.start, d.clause.end)) {
    if (
      beside.some((o) => o.cls.eventType === "Explosions/Remote violence" && o.hit.value.rule !== "explosion")
    )
      return true;
  }
  // ACLED codes an intercepted missile once, as the interception.
  const missile = d.cls.subType === "Shelling/artillery/missile attack";
  return (
    missile &&
    hasCue(view, "missile", d.clause.start, d.clause.end) &&
    described.some((o) => o.cls.subType === "Disrupted weapons use")
  );
}

/**
 * «وكان قصف ليلة أمس استهدف القرية» in a report of air strikes that names no artillery: the bare «قصف»
 * refers to the strikes the report is about.
 */
function strikesOfTheReport(view: DocView, described: readonly Described[]): Described[] {
  const hits = described.map((d) => d.hit);
  // «قصفت قوات النظام البلدة» beside air strikes may well be shelling: only a strike naming no doer is read.
  const bare = (d: Described) => !d.roles.actor1 && bareStrike(view, d.hit, d.clause, hits);
  const shelling = described.some((d) => d.cls.subType === SHELLING && !bare(d));
  const air = described.some((d) => d.cls.subType === "Air/drone strike");
  if (shelling || !air) return [...described];
  return described.map((d) =>
    d.cls.subType === SHELLING && bare(d) ? { ...d, cls: klass("Air/drone strike") } : d,
  );
}

const SHELLING = "Shelling/artillery/missile attack";

export function settle(view: DocView, described: readonly Described[]): Described[] {
  const settled = handOvers(view, inheritCaptures(view, strikesOfTheReport(view, described)));
  return settled.filter((d) => !absorbed(view, d, settled));
}
