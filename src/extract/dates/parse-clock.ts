import type { Word } from "../numbers/words.js";
import type { TimeOfDay } from "./date-lexicon.js";
import type { PointParse } from "./date-parse.js";
import { parsePoint, type Source } from "./parse-point.js";
import { hourCue, hourFractions, hourWords, partsAfter, W } from "./tables.js";

const CLOCK_DIGITS = /^(\d{1,2})(?:[.:](\d{2}))?$/;

/** The time after «الساعة»: «10:30», «10.30», «22», «الثالثة», «الحادية عشرة والنصف». Minutes after midnight. */
function timeAt(words: readonly Word[], j: number): { minutes: number; end: number } | null {
  const w = words[j];
  if (w?.k === "num") {
    const m = CLOCK_DIGITS.exec(w.t);
    if (m === null) return null;
    let minute = m[2] === undefined ? 0 : Number(m[2]);
    let end = j + 1;
    if (m[2] === undefined && words[j + 1]?.t === ":" && /^\d{2}$/.test(words[j + 2]?.t ?? "")) {
      minute = Number(words[j + 2]!.t);
      end = j + 3;
    }
    const hour = Number(m[1]);
    return hour > 24 || minute > 59 ? null : { minutes: hour * 60 + minute, end };
  }
  const hour = hourWords.match(words, j);
  if (hour === null) return null;
  const fraction = hourFractions.match(words, hour.end);
  return { minutes: hour.value * 60 + (fraction?.value ?? 0), end: fraction?.end ?? hour.end };
}

/** A 12-hour reading moved into the afternoon or night when the part of day says so. */
function onTwentyFourHours(minutes: number, tod: TimeOfDay | undefined): number {
  const hour = Math.floor(minutes / 60);
  if (hour >= 12 || tod === undefined) return minutes;
  const pm =
    tod === "afternoon" ||
    tod === "evening" ||
    (tod === "noon" && hour < 6) ||
    (tod === "night" && hour >= 6);
  return pm ? minutes + 12 * 60 : minutes;
}

/** The part of day a clock time falls in, for a 24-hour reading the text leaves without one. */
function partOfDay(minutes: number): TimeOfDay {
  const hour = minutes / 60;
  if (hour < 1) return "midnight";
  if (hour < 4) return "after_midnight";
  if (hour < 6) return "dawn";
  if (hour < 11) return "morning";
  if (hour < 13) return "noon";
  if (hour < 17) return "afternoon";
  if (hour < 20) return "evening";
  return "night";
}

/**
 * «الساعة الثالثة فجراً», «الساعة 10:30 من صباح أمس», «الساعة 22 مساء السبت». The clock fixes the part
 * of day when the text names none and the hour is unambiguous (13–24 or 0).
 */
export function parseClock(src: Source, i: number): { parse: PointParse; end: number } | null {
  const words = src.words;
  const cue = hourCue.match(words, i);
  if (cue === null) return null;
  const time = timeAt(words, cue.end);
  if (time === null) return null;
  let p: PointParse = { type: "point" };
  let end = time.end;
  const day: PointParse = { type: "point" };
  const dayEnd = parsePoint(src, words[end]?.t === W.of ? end + 1 : end, day);
  if (dayEnd !== null) {
    p = day;
    end = dayEnd;
  } else {
    const part = partsAfter.match(words, end);
    if (part !== null) {
      // «الساعة 10:30 صباحاً أمس»: the day may still follow the part of day.
      const after = parsePoint(src, part.end, day);
      if (after !== null) p = day;
      p.tod = part.value;
      end = after ?? part.end;
    }
  }
  p.clock = onTwentyFourHours(time.minutes, p.tod) % (24 * 60);
  const hour = Math.floor(time.minutes / 60);
  if (p.tod === undefined && (hour >= 13 || hour === 0 || hour === 24)) p.tod = partOfDay(p.clock);
  return { parse: p, end };
}
