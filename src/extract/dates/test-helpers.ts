import type { DateMention } from "../../core/layers.js";
import { normalizeText } from "../../text/normalize.js";
import { parseAnchor } from "./calendar.js";
import { findDates } from "./extract-dates.js";

/** The date mentions of one sentence, as the stage would report them (raw spans and texts). */
export function datesIn(text: string, publishedAt: string | null): Array<DateMention & { codes: string[] }> {
  const norm = normalizeText(text);
  return findDates(norm.text, { anchor: parseAnchor(publishedAt) }).map((hit) => {
    const start = norm.starts[hit.start]!;
    const end = norm.ends[hit.end - 1]!;
    const { problems, time, ...r } = hit.resolution;
    return {
      start,
      end,
      text: text.slice(start, end),
      ...r,
      ...(time === null ? {} : { time }),
      codes: problems.map((p) => p.code),
    };
  });
}

export function dateOf(text: string, publishedAt: string | null, expression: string) {
  return datesIn(text, publishedAt).find((d) => d.text === expression);
}
