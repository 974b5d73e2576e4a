import type { ActorMention } from "../core/layers.js";
import { isCivilianParty } from "./actors-roles.js";
import { civilianTarget } from "./assign-roles.js";
import { killHasVictims, movementHasMover } from "./classify.js";
import {
  type Clause,
  clauseAt,
  cuesIn,
  type DocView,
  hasCue,
  IN_ACTOR,
  IN_DATE,
  IN_PLACE,
  inRange,
  type Located,
  touches,
  wordsBetween,
} from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";
import { isNegated, namedAsPurpose } from "./status.js";
import type { CueLabel } from "./trigger-lexicon.js";
import { weaponCues } from "./weapons.js";

type Party = Located<ActorMention>;

/** Whether a cue of `label` ends at most `words` words before the trigger, inside its clause. */
export function cueBefore(view: DocView, label: CueLabel, hit: TriggerHit, clause: Clause, words: number) {
  return cuesIn(view, label, clause.start, hit.start).some(
    (c) => wordsBetween(view, c.end - 1, hit.start) <= words,
  );
}

/** Whether a cue of `label` starts at most `words` words after the trigger, inside its clause. */
export function cueAfter(view: DocView, label: CueLabel, hit: TriggerHit, clause: Clause, words: number) {
  return cuesIn(view, label, hit.end, clause.end).some(
    (c) => wordsBetween(view, hit.end - 1, c.start) <= words,
  );
}

/**
 * Whether a clause names a party other than civilians; a country may act as one when it is a verb's subject
 * («استهدفت إسرائيل مواقع», «إيران تنشئ قاعدة») or a side of an agreement («اتفاقا مع إيران وروسيا»).
 */
function namesParty(view: DocView, parties: readonly Party[], hit: TriggerHit, clause: Clause): boolean {
  if (inRange(parties, clause.start, clause.end).some((p) => !isCivilianParty(view, p))) return true;
  const countries = inRange(view.places, clause.start, clause.end).filter((p) => p.item.level === "country");
  if (hit.value.subType === "Agreement") return countries.some((c) => c.start >= hit.end);
  return countries.some((c) =>
    c.start >= hit.end ? wordsBetween(view, hit.end - 1, c.start) === 0 : c.end === hit.start,
  );
}

const OBJECT_REACH = 6;

/** An armed actor in the sentence, or a word of war in the clause («اتفاق لوقف …», «خروج المسلحين»). */
function armedContext(view: DocView, parties: readonly Party[], clause: Clause): boolean {
  if (hasCue(view, "conflictterm", clause.start, clause.end)) return true;
  const sentence = view.sentences[clause.sentence]!;
  return inRange(parties, sentence.start, sentence.end).some((p) => {
    const kind = p.item.actor_id ? view.dict?.byId.get(p.item.actor_id)?.kind : undefined;
    return kind === "armed";
  });
}

/** The conditions of the lexicon's `needs` column: a party in the clause, a place or party after, an object. */
function meetsNeeds(view: DocView, hit: TriggerHit, clause: Clause, parties: readonly Party[]): boolean {
  const entry = hit.value;
  // «تمكنت من السيطرة على …»: «managed to» leaves no doubt that someone did it, named or not.
  // «استهدفت طائرات حربية مواقع»: aircraft named as the doer are an armed party, whose ever they are.
  const aircraft = entry.eventType === "Battles" && weaponCues(view, "air", hit, clause, []).length > 0;
  const party =
    aircraft ||
    namesParty(view, parties, hit, clause) ||
    civilianTarget(view, hit, clause) ||
    (entry.rule === "territory" && cueBefore(view, "achieve", hit, clause, 5));
  if (entry.needsParty && !party) return false;
  if (entry.needsArmed && !armedContext(view, parties, clause)) return false;
  if (entry.needsPlace) {
    const places = inRange(view.places, hit.end, clause.end).filter((p) => p.item.level !== "country");
    const after = [...places, ...inRange(parties, hit.end, clause.end)];
    if (!after.some((m) => wordsBetween(view, hit.end - 1, m.start) <= OBJECT_REACH)) return false;
  }
  if (entry.needsObject.length === 0 || entry.needsObject.some((l) => cueAfter(view, l, hit, clause, 4)))
    return true;
  // «أوقفت قوات الأمن 12 شابا»: a count stands for the people.
  const counted = inRange(view.numbers, hit.end, Math.min(clause.end, hit.end + 5)).length > 0;
  return entry.needsObject.includes("person") && counted;
}

/**
 * What the words before a trigger make of it: a demand («تطالب بالإفراج»), a threat («هدد باقتحام»), a topic
 * of talks («لبحث خروج»), a right («الحق في الاحتجاج»), something that stopped («توقف القصف»), a
 * condition or fear («إذا ما سيطر», «مخاوف من ارتكاب مجزرة» — not «مخاوف من تكرار مجزرة», which says it
 * happened), an aim («تمهيدا لشن هجوم»), or a word pointing back at an event already told («هذا التقدم»).
 */
function framedAsNonEvent(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const before = (label: CueLabel, words: number) => cueBefore(view, label, hit, clause, words);
  if (before("demand", 3) || before("threat", 3) || before("talk", 3) || before("generic", 3)) return true;
  if (before("stop", 1) || before("anaphor", 0) || feared(view, hit, clause)) return true;
  if (before("attempt", 1) && !hurt(view, clause)) return true;
  // Taking people or fighters out («لإخراج», «بنية الانسحاب») is expected; any other aim is no event.
  const move = hit.value.rule === "move" || hit.value.subType === "Non-violent transfer of territory";
  if (move) return false;
  return before("aim", 3) || before("intent", 3) || namedAsPurpose(view, hit, clause);
}

/**
 * «حاول التنظيم مهاجمة المدينة», «يحاولون اقتحام السجن»: an attempt is no event, unless someone was killed or
 * hurt in it, which tells that the fighting happened («قتل ثلاثة في محاولة اقتحام»).
 */
function hurt(view: DocView, clause: Clause): boolean {
  return hasCue(view, "death", clause.start, clause.end) || hasCue(view, "wound", clause.start, clause.end);
}

const FEAR_REACH = 12;

/**
 * «مخاوف من ارتكاب مجزرة», «إذا ما سيطر», «تخوف من … وإقامة قواعد»: a feared or conditional event, the
 * fear reaching over commas in its sentence; «مخاوف من تكرار مجزرة» says the first one happened.
 */
function feared(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const sentence = view.sentences[clause.sentence]!;
  const fear = cuesIn(view, "condition", sentence.start, hit.start).filter((c) => {
    const gap = wordsBetween(view, c.end - 1, hit.start);
    return c.start >= clause.start ? gap <= 5 : gap <= FEAR_REACH;
  });
  return fear.length > 0 && !cueBefore(view, "repeat", hit, clause, 0);
}

/**
 * «الهجوم الذي استهدف تجمعا للنازحين»: a verb in a relative clause describes the violence named just before
 * it, which is told (or not) on its own.
 */
function describesAntecedent(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const relative = cuesIn(view, "relative", clause.start, hit.start).find((c) => c.end === hit.start);
  const antecedent = relative ? view.infos[relative.start - 1] : undefined;
  return (antecedent?.a ?? []).some((start) =>
    start.phrases.some((p) => {
      const rule = p.value?.rule;
      return rule === "attack" || rule === "explosion" || rule === "strike";
    }),
  );
}

/**
 * «يشن الجيش هجوما واسعا», «منذ بدء الجيش هجومه»: a campaign named as a whole is not coded; its concrete
 * results are.
 */
function wholeCampaign(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.eventType !== "Battles") return false;
  // «معركة تحرير تلعفر», «عملية تحرير الحويجة»: the capture word names the operation.
  if (hit.value.rule === "territory") return cueBefore(view, "campaignword", hit, clause, 0);
  if (cueAfter(view, "campaign", hit, clause, 1)) return true;
  if (cueBefore(view, "start", hit, clause, 4) && cueBefore(view, "since", hit, clause, 6)) return true;
  // «انطلاق المعركة», «المعركة الرئيسية انتهت», «معركة " غضب الفرات "»: one battle named as a whole.
  if (cuesIn(view, "campaignword", hit.start, hit.end).length === 0) return false;
  // «نشاط " معركة بين الحروب "»: a quote mark on either side names the battle or doctrine.
  const quoted =
    QUOTES.has(view.tokens[hit.end]?.norm ?? "") || QUOTES.has(view.tokens[hit.start - 1]?.norm ?? "");
  return quoted || cueBefore(view, "start", hit, clause, 2) || cueAfter(view, "campaignname", hit, clause, 0);
}

const QUOTES = new Set(['"', "“", "«"]);

/** «سؤال واجه المسيرة الأوروبية»: a bare «مسيرة» is a march only with a crowd or protest words beside it. */
function notAMarch(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (cuesIn(view, "march", hit.start, hit.end).length === 0) return false;
  const sentence = view.sentences[clause.sentence]!;
  const outside = (label: CueLabel) =>
    cuesIn(view, label, sentence.start, sentence.end).some((c) => c.end <= hit.start || c.start >= hit.end);
  return !outside("crowd") && !outside("protester");
}

/**
 * «القوة التي تقاتل تنظيم الدولة», «المناطق التي يسيطر عليها»: a present-tense verb right after a relative
 * pronoun describes who someone is, not something that happened; «اتفقوا على عقد جولة»: an agreement to talk.
 */
function description(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const present =
    cuesIn(view, "ongoing", hit.start, hit.end).length > 0 ||
    cuesIn(view, "state", hit.start, hit.end).length > 0;
  if (present && cueBefore(view, "relative", hit, clause, 0)) return true;
  // «قوات سوريا الديمقراطية التي يقودها الأكراد وتقاتل التنظيم»: a second present verb joined by «و» goes on
  // describing whoever the relative pronoun points at. A present verb opens with ي ت ن أ, so a leading «و»
  // is the conjunction even where the tokenizer left it on the word.
  const joined = view.tokens[hit.start]!.norm.startsWith("و");
  if (present && joined && relativeJustBefore(view, hit, clause)) return true;
  return hit.value.subType === "Agreement" && cueAfter(view, "talk", hit, clause, 3);
}

const RELATIVE_REACH = 4;

/** A relative pronoun at most a few words before the trigger, in its sentence, with no full stop between. */
function relativeJustBefore(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const sentence = view.sentences[clause.sentence]!;
  return cuesIn(view, "relative", sentence.start, hit.start).some(
    (c) => wordsBetween(view, c.end - 1, hit.start) <= RELATIVE_REACH,
  );
}

/**
 * A capture that is only tried («تحاول القوات السيطرة على», «تسعى إلى استعادة»), described in a relative
 * clause as background («المناطق التي سيطر عليها»), or a state of control («يسيطر التنظيم على البلدة منذ
 * 2014») is no territorial change.
 */
function notACapture(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.rule !== "territory") return false;
  if (cueBefore(view, "attempt", hit, clause, 4) || cueBefore(view, "relative", hit, clause, 1)) return true;
  return cuesIn(view, "state", hit.start, hit.end).length > 0 && stateOfControl(view, hit, clause);
}

/**
 * A present-tense control verb tells who holds a place, not who took it, when it opens its sentence
 * («ويسيطر داعش منذ 2014 على البلدة»), runs «منذ» a date, follows «لا يزال», a relative pronoun or a
 * negation («التي لم يعد التنظيم يسيطر عليها»), or has the place as a pronoun («ويسيطر عليها النظام»).
 * A headline's news-present («قسد تسيطر على حي المنصورة») is an event.
 */
function stateOfControl(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const sentence = view.sentences[clause.sentence]!;
  if (hit.start === sentence.start) return true;
  const since = view.dates.some(
    (d) => d.start >= hit.end && d.end <= clause.end && view.tokens[d.start]!.norm.endsWith("منذ"),
  );
  if (since || hasCue(view, "since", hit.end, clause.end) || cueAfter(view, "pronobj", hit, clause, 0))
    return true;
  const before = (label: CueLabel, words: number) => cueBefore(view, label, hit, clause, words);
  return before("ongoing", 3) || before("relative", 6) || before("negation", 6);
}

/**
 * Weapons that did not go off: a belt worn («يرتدي حزاما ناسفا»), a tank or depot destroyed or seized, a
 * blast heard («سمع دوي انفجارات»), missiles fired at aircraft; a bare missile or shell word is an event only
 * when launched or falling («أطلقت صواريخ», «سقوط قذائف») or named as the instrument («بقذائف الهاون»).
 */
function weaponNotUsed(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.eventType !== "Explosions/Remote violence") return false;
  if (
    hit.value.pos !== "v" &&
    (cueBefore(view, "wear", hit, clause, 1) || cueBefore(view, "destroyed", hit, clause, 2))
  )
    return true;
  if (hit.value.rule === "explosion" && cueBefore(view, "sound", hit, clause, 3)) return true;
  // «وتدمير مستودعات لصواريخ غراد»: the weapon is what was destroyed.
  if (hit.value.rule === "weapon" && cueBefore(view, "destroyed", hit, clause, 3)) return true;
  // «الألغام», «العبوات» alone: a weapon named, not one that went off, unless someone was hurt by it.
  if (hit.value.rule === "weapon" && hit.value.subType === "Remote explosive/landmine/IED")
    return (
      !hasCue(view, "death", clause.start, clause.end) && !hasCue(view, "wound", clause.start, clause.end)
    );
  if (hit.value.rule !== "weapon" || hit.value.subType !== "Shelling/artillery/missile attack") return false;
  if (cueBefore(view, "antiair", hit, clause, 4) || cueAfter(view, "antiair", hit, clause, 4)) return true;
  const token = view.tokens[hit.start]!;
  const instrument = (token.prefixes ?? []).some((p) => view.text.slice(p.start, p.end) === "ب");
  // «مئات القذائف», «سقوط 5 قذائف»: shells counted have fallen.
  const counted = inRange(view.numbers, Math.max(clause.start, hit.start - 3), hit.start).length > 0;
  return !instrument && !counted && !cueBefore(view, "launch", hit, clause, 2);
}

/** «شن الظواهري هجوما على قيادة الهيئة واتهمها …»: an attack in a sentence of accusations, with no weapon or dead. */
function verbalAttack(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.rule !== "attack") return false;
  const sentence = view.sentences[clause.sentence]!;
  if (!hasCue(view, "rhetoric", sentence.start, sentence.end)) return false;
  const violent = ["death", "air", "artillery", "ied"] as const;
  return !violent.some((label) => hasCue(view, label, clause.start, clause.end));
}

/**
 * «مقتل سبعة في تحطم مروحية», «أسقطت الفصائل طائرة ومقتل طيارها»: the dead of an aircraft lost or of an
 * accident told in the same sentence are no killing of their own; a downing is coded once, as the interception.
 */
function deathInCrash(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.rule !== "kill") return false;
  const sentence = view.sentences[clause.sentence]!;
  return hasCue(view, "crash", sentence.start, sentence.end);
}

/** «الانسحاب من عملية السلام», «انسحاب الحزب من الحكومة»: leaving a process, a deal or a body is no territory. */
function leavesNoTerritory(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.subType !== "Non-violent transfer of territory") return false;
  return cuesIn(view, "forum", hit.end, clause.end).some((c) => {
    const from = view.tokens[c.start - 1]?.norm === "من";
    return from && wordsBetween(view, hit.end - 1, c.start) <= 4;
  });
}

const PROTEST_TYPES = new Set(["Protests", "Riots"]);
/** «على», «ضد» after the accusative, in both spellings normalisation may leave («على» → «علي»). */
const REASON_OBJECT = new Set(["على", "علي", "ضد"]);

/**
 * «انشق عناصر احتجاجا على الاتفاق», «استقال الوزير احتجاجا على القرار»: the indefinite accusative of a
 * protest word says why someone acted; it is no protest of its own, unless a verb stages it.
 */
function protestAsReason(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  const eventType = hit.value.eventType;
  const protestLike =
    PROTEST_TYPES.has(eventType) || hit.value.subType === "Excessive force against protesters";
  // «نظم الأهالي احتجاجا على …»: the object of a verb that stages one is a protest.
  if (!protestLike || hit.end - hit.start > 1 || cueBefore(view, "stage", hit, clause, 1)) return false;
  const token = view.tokens[hit.start]!;
  const surface = view.text.slice(token.start, token.end);
  const next = view.tokens[hit.end]?.norm;
  return /اً?$/.test(surface) && !surface.endsWith("ات") && next !== undefined && REASON_OBJECT.has(next);
}

const FLIGHT_REACH = 3;
/** «فرت العائلات من منازلها بسبب الاشتباكات»: a cause word lets the flight word stand further back. */
const CAUSE_WORDS = new Set(["بسبب", "جراء", "نتيجه", "نتيجة"]);

/**
 * «فرت العائلات بسبب الاشتباكات», «الفرار من المعارك العنيفة»: fighting named as what people fled points at
 * fighting told elsewhere (or nowhere); displacement itself is not coded.
 */
function foughtAsCauseOfFlight(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.eventType !== "Battles" || hit.value.pos === "v") return false;
  const sentence = view.sentences[clause.sentence]!;
  const reach = CAUSE_WORDS.has(view.tokens[hit.start - 1]?.norm ?? "") ? FEAR_REACH : FLIGHT_REACH;
  return cuesIn(view, "flight", sentence.start, hit.start).some(
    (c) => c.start >= clause.start && wordsBetween(view, c.end - 1, hit.start) <= reach,
  );
}

/**
 * «تعرضت لعدة هجمات», «نفذ بضع هجمات»: attacks counted vaguely with no weapon named say neither what happened
 * nor which sub-type it was (codebook: «عدة هجمات دامية» alone is not coded).
 */
function vagueAttacks(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.rule !== "attack" || !cueBefore(view, "several", hit, clause, 0)) return false;
  const weapons = ["air", "airpower", "artillery", "ied", "suicide", "chemical", "grenade"] as const;
  return !weapons.some((label) => hasCue(view, label, clause.start, clause.end));
}

/** Burning flags, effigies or pictures at a protest is no violence (ACLED: still a peaceful protest). */
function symbolicBurning(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.rule !== "burn") return false;
  if (cueAfter(view, "symbol", hit, clause, 3)) return true;
  // «تراوحت بين النحر والحرق»: burning with nothing burnt named is a way of killing told with the killing.
  const to = Math.min(clause.end, hit.end + 4);
  const labels = ["person", "civilian", "property", "mover"] as const;
  const object =
    labels.some((l) => hasCue(view, l, hit.end, to)) || inRange(view.numbers, hit.end, to).length > 0;
  return !object;
}

/** «مظاهرة خرجت», «خرج المتظاهرون»: a protest going out is no evacuation. */
function protestMarch(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  return (
    hit.value.rule === "move" &&
    (cueBefore(view, "protester", hit, clause, 2) || cueAfter(view, "protester", hit, clause, 2))
  );
}

function movementOk(view: DocView, hit: TriggerHit, clause: Clause): boolean {
  if (hit.value.rule !== "move") return true;
  // Entering is done by forces as well as by buses: the armed actor its row needs is what moves.
  if (hit.value.needsArmed) return true;
  const window = { from: clause.start, to: clause.end };
  const patients =
    cuesIn(view, "evacuation", hit.start, hit.end).length > 0 && cueAfter(view, "patient", hit, clause, 3);
  return movementHasMover(view, hit, window) || patients;
}

/** Frames that make a trigger no occurrence in its clause, tried in this order (see the functions above). */
const NON_EVENT_FRAMES: readonly ((view: DocView, hit: TriggerHit, clause: Clause) => boolean)[] = [
  protestMarch,
  framedAsNonEvent,
  describesAntecedent,
  wholeCampaign,
  notAMarch,
  description,
  notACapture,
  weaponNotUsed,
  verbalAttack,
  symbolicBurning,
  deathInCrash,
  leavesNoTerritory,
  protestAsReason,
  foughtAsCauseOfFlight,
  vagueAttacks,
];

/**
 * Whether a trigger is no event in its own clause: a word of a name, a need of its lexicon row unmet, a
 * negation, a killing word without its dead, a movement with nothing that moves, or a frame that makes it
 * no occurrence (see the functions above).
 */
export function unmadeInClause(view: DocView, hit: TriggerHit, parties: readonly Party[]): boolean {
  const clause = clauseAt(view, hit.start);
  if (touches(view.named, hit.start, hit.end, IN_DATE | IN_PLACE | IN_ACTOR)) return true;
  if (!meetsNeeds(view, hit, clause, parties)) return true;
  if (isNegated(view, hit, clause) && !hasCue(view, "denial", clause.start, hit.start)) return true;
  if (hit.value.rule === "kill" && !killHasVictims(view, hit, { from: clause.start, to: clause.end }))
    return true;
  if (!movementOk(view, hit, clause)) return true;
  return NON_EVENT_FRAMES.some((frame) => frame(view, hit, clause));
}
