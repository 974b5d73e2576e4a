import { introAt } from "./content.js";
import { ABOUT, COMPLEMENTIZERS, isNisba, RELATIVES, VIA } from "./grammar.js";
import type { Reader } from "./reader.js";
import { matchSource } from "./sources.js";

/** The outlet a statement was given to («في تصريح لـ"ربيع الثورة"»), as tokens. */
export interface Medium {
  readonly start: number;
  readonly end: number;
  readonly actorId: string | null;
  /** Raw start of the outlet's name when a clitic precedes it in its token («لوكالة سبوتنيك»). */
  readonly textStart?: number;
}

export interface Zone {
  /** First token after the words that stand between a source and its content. */
  readonly next: number;
  readonly medium: Medium | null;
  /** A participle that introduces the words («قائلاً: "…"»): a cue of its own, for the same source. */
  readonly introducer?: { readonly start: number; readonly end: number };
}

const COMMA = new Set(["،", ",", "؛", ";"]);
const MEDIA_KINDS = new Set(["outlet", "social_media"]);

export function isComma(norm: string | undefined): boolean {
  return norm !== undefined && COMMA.has(norm);
}

/** A quoted name `"…"` at `j`: its token range without the quotes' outside. */
function quoted(r: Reader, j: number, limit: number): Medium | null {
  if (r.view.norms[j] !== '"') return null;
  for (let k = j + 1; k < Math.min(limit, j + 8); k++) {
    if (r.view.norms[k] === '"')
      return k > j + 1 ? { start: j, end: k + 1, actorId: actorIn(r, j, k) } : null;
  }
  return null;
}

function actorIn(r: Reader, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const id = r.view.actorAt.get(k)?.mention.actor_id;
    if (id) return id;
  }
  return null;
}

/** «لـ"ربيع الثورة"», «لوكالة سانا», «لعنب بلدي»: an outlet after «ل». */
function outletAfterLam(r: Reader, j: number, limit: number): Medium | null {
  const word = r.view.words[j];
  if (word === "ل") {
    // «لـ"سكاي نيوز"» comes out of many scrapers as «ل - " سكاي نيوز "».
    const k = r.view.norms[j + 1] === "-" ? j + 2 : j + 1;
    return quoted(r, k, limit) ?? outletAt(r, k, limit);
  }
  if (word?.startsWith("ل")) return outletAt(r, j, limit);
  return null;
}

function outletAt(r: Reader, j: number, limit: number): Medium | null {
  if (j >= limit) return null;
  const source = matchSource(r, j, limit);
  if (!source || !MEDIA_KINDS.has(source.kind)) return null;
  return { start: j, end: source.end, actorId: source.actorId, textStart: source.textStart };
}

/** «في تصريح خاص لـ X», «في بيان لها», «عبر X»: returns the token after it and the outlet, if named. */
function mediumAt(r: Reader, j: number, limit: number): { next: number; medium: Medium | null } | null {
  const { view } = r;
  if (VIA.has(view.words[j] ?? "")) {
    const medium = quoted(r, j + 1, limit) ?? outletAt(r, j + 1, limit);
    return medium ? { next: medium.end, medium } : null;
  }
  const lam = outletAfterLam(r, j, limit);
  if (lam) return { next: lam.end, medium: lam };
  if (view.words[j] === ON) {
    // «تداول النشطاء على مواقع التواصل …»: the platform.
    const platform = outletAt(r, j + 1, limit);
    if (platform) return { next: platform.end, medium: platform };
  }
  if (isAddressee(r, j, limit)) return { next: j + 1, medium: null };
  if (view.words[j] !== ABOUT) return null;
  const noun = r.lex.sources.match(view.words, j + 1, limit, false);
  if (!noun?.value.medium) return null;
  let k = noun.end;
  // Up to two describing words: «في تصريح خاص», «في مؤتمر صحفي».
  for (let n = 0; n < 2 && k < limit && view.words[k] != null && !outletAfterLam(r, k, limit); n++) {
    if (r.lex.sources.match(view.words, k, limit, false)?.value.skip) break;
    if (!isNisba(view.words[k]!)) break;
    k++;
  }
  const medium = outletAfterLam(r, k, limit);
  return { next: medium ? medium.end : platformEnd(r, k, limit), medium };
}

/** «(سانا)», «(38 عاماً)»: a short bracketed aside; -1 when the bracket does not close soon. */
function closingBracket(r: Reader, open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + 8); k++) if (r.view.norms[k] === ")") return k;
  return -1;
}

const ON = "علي";
const INTO = "الي";
/** How many words a platform may take: «على تويتر», «على موقع فيسبوك», «على قناتها في تلغرام». */
const PLATFORM_WORDS = 4;

/** «في حسابها على تويتر»: the platform after a medium noun, up to the complementizer. */
function platformEnd(r: Reader, k: number, limit: number): number {
  const { words } = r.view;
  if (words[k] !== ON) return k;
  for (let j = k + 1; j < Math.min(limit, k + 1 + PLATFORM_WORDS); j++) {
    const word = words[j];
    if (word == null || r.lex.cues.match(words, j, limit, false)) return k;
    if (COMPLEMENTIZERS.has(word)) return j;
  }
  return k;
}

/** «قال … للصحفيين إن», «لوسائل الإعلام:»: who the words were said to, right before the content. */
function isAddressee(r: Reader, j: number, limit: number): boolean {
  const { words, norms } = r.view;
  const word = words[j];
  if (word == null || word.length < 3 || word[0] !== "ل" || j + 1 >= limit) return false;
  const next = norms[j + 1] ?? "";
  return COMPLEMENTIZERS.has(next) || next === ":" || isComma(next);
}

/** How many words an aside between commas may have («أكد فلان، الخبير في الشؤون الروسية، أن …»). */
const APPOSITIVE_WORDS = 8;

/**
 * «، الخبير في الشؤون الروسية، أن …», «، في وقت مبكر اليوم، أن …»: words between two commas that lead
 * straight into a complementizer describe the source or the time, not what was said. Returns the second
 * comma, or -1.
 */
function appositiveEnd(r: Reader, comma: number, limit: number): number {
  const { words, norms } = r.view;
  for (let k = comma + 1; k < Math.min(limit, comma + 2 + APPOSITIVE_WORDS); k++) {
    if (norms[k] === ":") return k > comma + 1 ? k : -1;
    if (isComma(norms[k])) return k > comma + 1 && opensContent(r, k + 1) ? k : -1;
    if (words[k] == null || COMPLEMENTIZERS.has(words[k]!) || r.lex.cues.match(words, k, limit, false))
      return -1;
  }
  return -1;
}

/** A complementizer or a quotation starts at `k`. */
function opensContent(r: Reader, k: number): boolean {
  return COMPLEMENTIZERS.has(r.view.words[k] ?? "") || r.view.norms[k] === '"';
}

/** Prepositions that open an adverbial phrase before a complementizer («في ذات الوقت أن», «خلال لقائه أن»). */
const ADVERBIAL = new Set(["في", "خلال", "عبر", "اثناء", "لدي", "عقب", "امام"]);
/** Words that make «أن» part of the phrase, not the content's start («بعد أن», «دون أن»). */
const BOUND_THAT = new Set(["بعد", "قبل", "دون", "منذ", "حتي", "علي", "رغم", "بدون"]);
const ADVERBIAL_REACH = 7;

/** The end of an adverbial phrase at `j` that runs into a complementizer; `j` when there is none. */
function adverbialEnd(r: Reader, j: number, limit: number): number {
  const { words } = r.view;
  if (!ADVERBIAL.has(words[j] ?? "")) return j;
  // «مصدر في وزارة الخارجية»: «في» before a body names where the source is, not when it spoke.
  if (j + 1 < limit && matchSource(r, j + 1, limit)) return j;
  for (let k = j + 1; k < Math.min(limit, j + ADVERBIAL_REACH); k++) {
    const word = words[k];
    if (word == null || r.lex.cues.match(words, k, limit, false)) return j;
    if (!COMPLEMENTIZERS.has(word)) continue;
    const before = words[k - 1] ?? "";
    if (before === INTO) return k - 1;
    return BOUND_THAT.has(before) ? j : k;
  }
  return j;
}

const NOT_DOING = "عدم";
/** How far a relative clause about the source, or a clause about the medium, may run. */
const CLAUSE_REACH = 10;

/**
 * «المصدر الذي طلب عدم الكشف عن اسمه», «في بيان تلقت "السومرية نيوز" نسخة منه»: a clause that describes the
 * source or the statement, ending at a comma, a medium or a complementizer. Returns where it ends, or `j` when
 * there is none, it runs too far or it holds a cue of its own («الذي قال إن …» is another claim).
 */
function describingClauseEnd(r: Reader, j: number, limit: number, afterMedium: boolean): number {
  const { words, norms } = r.view;
  const relative = RELATIVES.has(words[j] ?? "");
  if (!relative && !afterMedium) return j;
  const first = relative ? j + 1 : j;
  for (let k = first; k < Math.min(limit, first + CLAUSE_REACH); k++) {
    const word = words[k];
    // «طلب عدم ذكر اسمه»: a cue word after «عدم» is what the source asked not to be done, not a saying.
    if (words[k - 1] !== NOT_DOING && r.lex.cues.match(words, k, limit, false)) return j;
    // A quotation that ends the clause is the words themselves («في بيان متلفز "أنتم تقصفون …"»).
    const quotation = norms[k] === '"' && introAt(r, null, k, limit, false) !== null;
    const stop = quotation || isComma(norms[k]) || (word != null && COMPLEMENTIZERS.has(word));
    if (stop || (relative && word === ABOUT && mediumAt(r, k, limit))) return k > first ? k : j;
    if (word == null && norms[k] !== '"') return j;
  }
  return j;
}

/**
 * «قائلاً: "…"», «قائلة إن …», «بقولها إن …»: a participle or verbal noun that introduces this claim's words;
 * returns the token after it, or `j`. After a comma, «مشيراً إلى أن …» is a claim of its own.
 */
function introducerEnd(r: Reader, j: number, limit: number, afterComma: boolean): number {
  const cue = r.lex.cues.match(r.view.words, j, limit, true);
  if (!cue) return j;
  const after = r.view.norms[cue.end] ?? "";
  const quotes = after === ":" || after === '"';
  const that = COMPLEMENTIZERS.has(after);
  if (cue.value.form === "participle" && cue.prefix === 0)
    return quotes || (that && !afterComma) ? cue.end : j;
  return cue.value.masdar && cue.prefix > 0 && (quotes || that) ? cue.end : j;
}

/**
 * Skips what stands between a source and its content: dates and times, adverbs («أيضاً», «بدوره»), commas,
 * «قد», the medium («في تصريح لـ …»), a saying participle («قائلاً:»).
 */
export function skipZone(r: Reader, from: number, limit: number, adverbials = true): Zone {
  const { view } = r;
  let j = from;
  let medium: Medium | null = null;
  let said: { start: number; end: number } | undefined;
  while (j < limit) {
    const word = view.words[j];
    const aside = isComma(view.norms[j]) ? appositiveEnd(r, j, limit) : -1;
    if (aside > j) {
      j = aside;
      continue;
    }
    if (view.inDate[j] || isComma(view.norms[j]) || word === "قد") {
      j++;
      continue;
    }
    const bracket = view.norms[j] === "(" ? closingBracket(r, j, limit) : -1;
    if (bracket > j) {
      j = bracket + 1;
      continue;
    }
    const skip = r.lex.sources.match(view.words, j, limit, false);
    if (skip?.value.skip) {
      j = skip.end;
      continue;
    }
    const found = mediumAt(r, j, limit);
    if (found) {
      medium ??= found.medium;
      j = describingClauseEnd(r, found.next, limit, view.words[j] === ABOUT);
      continue;
    }
    const clause = describingClauseEnd(r, j, limit, false);
    if (clause > j) {
      j = clause;
      continue;
    }
    const adverbial = adverbials ? adverbialEnd(r, j, limit) : j;
    if (adverbial > j) {
      j = adverbial;
      continue;
    }
    const introducer = introducerEnd(r, j, limit, isComma(view.norms[j - 1]));
    if (introducer > j) {
      // After a comma («، قائلاً: "…"») the participle is a cue of its own; right after the source it is not.
      const participle = r.lex.cues.match(view.words, j, limit, false)?.value.form === "participle";
      if (participle && isComma(view.norms[j - 1])) said ??= { start: j, end: introducer };
      j = introducer;
      continue;
    }
    break;
  }
  return said ? { next: j, medium, introducer: said } : { next: j, medium };
}
