import type { ClaimSource } from "../core/layers.js";
import { AUTHOR, type Draft, previousDraft, resolveSource } from "./draft.js";
import {
  AGENT_FIRST,
  AGENT_SECOND,
  AS_WORDS,
  AUXILIARIES,
  COMPLEMENTIZERS,
  OF_WORDS,
  RELATIVES,
  RELAY_FROM,
  WHAT,
} from "./grammar.js";
import type { CueMatch, Scan } from "./scan.js";
import { matchSource, type SourceMatch } from "./sources.js";
import { stretchEnd, stretched } from "./stretch.js";
import { isComma } from "./zone.js";

/** Resumptive pronouns: «أكدت فيه», «وفق ما أفاد به». */
const RESUMPTIVE = new Set(["به", "بها", "فيه", "فيها", "عنه", "عنها"]);
const PERSON_KINDS = new Set(["person", "military", "official"]);

/** How the cue sits in its clause, read from the word before it. */
export interface Position {
  /** «كما يشاع», «وفق ما أفاد»: the content is the clause before; `anchor` is where it ends. */
  readonly asClause: boolean;
  readonly anchor: number;
  readonly relative: boolean;
  /** Right after a complementizer («أنه رصد»): inside the content of the claim before. */
  readonly afterThat: boolean;
  /** Sentence start, after a comma, or with a conjunction on the cue («وأكدت»). */
  readonly clauseInitial: boolean;
}

export function position(s: Scan, j: number, match: CueMatch): Position {
  const { words, norms } = s.r.view;
  const prev = j > s.sentStart ? (words[j - 1] ?? null) : null;
  const beforePrev = j - 2 >= s.sentStart ? words[j - 2] : null;
  const prepBefore =
    beforePrev != null && s.r.lex.cues.match(words, j - 2, j - 1, false)?.value.row.kind === "prep";
  const asWord = prev !== null && AS_WORDS.has(prev);
  const asWhat = prev === WHAT && prepBefore;
  const anchor = asWhat ? j - 2 : asWord ? j - 1 : j;
  return {
    asClause: asWord || asWhat,
    anchor,
    relative: prev !== null && (RELATIVES.has(prev) || (prev === WHAT && !asWhat)),
    afterThat: prev !== null && COMPLEMENTIZERS.has(prev),
    clauseInitial:
      j === s.sentStart || isComma(norms[j - 1]) || match.prefix > 0 || AUXILIARIES.has(prev ?? ""),
  };
}

/** «وكانت مواقع الثورة السورية قد نشرت»: a subject before the verb, starting its clause. */
/** «التحالف الذي تقوده الولايات المتحدة قال»: a relative clause between a subject and its verb. */
function relativeUpTo(s: Scan, from: number, end: number): boolean {
  const { words } = s.r.view;
  if (!RELATIVES.has(words[from] ?? "") || end - from > 6) return false;
  for (let k = from + 1; k < end; k++) if (words[k] == null) return false;
  return true;
}

/** «وزيرة الإعلام، نادية السقاف، كشفت»: a name between commas between a subject and its verb. */
function appositiveUpTo(s: Scan, from: number, end: number): boolean {
  const { words, norms } = s.r.view;
  if (!isComma(norms[from]) || !isComma(norms[end - 1]) || end - from > 8) return false;
  for (let k = from + 1; k < end - 1; k++) if (words[k] == null) return false;
  return end - from > 2;
}

function subjectBefore(s: Scan, j: number): SourceMatch | null {
  const { words, norms } = s.r.view;
  const end = words[j - 1] === "قد" ? j - 1 : j;
  for (let start = end - 1; start >= Math.max(s.sentStart, end - 14); start--) {
    // A clause starts at the sentence start, after punctuation («|» in a headline), «كان», a complementizer,
    // or with a conjunction on the subject itself («ودمشق تقول …»).
    const before = words[start - 1];
    const conj = (words[start] ?? "").length > 3 && (words[start]![0] === "و" || words[start]![0] === "ف");
    const initial =
      start === s.sentStart ||
      before == null ||
      AUXILIARIES.has(before) ||
      COMPLEMENTIZERS.has(before) ||
      conj;
    if (!initial || isComma(norms[start])) continue;
    const m = words[start] == null && norms[start] !== '"' ? null : matchSource(s.r, start, end);
    if (m && (m.next === end || relativeUpTo(s, m.next, end) || appositiveUpTo(s, m.next, end))) return m;
  }
  return null;
}

/** The subject a verb without one takes: the previous claim's source, where the verb continues it. */
function elidedSource(s: Scan, match: CueMatch, pos: Position): Draft | null {
  const participle = match.value.form === "participle";
  // «أكدت فيه …», and cues that end in one («جاء فيه أن …»).
  const { words } = s.r.view;
  const resumptive = RESUMPTIVE.has(words[match.end] ?? "") || RESUMPTIVE.has(words[match.end - 1] ?? "");
  if (participle && !(pos.clauseInitial || pos.afterThat)) return null;
  if (!participle && !pos.clauseInitial && !pos.afterThat && !resumptive) return null;
  const earlier = previousDraft(s.drafts, s.sentence, participle || pos.afterThat ? 1 : 2, !pos.afterThat);
  // «يذكر أن …» opening a sentence is impersonal; «… , وينفيان قتل مدنيين» goes on with its sentence's subject.
  if (match.value.form === "present" && !pos.afterThat && earlier?.sentence !== s.sentence) return null;
  return earlier;
}

export interface Subject {
  readonly source: ClaimSource;
  readonly head: string | null;
  readonly next: number;
  /** A subject before the verb: where the clause starts, and whether a complementizer precedes it. */
  readonly before?: { readonly start: number; readonly afterThat: boolean };
  /** The subject is the previous claim's, carried over from an earlier sentence («وسجلت أن …»). */
  readonly carried?: boolean;
  /** The source came as a passive agent («ونفي من قبل النظام»). */
  readonly agent?: boolean;
}

/** Who says it: the name after the verb, an impersonal form, a subject before it, or the one carried over. */
export function subjectOf(s: Scan, j: number, match: CueMatch, pos: Position): Subject | null {
  const { r } = s;
  const { words } = r.view;
  const entry = match.value;
  let k = match.end;
  const agent = words[k] === AGENT_FIRST && AGENT_SECOND.has(words[k + 1] ?? "");
  if (agent) k += 2;
  // «كما أفاد به …», «التي تعترف فيها إسرائيل بأنها …»: a resumptive pronoun before the subject.
  if (RESUMPTIVE.has(words[k] ?? "")) k++;
  const named = entry.row.relay && words[k] === RELAY_FROM ? null : matchSource(r, k, s.sentEnd);
  if (named) {
    const source = resolveSource(r, named, s.drafts);
    // A direct verb's object may follow its source («رصد المرصد مقتل 5 … بعد أن»): stretch only over «في …»
    // or after a bare title («الجنرال سيرغي رودسكوي»).
    const title = named.end === named.start + 1 && !named.actorId && PERSON_KINDS.has(named.kind);
    const may = !source.ref && (!entry.row.direct || title || OF_WORDS.has(words[named.next] ?? ""));
    const end = may && named.next === named.end ? stretchEnd(s, named.next, true) : named.next;
    if (end === named.next) return { source, head: named.head, next: named.next, agent };
    return { source: stretched(r, source, named.start, end), head: named.head, next: end, agent };
  }
  if (entry.passive) return { source: AUTHOR, head: null, next: k };
  const before = subjectBefore(s, j);
  if (before) {
    const afterThat = COMPLEMENTIZERS.has(words[before.start - 1] ?? "");
    const source = resolveSource(r, before, s.drafts);
    return { source, head: before.head, next: k, before: { start: before.start, afterThat } };
  }
  // «قال جون سميث إن …»: a name no layer knows, between a saying verb and its complementizer.
  const unknown = entry.row.direct || entry.form === "participle" ? k : stretchEnd(s, k, false);
  if (unknown > k) return { source: stretched(r, AUTHOR, k, unknown), head: null, next: unknown };
  const carried = elidedSource(s, match, pos);
  if (!carried) return null;
  // Carried within its sentence («ويقول الجيشان … وينفيان قتل …»), the subject is as sure as a named one.
  return { source: carried.source, head: carried.head, next: k, carried: carried.sentence !== s.sentence };
}
