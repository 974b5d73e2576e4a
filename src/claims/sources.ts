import type { ActorMention, SourceKind } from "../core/layers.js";
import type { ActorKind } from "../extract/actors/dictionary.js";
import {
  type Affiliation,
  affiliationAt,
  affiliationWithin,
  memberSide,
  mergeAffiliations,
} from "./affiliation.js";
import type { SourceWord } from "./cue-lexicon.js";
import { type Placed, phraseStart } from "./doc-view.js";
import {
  bareHead,
  COMPLEMENTIZERS,
  DEMONSTRATIVES,
  isDefinite,
  isNisba,
  MEMBER_OF,
  OF_WORDS,
  ROLES,
  STOP_WORDS,
} from "./grammar.js";
import type { Reader } from "./reader.js";
import type { TrieMatch } from "./word-trie.js";

const ACTOR_KINDS: Record<ActorKind, SourceKind> = {
  armed: "military",
  political: "official",
  monitor: "monitor",
  media: "outlet",
  humanitarian: "organisation",
  civilian: "witness",
};

/** A source's name found in the text, as tokens and raw offsets, before back-references are resolved. */
export interface SourceMatch {
  readonly start: number;
  /** One past the name's last token. */
  readonly end: number;
  readonly textStart: number;
  readonly textEnd: number;
  readonly kind: SourceKind;
  readonly actorId: string | null;
  /** The head word without article or conjunction («صفحه»), for «الصفحة» to find it again. */
  readonly head: string | null;
  /** A bare definite head or an actor's short reference («الصفحة», «المرصد»): it refers back. */
  readonly isRef: boolean;
  readonly affiliation: Affiliation | null;
  /** First token after the name and its loyalty phrase. */
  readonly next: number;
}

interface Name {
  readonly end: number;
  readonly textStart: number;
  readonly kind: SourceKind;
  readonly actorId: string | null;
  readonly head: string | null;
  readonly isRef: boolean;
  /** Whether the name ends in a head word that can take a genitive («وزارة» + «الدفاع»). */
  readonly open: boolean;
}

function actorKind(r: Reader, actorId: string | null): SourceKind {
  const actor = actorId ? r.actors?.byId.get(actorId) : undefined;
  return actor ? ACTOR_KINDS[actor.kind] : "organisation";
}

/** The name starting at token `i`: an actor, a head from the lexicon, or a person or organisation. */
function nameAt(r: Reader, i: number, limit: number): Name | null {
  const { view } = r;
  const actor = view.actorAt.get(i);
  const match = r.lex.sources.match(view.words, i, limit, true);
  const head = match?.value.head ? match : null;
  if (actor && (!head || actor.end >= head.end)) return actorName(r, i, actor, head);
  if (head) {
    const last = view.words[head.end - 1]!;
    const first = view.words[i]!.slice(head.prefix);
    return {
      end: head.end,
      textStart: phraseStart(view, i, head),
      kind: head.value.head!,
      actorId: null,
      head: bareHead(first),
      isRef: head.end === i + 1 && isDefinite(first),
      // People (sources, activists, witnesses) take no genitive chain: «رصدت مصادر الهجوم» is an object.
      open: !isDefinite(last) && head.value.head !== "anonymous" && head.value.head !== "witness",
    };
  }
  const word = view.words[i];
  if (word != null && isPeopleParticiple(word)) {
    return {
      end: i + 1,
      textStart: view.tokens[i]!.start,
      kind: "person",
      actorId: null,
      head: bareHead(word),
      isRef: false,
      open: false,
    };
  }
  // «أعلن العراق», «قالت روسيا»: a country or capital speaking is its government.
  const entity = view.entityAt.get(i);
  if (!entity || entity.mention.type === "MISC") return null;
  const type = entity.mention.type;
  const kind = type === "PERS" ? "person" : type === "ORG" ? "organisation" : "official";
  return {
    end: entity.end,
    textStart: entity.mention.start,
    kind,
    actorId: null,
    head: null,
    isRef: false,
    open: false,
  };
}

/**
 * «المشاركون», «المحتجون», «المراقبون»: a definite participle in the nominative sound plural (الم…ون) names a
 * group of people, and as the nominative it is the verb's subject, never its object («أكد المشاركين» would be).
 */
function isPeopleParticiple(word: string): boolean {
  return word.length >= 7 && word.startsWith("الم") && word.endsWith("ون");
}

/** An actor's name as a source; a head word before it («صفحة», «وزارة») may say what kind it is. */
function actorName(
  r: Reader,
  i: number,
  actor: Placed<ActorMention>,
  head: TrieMatch<SourceWord> | null,
): Name {
  const word = r.view.words[i]!;
  const id = actor.mention.actor_id;
  // A page or a ministry is what its head word says, even when the actor is a medium or an army.
  const headKind = head?.value.head;
  const kind = headKind === "social_media" || headKind === "official" ? headKind : actorKind(r, id);
  const refs = id ? r.actors?.byId.get(id)?.refs : undefined;
  const isRef = actor.end === i + 1 && (refs?.includes(bareHeadRef(word)) ?? false);
  const headWord = head ? bareHead(word.slice(head.prefix)) : null;
  return {
    end: actor.end,
    textStart: actor.mention.start,
    kind,
    actorId: id,
    head: headWord,
    isRef,
    open: false,
  };
}

/** «المرصد» as the actor dictionary stores a reference: with its article. */
function bareHeadRef(word: string): string {
  return `ال${bareHead(word)}`;
}

/** The closing quote of a quoted name right after a head («صفحة "دمشق الآن"»), within a few words. */
function quotedName(r: Reader, j: number, limit: number): number {
  if (r.view.norms[j] !== '"') return -1;
  // «قال المراسل " إن …»: a quotation that opens with a complementizer is what was said, not a name.
  if (COMPLEMENTIZERS.has(r.view.words[j + 1] ?? "")) return -1;
  for (let k = j + 1; k < Math.min(limit, j + 8); k++) if (r.view.norms[k] === '"') return k + 1;
  return -1;
}

/** What the name takes after token `j`: a genitive, an adjective, a name of a member body; -1 when nothing. */
function extensionAt(r: Reader, name: Name, j: number, limit: number, atHead: boolean): number {
  const { view } = r;
  const word = view.words[j];
  if (word == null) return atHead ? quotedName(r, j, limit) : -1;
  if (view.inDate[j] || r.lex.cues.match(view.words, j, limit, false)) return -1;
  const sourceWord = r.lex.sources.match(view.words, j, limit, false);
  if (sourceWord?.value.affiliation === "pro") return -1;
  if (sourceWord?.value.affiliation) return sourceWord.end;
  if (OF_WORDS.has(word)) {
    // «في بيان», «في تصريح»: the medium, not a body the source belongs to.
    if (r.lex.sources.match(view.words, j + 1, limit, false)?.value.medium) return -1;
    const member = j + 1 < limit ? nameAt(r, j + 1, limit) : null;
    return member ? member.end : -1;
  }
  // An actor's own name is complete («المرصد السوري قوات النظام» is a source and an object) but for a
  // describing adjective («وكالة رويترز الإخبارية», «قناة الميادين اللبنانية»).
  if (name.actorId) return atHead && isDefinite(word) && isNisba(bareHead(word)) ? j + 1 : -1;
  const actor = view.actorAt.get(j);
  // «… لوكالة فرانس برس»: an outlet after «لـ» is where the words were given, not part of the name.
  if (actor && word[0] === "ل" && actorKind(r, actor.mention.actor_id) === "outlet") return -1;
  const placed = actor ?? view.entityAt.get(j);
  const person = view.entityAt.get(j)?.mention.type === "PERS";
  if (placed && (name.open || person || name.kind === "anonymous" || name.kind === "witness")) {
    // A name the tagger ran on into an actor («رامي عبد الرحمن لوكالة …») stops where the actor starts.
    for (let k = j + 1; k < placed.end; k++) if (view.actorAt.has(k)) return k;
    return placed.end;
  }
  if (STOP_WORDS.has(word)) return -1;
  if (isDefinite(word)) {
    const adjectival = isNisba(bareHead(word)) || bareHead(word).startsWith("م");
    return name.open || adjectival ? j + 1 : -1;
  }
  if (isNisba(word)) return j + 1;
  const next = j + 1 < limit ? view.words[j + 1] : null;
  if (next == null) return -1;
  // A construct chain right after an open head («شبكة أخبار إدلب»), or «لـ» + a definite noun
  // («مرصد الشمال لحقوق الإنسان»).
  if (atHead && name.open && (isDefinite(next) || view.entityAt.has(j + 1))) return j + 2;
  if (word.length > 3 && word[0] === "ل" && isDefinite(next)) return j + 2;
  return -1;
}

/** Heads whose genitive is who they belong to («صفحات التنظيمات»), not what they deal with («وزارة البيشمركة»). */
const GENITIVE_MEMBERS = new Set<SourceKind>(["social_media", "outlet", "anonymous", "witness"]);

interface Member {
  readonly actorId: string;
  /** The member phrase as loyalty when the actor is a party to the conflict («من الأبابيل»). */
  readonly affiliation: Affiliation | null;
}

/** The actor a member phrase names («مصدر عسكري من الأبابيل», «المصادر المتقاطعة للمرصد»). */
function memberActor(r: Reader, from: number, to: number, kind: SourceKind): Member | null {
  for (let k = from; k < to; k++) {
    const placed = r.view.actorAt.get(k);
    const id = placed?.mention.actor_id;
    if (!placed || !id) continue;
    const actor = r.actors?.byId.get(id);
    const of = r.view.words[k - 1] ?? "";
    // «مصدر عسكري من الأبابيل», «صفحات التنظيمات» belong to the group; «المتحدث باسم الخارجية» is the
    // ministry itself.
    const member = MEMBER_OF.has(of) || (k === from && GENITIVE_MEMBERS.has(kind));
    const party = (actor?.kind === "armed" || actor?.kind === "political") && member;
    const start = OF_WORDS.has(of) ? k - 1 : k;
    return {
      actorId: id,
      affiliation: party ? { sides: [memberSide(actor)], start, end: placed.end } : null,
    };
  }
  return null;
}

/** The kind of the first body named after a person's role («مراسل المرصد», «مصادر في وزارة الدفاع»). */
function bodyKind(r: Reader, from: number, to: number): SourceKind | null {
  for (let k = from; k < to; k++) {
    const kind = r.lex.sources.match(r.view.words, k, to, true)?.value.head;
    if (kind) return kind;
  }
  return null;
}

function extend(r: Reader, name: Name, limit: number) {
  let end = name.end;
  for (let guard = 0; guard < 6 && end < limit; guard++) {
    const next = extensionAt(r, name, end, limit, end === name.end);
    if (next <= end) break;
    end = next;
  }
  const member = name.actorId ? null : memberActor(r, name.end, end, name.kind);
  // A person in a role speaks for the body named after it; an unnamed source stays unnamed («مصدر في …»).
  const roleOf = name.head !== null && ROLES.has(name.head);
  return { end, member, body: roleOf && !member ? bodyKind(r, name.end, end) : null };
}

/** «المعارضة السورية والجيش الحر», «مواقع وصفحات»: a second name joined with «و». */
function coordinate(r: Reader, end: number, limit: number): Name | null {
  const word = r.view.words[end];
  if (end >= limit || word == null || word[0] !== "و") return null;
  return nameAt(r, end, limit);
}

/** The source named at token `i` (with its loyalty phrase), or null when no source starts there. */
export function matchSource(r: Reader, i: number, limit: number): SourceMatch | null {
  // «هذه المصادر», «تلك الصفحة»: a demonstrative refers back to a source named before.
  if (DEMONSTRATIVES.has(r.view.words[i] ?? "") && i + 1 < limit) {
    const named = matchWithoutDemonstrative(r, i + 1, limit);
    return named && (named.head !== null || named.actorId !== null)
      ? { ...named, start: i, isRef: true }
      : null;
  }
  if (r.view.norms[i] === '"') return quotedSource(r, i, limit);
  return matchWithoutDemonstrative(r, i, limit);
}

/** «نقلت " سانا " عن " مصدر عسكري "»: a source in quote marks, when the quotation is exactly its name. */
function quotedSource(r: Reader, open: number, limit: number): SourceMatch | null {
  let close = open + 1;
  while (close < Math.min(limit, open + 8) && r.view.norms[close] !== '"') close++;
  if (close >= limit || r.view.norms[close] !== '"' || close === open + 1) return null;
  const named = matchWithoutDemonstrative(r, open + 1, close);
  if (!named || named.end !== close) return null;
  const after = affiliationAt(r, close + 1, limit);
  return { ...named, start: open, end: close + 1, next: after ? after.end : close + 1, isRef: false };
}

function matchWithoutDemonstrative(r: Reader, i: number, limit: number): SourceMatch | null {
  const name = nameAt(r, i, limit);
  if (!name) return null;
  const extended =
    name.actorId || name.head ? extend(r, name, limit) : { end: name.end, member: null, body: null };
  let end = extended.end;
  const member = extended.member;
  for (let guard = 0; guard < 3; guard++) {
    const other = coordinate(r, end, limit);
    if (!other) break;
    end = other.end;
  }
  const actorId = name.actorId ?? member?.actorId ?? null;
  let kind = name.kind;
  if (member && (kind === "organisation" || ROLES.has(name.head ?? ""))) kind = actorKind(r, member.actorId);
  if (extended.body) kind = extended.body;
  const inside = mergeAffiliations(
    affiliationWithin(r, name.actorId ? i : Math.max(i + 1, name.end), end),
    member?.affiliation ?? null,
  );
  const after = affiliationAt(r, end, limit);
  const affiliation = mergeAffiliations(inside, after);
  return {
    start: i,
    end,
    textStart: name.textStart,
    textEnd: r.view.tokens[end - 1]!.end,
    kind,
    actorId,
    head: name.head,
    isRef: name.isRef && end === name.end && !after,
    affiliation,
    next: after ? after.end : end,
  };
}
