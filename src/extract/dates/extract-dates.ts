import { isCountedNounAt } from "../numbers/extract-numbers.js";
import { isNumberWordAt, quantityHeads } from "../numbers/parse-quantity.js";
import { TriggerSet } from "../numbers/phrase-table.js";
import { scanWords, type Word } from "../numbers/words.js";
import type { DateParse, PointParse } from "./date-parse.js";
import { parseClock } from "./parse-clock.js";
import { parseMonthPart } from "./parse-month-part.js";
import { nextDashes, parsePoint, parseYear, type Source } from "./parse-point.js";
import { parseDuration, parsePeriod, parseRange } from "./parse-span.js";
import { type Resolution, resolveDate } from "./resolve-date.js";
import {
  cues,
  dayOrdinals,
  futureCues,
  hourCue,
  monthParts,
  months,
  partsAfter,
  partsBefore,
  periods,
  relativeDays,
  sets,
  units,
  W,
  weekdays,
  yearWords,
} from "./tables.js";

/** A date found in normalised text, with what it resolved to. Offsets are normalised units. */
export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly parse: DateParse;
  readonly resolution: Resolution;
}

export interface DateOptions {
  /** Publication day as a day number (see calendar.parseAnchor); null when unknown. */
  readonly anchor: number | null;
}

const ADVERBS = new Set(["فجرا", "صباحا", "ظهرا", "عصرا", "ليلا"]);
const QUALIFIER_BEFORE_YEAR = new Set(["نحو", "قرابه", "حوالي", "زهاء", "من", "اكثر", "اقل"]);
const FIRST_TABLES = [
  hourCue,
  monthParts,
  dayOrdinals,
  cues,
  partsBefore,
  relativeDays,
  weekdays,
  months,
  periods,
  units,
  yearWords,
  partsAfter,
  sets,
];

/** Words that can open a date; the rest of the text is skipped at the cost of one set lookup. */
const triggers = new TriggerSet([
  ...FIRST_TABLES.flatMap((table) => [...table.heads()]),
  ...quantityHeads(),
  ...W.rangeOpen,
  ...W.date,
  "ما",
  "هذا",
  "هذه",
  W.the,
  W.day,
  W.month,
]);

/** Where the mention starts: after a conjunction or preposition glued to its first word (ومنذ → منذ). */
function startOf(words: readonly Word[], i: number): number {
  for (const table of FIRST_TABLES) {
    const m = table.match(words, i);
    if (m !== null) return m.start;
  }
  const t = words[i]!.t;
  const rest = t.slice(1);
  const glued = (t.startsWith("و") || t.startsWith("ف")) && (W.rangeOpen.has(rest) || W.date.has(rest));
  return words[i]!.s + (glued ? 1 : 0);
}

/** A plain four-digit number is a year unless it counts something or follows an approximator. */
function bareYearAllowed(words: readonly Word[], i: number): boolean {
  const next = i + 1;
  if (isCountedNounAt(words, next) || isNumberWordAt(words, next) || units.match(words, next) !== null)
    return false;
  if (words[next]?.t === "%" || words[next]?.t === "-") return false;
  return !QUALIFIER_BEFORE_YEAR.has(words[i - 1]?.t ?? "");
}

/** A future cue («من المتوقع», «سوف») shortly before word `i`. */
function futureBefore(words: readonly Word[], i: number): boolean {
  for (let k = Math.max(0, i - 8); k < i; k++) if (futureCues.has(words[k]!.t)) return true;
  return false;
}

function pointAt(src: Source, i: number): { parse: PointParse; end: number } | null {
  const words = src.words;
  const p: PointParse = { type: "point" };
  let end = parsePoint(src, i, p);
  if (end === null) {
    const word = words[i]!;
    const bare = word.k === "num" && bareYearAllowed(words, i);
    end = parseYear(words, i, p, bare);
  }
  if (end === null && (ADVERBS.has(words[i]!.t) || words[i]!.t === "الليله")) {
    const part = partsAfter.match(words, i)!;
    p.tod = part.value;
    if (words[i]!.t === "الليله") p.rel = 0;
    end = part.end;
  }
  if (end === null) return null;
  if (p.weekday !== undefined && futureBefore(words, i)) p.future = true;
  return { parse: p, end };
}

function setAt(words: readonly Word[], i: number): { parse: DateParse; end: number } | null {
  const m = sets.match(words, i);
  return m === null ? null : { parse: { type: "set", unit: m.value }, end: m.end };
}

function parseAt(src: Source, i: number): { parse: DateParse; end: number } | null {
  return (
    parseClock(src, i) ??
    parseMonthPart(src, i) ??
    parseRange(src, i) ??
    parseDuration(src.words, i) ??
    parsePeriod(src.words, i) ??
    pointAt(src, i) ??
    setAt(src.words, i)
  );
}

/** Finds and resolves the dates, times and durations in normalised text. */
export function findDates(
  text: string,
  options: DateOptions,
  words: readonly Word[] = scanWords(text),
): DateHit[] {
  const src: Source = { text, words, nextDash: nextDashes(words) };
  const hits: DateHit[] = [];
  let i = 0;
  while (i < words.length) {
    const k = words[i]!.k;
    const open = k === "num" || words[i]!.t === "(" || (k === "ar" && triggers.has(words[i]!.t));
    const found = open ? parseAt(src, i) : null;
    if (found === null || found.end <= i) {
      i++;
      continue;
    }
    const start = words[i]!.k === "ar" ? startOf(words, i) : words[i]!.s;
    hits.push({
      start,
      end: words[found.end - 1]!.e,
      parse: found.parse,
      resolution: resolveDate(found.parse, options.anchor),
    });
    i = found.end;
  }
  return hits;
}
