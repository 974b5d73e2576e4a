import { isNegated, negate } from "./certainty.js";
import { introAt } from "./content.js";
import { phraseStart } from "./doc-view.js";
import { type Draft, resolveSource } from "./draft.js";
import { type Relay, readRelays } from "./relays.js";
import type { CueMatch, Found, Scan } from "./scan.js";
import { matchSource } from "./sources.js";
import { type Position, position, type Subject, subjectOf } from "./subjects.js";
import { isComma, skipZone, type Zone } from "./zone.js";

const MEDIA_KINDS = new Set(["monitor", "outlet", "social_media"]);
const RESUMPTIVE = new Set(["فيه", "فيها"]);
const SENTENCE_END = new Set([".", "!", "?", "؟", "…"]);

function clauseEnds(s: Scan, k: number): boolean {
  const norm = s.r.view.norms[k];
  return k >= s.sentEnd || isComma(norm) || SENTENCE_END.has(norm ?? "");
}

/** «نفى الجيش نفياً قاطعاً أي استخدام …»: the verb's own verbal noun (and its adjective) is no content. */
function skipCognate(s: Scan, zone: Zone, match: CueMatch): Zone {
  const { words } = s.r.view;
  const cognate = s.r.lex.cues.match(words, zone.next, s.sentEnd, false);
  if (!cognate?.value.masdar || cognate.value.row !== match.value.row) return zone;
  const adjective = words[cognate.end]?.endsWith("ا") === true;
  const after = skipZone(s.r, adjective ? cognate.end + 1 : cognate.end, s.sentEnd);
  const introducer = zone.introducer ?? after.introducer;
  const medium = zone.medium ?? after.medium;
  return introducer ? { next: after.next, medium, introducer } : { next: after.next, medium };
}

/**
 * «بعد إعلان وزارة الدفاع الروسية عن …», «وتأكيد المرصد أن …»: a verbal noun whose source follows as its
 * genitive and whose content is introduced; anything less is no claim.
 */
function masdarClaim(s: Scan, j: number, match: CueMatch): Found | null {
  const { r } = s;
  const named = matchSource(r, match.end, s.sentEnd);
  if (!named) return null;
  const zone = skipZone(r, named.next, s.sentEnd);
  const start = introAt(r, match.value.row, zone.next, s.sentEnd, false);
  if (!start) return null;
  const claim: Draft = {
    sentence: s.sentence,
    cueTok: j,
    cueStart: phraseStart(r.view, j, match),
    cueEnd: r.view.tokens[match.end - 1]!.end,
    source: resolveSource(r, named, s.drafts),
    head: named.head,
    certainty: match.value.row.certainty,
    start,
    anchor: j,
    clauseStart: j,
    inline: false,
    relative: false,
    role: "soft",
    medium: zone.medium,
  };
  return { claim, relayed: [], next: start.tok };
}

/** «أوضح مصدر … قائلاً: "…"»: the participle that introduces the words is a cue of its own, same source. */
function introducerClaim(s: Scan, claim: Draft, zone: Zone): Draft[] {
  const said = zone.introducer;
  if (!said || !claim.start) return [];
  const { tokens } = s.r.view;
  const { origin: _origin, ...rest } = claim;
  return [
    {
      ...rest,
      cueTok: said.start,
      cueStart: tokens[said.start]!.start,
      cueEnd: tokens[said.end - 1]!.end,
      role: "nested",
      medium: null,
    },
  ];
}

/**
 * A claim at a verb cue («أكد», «نقلت», «يشاع», «مشيراً»): its source after it, before it, or carried
 * over; relayed sources («عن مصادر … قولها»); the medium; and where its content starts.
 */
/**
 * Where the verb's content starts: after an introducer, or (for a verb that takes an object) right away.
 * Null when there is none; `undefined` when the content lies before the cue instead (an as-clause, or a
 * passive agent at the clause end: «ونفي من قبل النظام.»).
 */
function verbContent(s: Scan, match: CueMatch, pos: Position, subject: Subject, zone: Zone) {
  const { words, norms } = s.r.view;
  const entry = match.value;
  // A subject carried from an earlier sentence takes an object only where the text ties it back («أكدت
  // فيه …», «أنه رصد …»).
  const tied =
    subject.carried !== true ||
    pos.afterThat ||
    entry.form === "participle" ||
    RESUMPTIVE.has(words[match.end] ?? "");
  const media = !entry.row.media || MEDIA_KINDS.has(subject.source.kind) || pos.afterThat;
  const direct = entry.row.direct && !entry.object && tied && media;
  const start = introAt(s.r, entry.row, zone.next, s.sentEnd, direct);
  const looksBack = pos.asClause || (subject.agent === true && clauseEnds(s, zone.next));
  if (!start) return looksBack && pos.anchor !== s.sentStart ? undefined : null;
  // «كما أعلنت الأمم المتحدة أن …» opens its clause with «كما» (also); «…، كما قال المرصد» looks back.
  const forward = !pos.asClause || pos.anchor === s.sentStart || isComma(norms[pos.anchor - 1]);
  return forward ? start : undefined;
}

/** The relayed sources' claims: same content, cue «قوله» / «نقلاً عن», reported at most. */
function relayedDrafts(claim: Draft, relays: readonly Relay[]): Draft[] {
  return relays
    .filter((relay) => !relay.bare)
    .map((relay) => ({
      ...claim,
      cueTok: relay.cueTok,
      cueStart: relay.cue.start,
      cueEnd: relay.cue.end,
      source: relay.source,
      head: relay.head,
      certainty: claim.certainty === "confirmed" ? "reported" : claim.certainty,
      role: "nested" as const,
      medium: null,
    }));
}

export function verbClaim(s: Scan, j: number, match: CueMatch): Found | null {
  const { r } = s;
  const { words, tokens } = r.view;
  const entry = match.value;
  if (entry.masdar && entry.form === "masdar") return masdarClaim(s, j, match);
  const pos = position(s, j, match);
  const subject = subjectOf(s, j, match, pos);
  if (!subject) return null;
  const { relays, zone: first } = readRelays(s, subject.next, entry.row.relay);
  const zone = skipCognate(s, first, match);
  const start = verbContent(s, match, pos, subject, zone);
  if (start === null) return null;
  // «وفي التفاصيل التي حصل عليها المرصد، فإن …»: a fronted phrase, then the main clause after «فـ».
  const fronted = start !== undefined && words[start.tok - 1]?.startsWith("فان") === true;
  const afterThat = pos.afterThat || subject.before?.afterThat === true;
  const nested = !fronted && (afterThat || pos.relative || (pos.asClause && start === undefined));
  const base = entry.certainty ?? entry.row.certainty;
  const claim: Draft = {
    sentence: s.sentence,
    cueTok: j,
    cueStart: phraseStart(r.view, j, match),
    cueEnd: tokens[match.end - 1]!.end,
    source: subject.source,
    head: subject.head,
    certainty: isNegated(r, pos.anchor, s.sentStart) ? negate(base) : base,
    start: start ?? null,
    anchor: pos.anchor,
    clauseStart: subject.before?.start ?? pos.anchor,
    inline: pos.asClause,
    relative: pos.relative && !fronted,
    role: nested ? "nested" : "verb",
    medium: zone.medium,
    ...(relays[0]?.bare ? { origin: relays[0].source } : {}),
  };
  const next = Math.max(claim.start ? claim.start.tok : zone.next, match.end);
  return { claim, relayed: relayedDrafts(claim, relays), also: introducerClaim(s, claim, zone), next };
}
