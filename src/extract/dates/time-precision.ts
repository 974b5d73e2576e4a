import type { DateMention } from "../../core/layers.js";
import { parseAnchor } from "./calendar.js";

/**
 * ACLED's `time_precision` for a date mention: 1 an exact day, 2 a span of up to a week (or a
 * stated week), 3 a month or longer. Null when the mention has no calendar value (durations,
 * unresolved dates).
 */
export function acledTimePrecision(
  mention: Pick<DateMention, "kind" | "value" | "precision">,
): 1 | 2 | 3 | null {
  if (mention.value === null || mention.kind === "duration" || mention.kind === "set") return null;
  if (mention.kind === "range") {
    const [from, to] = mention.value.split("/");
    const a = parseAnchor(from);
    const b = parseAnchor(to);
    if (a === null || b === null) return 3;
    return b - a <= 7 ? 2 : 3;
  }
  return mention.precision === "day" ? 1 : 3;
}
