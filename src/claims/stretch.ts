import type { ClaimSource } from "../core/layers.js";
import { normalizeArabic } from "../text/normalize.js";
import { COMPLEMENTIZERS, OF_WORDS, STOP_WORDS } from "./grammar.js";
import type { Reader } from "./reader.js";
import type { Scan } from "./scan.js";
import { isComma, skipZone } from "./zone.js";

/** How many words a source's unknown rest («مصدر في مستشفى المدينة», «الجنرال سيرغي رودسكوي») may run. */
const STRETCH = 10;
const INTO = normalizeArabic("إلى");

/** A quotation, a colon, or a comma before a complementizer or quotation. */
function endsName(r: Reader, k: number): boolean {
  const { norms, words } = r.view;
  const norm = norms[k];
  if (norm === '"' || norm === ":") return true;
  return isComma(norm) && (COMPLEMENTIZERS.has(words[k + 1] ?? "") || norms[k + 1] === '"');
}

/**
 * The token a source's name may run to when words the lexicons do not know follow it (a body after «في»/
 * «من», a name after a title, a name after a verb): a complementizer must come, after at most the words a
 * zone skips (a date, a medium), within a few words and no comma. Returns `from` when it does not.
 */
export function stretchEnd(s: Scan, from: number, allowOf: boolean): number {
  const { r } = s;
  const { words } = r.view;
  const first = words[from];
  if (first == null || COMPLEMENTIZERS.has(first)) return from;
  if (STOP_WORDS.has(first) && !(allowOf && OF_WORDS.has(first))) return from;
  for (let k = from; k < Math.min(s.sentEnd, from + STRETCH); k++) {
    const word = words[k];
    // The name ends at a quotation or colon («قال المتحدث باسم الشرطة أرجو يونو "…"»), or at a comma before
    // a complementizer («وقال المعتقل محمد العمر للمكتب الإعلامي، إن …»).
    if (word == null) return k > from && endsName(r, k) ? k : from;
    if (r.lex.cues.match(words, k, s.sentEnd, false)) return from;
    // «وتشير الدراسة إلى أن»: the verb's «إلى» is not part of the name.
    if (k > from && COMPLEMENTIZERS.has(word)) return words[k - 1] === INTO && k - 1 > from ? k - 1 : k;
    // «مسؤول في الأرصاد الجوية إن»: a «في» right after the name is where the source is, not an adverbial.
    const zone = skipZone(r, k, s.sentEnd, !(k === from && allowOf));
    if (zone.next > k) return k > from && COMPLEMENTIZERS.has(words[zone.next] ?? "") ? k : from;
  }
  return from;
}

/** A source whose name was stretched over unknown words: kind from what is inside it, else a person. */
export function stretched(r: Reader, source: ClaimSource, from: number, to: number): ClaimSource {
  const end = r.view.tokens[to - 1]!.end;
  const start = source.start ?? r.view.tokens[from]!.start;
  const kind = source.kind === "author" ? "person" : source.kind;
  return { ...source, kind, text: r.view.raw.slice(start, end), start, end };
}

/** How many words an unknown relayed name may have («نقلت الوكالة عن روحاني قوله …»). */
const RELAY_NAME = 4;

/** «عن روحاني قوله»: the end of a name no layer knows, right before a verbal noun of saying; -1 when none. */
export function unknownRelayEnd(s: Scan, from: number): number {
  const { words } = s.r.view;
  if (STOP_WORDS.has(words[from] ?? "")) return -1;
  for (let k = from; k < Math.min(s.sentEnd, from + RELAY_NAME + 1); k++) {
    if (words[k] == null) return -1;
    if (k > from && s.r.lex.cues.match(words, k, s.sentEnd, false)?.value.masdar) return k;
  }
  return -1;
}
