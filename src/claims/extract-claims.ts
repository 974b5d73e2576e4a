import type { Claim, ClaimMedium } from "../core/layers.js";
import type { Span } from "../core/span.js";
import type { ActorDictionary } from "../extract/actors/dictionary.js";
import type { StemLexicon } from "../text/stem-lexicon.js";
import { contentModality, finalCertainty } from "./certainty.js";
import { backwardStart, forwardEnd, lastComma, trimEnd } from "./content.js";
import type { AttributionLexicon } from "./cue-lexicon.js";
import type { DocView } from "./doc-view.js";
import type { Draft } from "./draft.js";
import { asideClaim, nounClaim, phraseClaim, prepClaim } from "./other-claims.js";
import type { Reader } from "./reader.js";
import type { CueMatch, Found, Scan } from "./scan.js";
import { verbClaim } from "./verb-claims.js";
import type { Medium } from "./zone.js";

export interface ClaimResources {
  readonly lexicon: AttributionLexicon;
  readonly actors: ActorDictionary | null;
  readonly stems: StemLexicon;
}

function handle(scan: Scan, j: number, match: CueMatch): Found | null {
  switch (match.value.row.kind) {
    case "verb":
      return verbClaim(scan, j, match);
    case "prep":
      return prepClaim(scan, j, match);
    case "noun":
      return nounClaim(scan, j, match);
    case "aside":
      return asideClaim(scan, j, match);
    default:
      return phraseClaim(scan, j, match);
  }
}

/** The cue at token `j`; a noun cue may also carry a preposition («للأنباء التي تحدثت عن …»). */
function cueAt(r: Reader, j: number, sentEnd: number): CueMatch | null {
  const plain = r.lex.cues.match(r.view.words, j, sentEnd, false);
  if (plain) return plausible(r, j, plain) ? plain : null;
  const word = r.view.words[j]!;
  const lead = word[0] === "و" || word[0] === "ف" ? word[1] : word[0];
  if (lead !== "ب" && lead !== "ل") return null;
  const withPreposition = r.lex.cues.match(r.view.words, j, sentEnd, true);
  return withPreposition?.value.row.kind === "noun" && plausible(r, j, withPreposition)
    ? withPreposition
    : null;
}

const TA_MARBUTA = 0x0629;

/**
 * Rules out readings the normaliser made possible: a verb form ending in a pronoun ه that is written ة in the
 * text («قدرة» is not «قدره»), and a noun cue inside a name («وكالة الأنباء السورية»).
 */
function plausible(r: Reader, j: number, match: CueMatch): boolean {
  const { form, row } = match.value;
  const token = r.view.tokens[match.end - 1]!;
  if ((form === "past" || form === "present") && r.view.raw.charCodeAt(token.end - 1) === TA_MARBUTA)
    return false;
  if (row.kind !== "noun") return true;
  if (r.view.actorAt.has(j) || insideActor(r, j)) return false;
  return !(j > 0 && (r.lex.sources.match(r.view.words, j - 1, j + 1, true)?.end ?? 0) > j);
}

/** Whether token `j` lies inside an actor mention that starts before it. */
function insideActor(r: Reader, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const placed = r.view.actorAt.get(k);
    if (placed) return placed.end > j;
  }
  return false;
}

/** First pass over one sentence: every cue that has a source and a content becomes a draft claim. */
function scanSentence(r: Reader, sentence: number, drafts: Draft[]): void {
  const { view } = r;
  const sentStart = view.sentStart[sentence]!;
  const sentEnd = view.sentEnd[sentence]!;
  let j = sentStart;
  while (j < sentEnd) {
    const match = view.words[j] == null ? null : cueAt(r, j, sentEnd);
    const found = match ? handle({ r, sentence, sentStart, sentEnd, drafts }, j, match) : null;
    if (!found) {
      j++;
      continue;
    }
    drafts.push(found.claim);
    for (const relayed of found.relayed) drafts.push({ ...relayed, via: drafts.length - 1 });
    drafts.push(...(found.also ?? []));
    j = found.next > j ? found.next : j + 1;
  }
}

/** Where a forward content must end because a later claim's own clause starts (see ClauseRole). */
function cutFor(r: Reader, drafts: readonly Draft[], i: number, from: number, sentEnd: number): number {
  const d = drafts[i]!;
  for (let k = i + 1; k < drafts.length; k++) {
    const e = drafts[k]!;
    if (e.sentence !== d.sentence) break;
    if (e.via !== undefined || e.role === "nested" || e.clauseStart <= from) continue;
    const comma = lastComma(r, from, e.clauseStart);
    if (comma >= 0) return comma;
    if (e.role === "verb") return e.clauseStart;
  }
  return sentEnd;
}

/** A backward content never reaches before the content start of an earlier claim in its sentence. */
function lowerBound(drafts: readonly Draft[], i: number, sentStart: number): number {
  const d = drafts[i]!;
  for (let k = i - 1; k >= 0 && drafts[k]!.sentence === d.sentence; k--) {
    const start = drafts[k]!.start;
    if (start && start.tok < d.anchor) return Math.max(sentStart, start.tok);
  }
  return sentStart;
}

interface Content extends Span {
  readonly startTok: number;
  readonly endTok: number;
}

function contentOf(r: Reader, drafts: readonly Draft[], i: number): Content | null {
  const { view } = r;
  const d = drafts[i]!;
  const sentStart = view.sentStart[d.sentence]!;
  const sentEnd = view.sentEnd[d.sentence]!;
  let startTok: number;
  let endTok: number;
  let start: number;
  if (d.start) {
    startTok = d.start.tok;
    start = d.start.offset;
    endTok =
      d.start.close >= 0
        ? d.start.close
        : forwardEnd(r, startTok, sentEnd, cutFor(r, drafts, i, startTok, sentEnd), d.relative);
  } else {
    startTok = backwardStart(r, d.anchor, lowerBound(drafts, i, sentStart), d.inline);
    while (startTok < d.anchor && view.words[startTok] == null && view.norms[startTok] !== '"') startTok++;
    start = view.tokens[startTok]?.start ?? 0;
    endTok = d.anchor;
  }
  endTok = trimEnd(r, startTok, endTok);
  if (endTok <= startTok) return null;
  return { start, end: view.tokens[endTok - 1]!.end, startTok, endTok };
}

function mediumOf(r: Reader, m: Medium): ClaimMedium {
  const { tokens, norms, raw } = r.view;
  const quoted = norms[m.start] === '"' && norms[m.end - 1] === '"' && m.end - m.start > 2;
  const start = m.textStart ?? tokens[quoted ? m.start + 1 : m.start]!.start;
  const end = tokens[quoted ? m.end - 2 : m.end - 1]!.end;
  const span = { text: raw.slice(start, end), start, end };
  return m.actorId ? { ...span, actor_id: m.actorId } : span;
}

/** The innermost other claim whose content holds claim `i`'s cue. */
function parentOf(i: number, cues: readonly Span[], contents: readonly Span[]): number {
  let best = -1;
  for (let k = 0; k < contents.length; k++) {
    const c = contents[k]!;
    if (k === i || c.start > cues[i]!.start || cues[i]!.end > c.end) continue;
    if (best < 0 || c.end - c.start < contents[best]!.end - contents[best]!.start) best = k;
  }
  return best;
}

/**
 * Every attributed statement of a document: who says it (source), the words that mark it (cue), what is
 * said (content) and how sure it is (certainty), in text order with ids c1, c2, …
 */
export function extractClaims(view: DocView, resources: ClaimResources): Claim[] {
  const r: Reader = { view, lex: resources.lexicon, actors: resources.actors, stems: resources.stems };
  const drafts: Draft[] = [];
  for (let s = 0; s < view.sentStart.length; s++) scanSentence(r, s, drafts);
  const kept: Array<{ d: Draft; index: number; content: Content }> = [];
  drafts.forEach((d, index) => {
    const content = contentOf(r, drafts, index);
    if (content) kept.push({ d, index, content });
  });
  kept.sort((a, b) => a.d.cueStart - b.d.cueStart || a.index - b.index);
  const idOf = new Map(kept.map((k, n) => [k.index, `c${n + 1}`]));
  const cues = kept.map((k) => ({ start: k.d.cueStart, end: k.d.cueEnd }));
  const contents = kept.map((k) => k.content);
  // A claim that relays another keeps its own certainty: «نقلت الصفحة عن مصادر قولها إن "… سيتم …"» is the
  // page reporting; the expectation is the sources'.
  const relaying = new Set(drafts.map((d) => d.via).filter((v) => v !== undefined));
  return kept.map(({ d, index, content }, n): Claim => {
    const modality = relaying.has(index) ? null : contentModality(r, content.startTok, content.endTok);
    const parent = parentOf(n, cues, contents);
    const via = d.via === undefined ? undefined : idOf.get(d.via);
    return {
      id: `c${n + 1}`,
      source: d.source,
      cue: { text: view.raw.slice(d.cueStart, d.cueEnd), start: d.cueStart, end: d.cueEnd },
      content: { start: content.start, end: content.end },
      certainty: finalCertainty(d.certainty, false, modality),
      ...(via ? { via } : {}),
      ...(d.origin ? { origin: d.origin } : {}),
      ...(parent >= 0 ? { parent: `c${parent + 1}` } : {}),
      ...(d.medium ? { medium: mediumOf(r, d.medium) } : {}),
    };
  });
}
