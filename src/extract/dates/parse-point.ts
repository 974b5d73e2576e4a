import type { Word } from "../numbers/words.js";
import type { PointParse } from "./date-parse.js";
import { DAY_DIGITS, NUMERIC_DMY, NUMERIC_MY, NUMERIC_YMD, SHORT_YEAR, YEAR_DIGITS } from "./patterns.js";
import {
  anchorShift,
  anchors,
  dayOrdinals,
  eras,
  months,
  partsAfter,
  partsBefore,
  relativeDays,
  W,
  weekdays,
  yearWords,
} from "./tables.js";

/** The words of one text and the normalised text they were cut from. */
export interface Source {
  readonly text: string;
  readonly words: readonly Word[];
  /** For each word index, the index of the next «-» word (words.length when none): see parseRange. */
  readonly nextDash?: Int32Array;
}

/** Index of the next «-» at or after each word, so a range without an opener can be ruled out in one lookup. */
export function nextDashes(words: readonly Word[]): Int32Array {
  const next = new Int32Array(words.length + 1);
  next[words.length] = words.length;
  for (let k = words.length - 1; k >= 0; k--) next[k] = words[k]!.t === "-" ? k : next[k + 1]!;
  return next;
}

/** Index of the first word that starts at or after normalised offset `offset`. */
function wordAfter(words: readonly Word[], from: number, offset: number): number {
  let j = from;
  while (j < words.length && words[j]!.s < offset) j++;
  return j;
}

/** Skips «(» before and «)» after a part, so the mention covers them as written. */
function closeParen(words: readonly Word[], open: boolean, j: number): number {
  return open && words[j]?.t === ")" ? j + 1 : j;
}

/** 19/5/2018, 2018-05-19, 5/2018, optionally in parentheses. */
function numericDate(src: Source, i: number, p: PointParse, allowParen: boolean): number | null {
  const open = allowParen && src.words[i]?.t === "(";
  const at = open ? i + 1 : i;
  const word = src.words[at];
  if (word?.k !== "num") return null;
  for (const [re, order] of [
    [NUMERIC_DMY, "dmy"],
    [NUMERIC_YMD, "ymd"],
    [NUMERIC_MY, "my"],
  ] as const) {
    re.lastIndex = word.s;
    const m = re.exec(src.text);
    if (m === null) continue;
    if (order === "my") {
      Object.assign(p, { month: Number(m[1]), year: Number(m[2]) });
    } else {
      const [d, mo, y] = order === "dmy" ? [m[1], m[3], m[4]] : [m[4], m[3], m[1]];
      Object.assign(p, { day: Number(d), month: Number(mo), year: Number(y), shortYear: y!.length === 2 });
    }
    if (p.month! < 1 || p.month! > 12 || (p.day !== undefined && p.day > 31)) return null;
    p.calendar = "gregorian";
    p.yearCalendar = "gregorian";
    return closeParen(src.words, open, wordAfter(src.words, at, re.lastIndex));
  }
  return null;
}

/** A year after a month or alone: «2018», «من العام 2018»، «(1942)»، «1439 هـ». Needs a year word, */
/** parentheses or an era mark unless `bare` allows a plain four-digit year. */
export function yearPart(
  words: readonly Word[],
  i: number,
  p: PointParse,
  bare: boolean,
  afterMonth = false,
): number | null {
  let j = i;
  if (words[j]?.t === "،" || words[j]?.t === ",") j++;
  if (words[j]?.t === W.of) j++;
  const skipped = j > i;
  const word = yearWords.match(words, j);
  if (skipped && word === null) return null;
  if (word !== null) j = word.end;
  const open = words[j]?.t === "(";
  if (open) j++;
  const digits = words[j];
  if (digits?.k !== "num") return null;
  const short = word !== null && SHORT_YEAR.test(digits.t);
  if (!YEAR_DIGITS.test(digits.t) && !short) return null;
  j = closeParen(words, open, j + 1);
  const era = eras.match(words, j);
  if (era !== null) j = era.end;
  // A year in parentheses is one mention with its parentheses only when a year word or an era marks it.
  if (open && word === null && era === null && !afterMonth) return null;
  const marked = word !== null || open || era !== null;
  if (!marked && !(bare && j - i === 1)) return null;
  const year = Number(digits.t);
  if (!short && (year < 1000 || year > 2200 || (!marked && (year < 1800 || year > 2100)))) return null;
  p.year = year;
  p.shortYear = short;
  p.yearCalendar = era?.value ?? (year < 1600 ? "hijri" : "gregorian");
  return j;
}

/** «الـ 19 من أيار / مايو», «5 حزيران (يونيو)», «شهر رمضان», «أيار الجاري من العام 2018». */
function dayMonth(src: Source, i: number, p: PointParse): number | null {
  const words = src.words;
  let j = words[i]?.t === W.the ? i + 1 : i;
  const dayWord = words[j];
  let day: number | undefined;
  const ordinal = dayWord?.k === "num" ? null : dayOrdinals.match(words, i);
  if (dayWord?.k === "num" && DAY_DIGITS.test(dayWord.t)) {
    day = Number(dayWord.t);
    j++;
    if (words[j]?.t === W.of) j++;
  } else if (ordinal !== null && words[ordinal.end]?.t === W.of) {
    // «الخامس من أيار»: an ordinal day needs «من» and a month after it to be a date.
    day = ordinal.value;
    j = ordinal.end + 1;
  } else j = i;
  if (words[j]?.t === W.month) j++;
  const month = months.match(words, j);
  if (month === null && day !== undefined && day > 0 && day <= 31) return relativeMonth(words, j, p, day);
  if (month === null || day === 0 || (day ?? 0) > 31) return null;
  j = month.end;
  const pairOpen = words[j]?.t === "/" || words[j]?.t === "(" || words[j]?.t === "-";
  const pair = pairOpen ? months.match(words, j + 1) : null;
  if (pair !== null && pair.value.calendar === month.value.calendar) {
    j = words[j]?.t === "(" && words[pair.end]?.t === ")" ? pair.end + 1 : pair.end;
  }
  Object.assign(p, { month: month.value.month, calendar: month.value.calendar });
  if (day !== undefined) p.day = day;
  if (day === undefined && words[j]?.t === "(") {
    // «تشرين الثاني (27/11/1946)»: the month then the full date in parentheses.
    const full: PointParse = { type: "point" };
    const end = numericDate(src, j, full, true);
    if (end !== null && full.month === p.month) {
      Object.assign(p, full);
      return end;
    }
  }
  const anchor = anchors.match(words, j);
  if (anchor !== null) {
    p.monthAnchor = anchor.value;
    j = anchor.end;
  }
  const year = yearPart(words, j, p, true, true);
  if (year !== null) j = year;
  const weakAlone = month.value.weak === true && day === undefined && year === null && pair === null;
  return weakAlone ? null : j;
}

/** «الشهر الجاري / الماضي / المقبل» after a day: the month counted from the publication month. */
export function relativeMonth(words: readonly Word[], j: number, p: PointParse, day?: number): number | null {
  if (words[j]?.t !== W.theMonth) return null;
  const anchor = anchors.match(words, j + 1);
  if (anchor === null) return null;
  p.monthShift = anchorShift(anchor.value);
  if (day !== undefined) p.day = day;
  return anchor.end;
}

/** Weekday, optionally a pair across midnight («السبت – الأحد») and an anchor («الخميس المقبل»). */
function weekdayPart(words: readonly Word[], i: number, p: PointParse): number | null {
  const j = words[i]?.t === W.day ? i + 1 : i;
  const weekday = weekdays.match(words, j);
  if (weekday === null) return null;
  p.weekday = weekday.value;
  let end = weekday.end;
  if (words[end]?.t === "-" || words[end]?.t === "/") {
    const second = weekdays.match(words, end + 1);
    if (second !== null) {
      p.nightEnd = second.value;
      end = second.end;
    }
  }
  const anchor = anchors.match(words, end);
  if (anchor !== null && anchor.value !== "current") {
    p.weekdayAnchor = anchor.value;
    end = anchor.end;
  }
  return end;
}

function explicitDate(src: Source, i: number, p: PointParse, triggered: boolean): number | null {
  let j = i;
  if (src.words[j] && (W.comma.has(src.words[j]!.t) || W.equals.has(src.words[j]!.t))) j++;
  return numericDate(src, j, p, triggered || j > i) ?? dayMonth(src, j, p);
}

/** «بتاريخ 21/24/4/(1942)»: after «بتاريخ», digits and slashes the grammar cannot read; keeps the year. */
function looseDate(words: readonly Word[], i: number, p: PointParse): number | null {
  let j = i;
  let year: number | undefined;
  while (j < words.length && (words[j]!.k === "num" || ["/", "(", ")", "-", "."].includes(words[j]!.t))) {
    if (words[j]!.k === "num" && YEAR_DIGITS.test(words[j]!.t)) year = Number(words[j]!.t);
    j++;
  }
  while (
    j > i &&
    (words[j - 1]!.t === "(" || words[j - 1]!.t === "/" || words[j - 1]!.t === "-" || words[j - 1]!.t === ".")
  )
    j--;
  if (year === undefined || j === i) return null;
  p.year = year;
  p.yearCalendar = year < 1600 ? "hijri" : "gregorian";
  return j;
}

/**
 * A point in time: [بتاريخ] [part of day] [يوم] [relative day] [weekday] [explicit date] [part of day].
 * Returns the end word index, or null when nothing anchors the expression.
 */
export function parsePoint(src: Source, i: number, p: PointParse): number | null {
  const words = src.words;
  const triggered = W.date.has(words[i]?.t ?? "");
  let j = triggered ? i + 1 : i;
  const part = partsBefore.match(words, j);
  if (part !== null) {
    p.tod = part.value;
    j = part.end;
  }
  if (words[j]?.t === W.day) j++;
  const rel = relativeDays.match(words, j);
  if (rel !== null && !W.notToday.has(words[rel.end]?.t ?? "")) {
    p.rel = rel.value;
    j = rel.end;
  }
  const weekday = weekdayPart(words, j, p);
  if (weekday !== null) j = weekday;
  const explicit =
    explicitDate(src, j, p, triggered) ?? (triggered && part === null ? looseDate(words, j, p) : null);
  if (explicit !== null) j = explicit;
  if (rel === null && weekday === null && explicit === null) return null;
  const after = partsAfter.match(words, j);
  if (after !== null && p.tod === undefined) {
    p.tod = after.value;
    j = after.end;
  }
  return j;
}

/** A year alone: «عام 2018م», «سنة (1935) م», «1439 هـ», or a bare year where `bare` allows it. */
export function parseYear(words: readonly Word[], i: number, p: PointParse, bare: boolean): number | null {
  const j = W.date.has(words[i]?.t ?? "") ? i + 1 : i;
  return yearPart(words, j, p, bare);
}
