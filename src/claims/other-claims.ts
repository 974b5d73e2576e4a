import type { Certainty } from "../core/layers.js";
import { normalizeArabic } from "../text/normalize.js";
import { isNegated } from "./certainty.js";
import { type ContentStart, introAt } from "./content.js";
import type { CueRow } from "./cue-lexicon.js";
import { phraseStart } from "./doc-view.js";
import { AUTHOR, type Draft, previousDraft, resolveSource } from "./draft.js";
import { AGENT_FIRST, AGENT_SECOND, COMPLEMENTIZERS, WHAT } from "./grammar.js";
import { relayAt } from "./relays.js";
import type { CueMatch, Found, Scan } from "./scan.js";
import { matchSource } from "./sources.js";
import { isComma, skipZone } from "./zone.js";

/** How far after a noun cue its introducer may come («شائعات في جنوب دمشق منذ قرابة الشهر تفيد …»). */
const NOUN_REACH = 10;
/** «أنباء غير مؤكدة»: a report that says it is unconfirmed is a rumour. */
const UNCONFIRMED = new Set(["غير مؤكدة", "غير مؤكد", "غير رسمية", "غير رسمي"].map(normalizeArabic));
/** Words that introduce a noun cue's content themselves, as opposed to verbs that need one after them. */
const PARTICLES = new Set(["عن", "حول"]);

function draft(s: Scan, j: number, match: CueMatch, fields: Partial<Draft> & Pick<Draft, "source">): Draft {
  const { tokens } = s.r.view;
  return {
    sentence: s.sentence,
    cueTok: j,
    cueStart: phraseStart(s.r.view, j, match),
    cueEnd: tokens[match.end - 1]!.end,
    head: null,
    certainty: match.value.row.certainty,
    start: null,
    anchor: j,
    clauseStart: j,
    inline: false,
    relative: false,
    role: "soft",
    medium: null,
    ...fields,
  };
}

/** The source after a prep cue: «بحسب ناشطين», «وفقاً لـ مصادر», «حسب معلومات المرصد», «نقلاً عن …». */
function prepSource(s: Scan, j: number, match: CueMatch) {
  const { r } = s;
  if (match.value.row.relay) return relayAt(s, j);
  let k = match.end;
  if (r.view.words[k] === "ل") k++;
  const info = r.lex.sources.match(r.view.words, k, s.sentEnd, true);
  if (info?.value.info && !info.value.head) k = r.view.words[info.end] === "ل" ? info.end + 1 : info.end;
  const named = k < s.sentEnd ? matchSource(r, k, s.sentEnd) : null;
  return named ? { source: resolveSource(r, named, s.drafts), head: named.head, next: named.next } : null;
}

/**
 * «بحسب المرصد، قتل …» (content after, when the cue opens its clause) or «قتل 5 مدنيين بحسب ناشطين»
 * (content before). «وفق ما أفاد به» is left to the verb, which reads it as an as-clause.
 */
export function prepClaim(s: Scan, j: number, match: CueMatch): Found | null {
  const { r } = s;
  if (r.view.words[match.end] === WHAT) return null;
  const named = prepSource(s, j, match);
  if (!named) return null;
  const clauseInitial = j === s.sentStart || isComma(r.view.norms[j - 1]);
  const zone = skipZone(r, named.next, s.sentEnd);
  // «… نقلاً عن مصدر في الخارجية، أن الوفد سيصل»: a complementizer after the source opens a content ahead.
  const start = introAt(r, null, zone.next, s.sentEnd, clauseInitial);
  if (!start && j === s.sentStart) return null;
  const claim = draft(s, j, match, {
    source: named.source,
    head: named.head,
    start,
    medium: zone.medium,
  });
  return { claim, relayed: [], next: start ? start.tok : zone.next };
}

/** The introducer of a noun cue's content within its clause, and the content start after it. */
function nounContent(s: Scan, row: CueRow, from: number): ContentStart | null {
  const { r } = s;
  const { words, norms } = r.view;
  const limit = Math.min(s.sentEnd, from + NOUN_REACH);
  for (let m = from; m < limit; m++) {
    if (isComma(norms[m])) return null;
    const word = words[m];
    if (word == null) continue;
    // «الأنباء التي يروجها الحوثيون عن …»: a verb with a subject of its own is the claim, not the noun.
    const verb = r.lex.cues.match(words, m, s.sentEnd, false);
    if (verb?.value.row.kind === "verb" && matchSource(r, verb.end, s.sentEnd)) return null;
    if (COMPLEMENTIZERS.has(word)) return introAt(r, null, m, s.sentEnd, false);
    if (PARTICLES.has(word) && row.intro.has(word)) return introAt(r, row, m, s.sentEnd, false);
    const bare = word[0] === "و" && word.length > 3 ? word.slice(1) : word;
    if (row.intro.has(bare) || row.intro.has(word)) {
      // A verb introducer («تفيد», «تتحدث»): its own particle, complementizer or «بـ» follows.
      return introAt(r, row, m + 1, s.sentEnd, true);
    }
  }
  return null;
}

/** «انتشار شائعات … تفيد بنية …», «أنباء غير مؤكدة عن …», «شائعات النظام عن …». */
export function nounClaim(s: Scan, j: number, match: CueMatch): Found | null {
  const { r } = s;
  const { words } = r.view;
  let k = match.end;
  let certainty: Certainty = match.value.row.certainty;
  const pair = `${words[k] ?? ""} ${words[k + 1] ?? ""}`;
  if (UNCONFIRMED.has(pair)) {
    certainty = "rumoured";
    k += 2;
  }
  if (words[k] === AGENT_FIRST && AGENT_SECOND.has(words[k + 1] ?? "")) k += 2;
  // «ولم ترد تقارير عن …»: reports said not to exist are no claim.
  const phraseBefore = (r.lex.cues.match(words, j - 2, j, false)?.end ?? 0) === j;
  const negatedVerb = j - 1 > s.sentStart && !phraseBefore && isNegated(r, j - 1, s.sentStart);
  if (isNegated(r, j, s.sentStart) || negatedVerb) return null;
  const named = r.view.actorAt.has(k) ? matchSource(r, k, s.sentEnd) : null;
  const start = nounContent(s, match.value.row, named ? named.next : k);
  if (!start) return null;
  const claim = draft(s, j, match, {
    source: named ? resolveSource(r, named, s.drafts) : AUTHOR,
    head: named?.head ?? null,
    certainty,
    start,
  });
  return { claim, relayed: [], next: start.tok };
}

/** «من المتوقع أن», «يشار إلى أن», «لا صحة لـ …»: the article's own voice, marked by the text. */
export function phraseClaim(s: Scan, j: number, match: CueMatch): Found | null {
  const { r } = s;
  const { row } = match.value;
  const k = skipZone(r, match.end, s.sentEnd).next;
  const word = r.view.words[k];
  let start: ContentStart | null = null;
  if (word != null && COMPLEMENTIZERS.has(word)) start = introAt(r, null, k, s.sentEnd, false);
  else if (word != null && row.intro.has("ل") && word.startsWith("ل")) {
    start = introAt(r, null, word === "ل" ? k + 1 : k, s.sentEnd, true);
  } else if (word != null && (row.certainty === "expected" || row.certainty === "rumoured")) {
    // «ومن المنتظر أيضاً تنظيم احتجاجات …», «من المقرر عقد اجتماع …»: an expectation of a verbal noun.
    start = introAt(r, null, k, s.sentEnd, true);
  }
  if (!start) return null;
  // «قال … إنه "لا صحة …"», «أكد أنه من المتوقع …»: the claim around it takes the denial or expectation.
  let before = j - 1;
  while (before > s.sentStart && r.view.norms[before] === '"') before--;
  if (before >= s.sentStart && COMPLEMENTIZERS.has(r.view.words[before] ?? "") && s.drafts.length > 0)
    return null;
  const claim = draft(s, j, match, { source: AUTHOR, start, role: "verb" });
  return { claim, relayed: [], next: start.tok };
}

/** «…، على حد قوله»: the clause before, said by the source of the claim before it (or the article). */
export function asideClaim(s: Scan, j: number, match: CueMatch): Found | null {
  if (j === s.sentStart) return null;
  const earlier = previousDraft(s.drafts, s.sentence, 1, true);
  const claim = draft(s, j, match, { source: earlier?.source ?? AUTHOR, head: earlier?.head ?? null });
  return { claim, relayed: [], next: match.end };
}
