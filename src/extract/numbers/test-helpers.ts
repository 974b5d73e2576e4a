import { normalizeText } from "../../text/normalize.js";
import { findDates } from "../dates/extract-dates.js";
import { findNumbers, type NumberHit } from "./extract-numbers.js";

/** The numbers of one sentence with raw texts, dates excluded as the stage does. */
export function numbersIn(text: string): Array<Omit<NumberHit, "core" | "maxCore"> & { text: string }> {
  const norm = normalizeText(text);
  const exclude = findDates(norm.text, { anchor: null });
  return findNumbers(norm.text, { exclude }).map(({ core: _core, maxCore: _max, ...hit }) => {
    const start = norm.starts[hit.start]!;
    const end = norm.ends[hit.end - 1]!;
    return { ...hit, start, end, text: text.slice(start, end) };
  });
}
