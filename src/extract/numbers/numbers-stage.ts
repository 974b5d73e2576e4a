import { layer } from "../../core/document.js";
import type { NumberMention } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { compareSpans } from "../../core/span.js";
import { rawSpan } from "../../text/normalize.js";
import { wordsAndDates } from "../dates/date-spans.js";
import { findNumbers } from "./extract-numbers.js";

/**
 * Adds `numbers`: quantities with their value, approximation, qualifier and counted noun. Numbers
 * that belong to a date («19 أيار», «منذ 36 ساعة», «عام 2018») are not numbers; the date matcher runs
 * here too unless the dates stage already ran on the same normalised layer (see date-spans.ts), so the
 * stage needs nothing but `normalized`.
 */
export const numbersStage: Stage<"numbers"> = {
  name: "numbers",
  version: "1.0.0",
  needs: ["normalized"],
  adds: "numbers",
  run(doc) {
    const norm = layer(doc, "normalized");
    const { words, dates } = wordsAndDates(norm);
    const mentions: NumberMention[] = findNumbers(norm.text, { exclude: dates }, words).map((hit) => {
      const { start, end } = rawSpan(norm, hit.start, hit.end);
      const text = doc.text.slice(start, end);
      const { value, approx, qualifier, counts } = hit;
      // Literals in output order, not spreads: this runs for every number of every document.
      if (hit.max === undefined) return { start, end, text, value, approx, qualifier, counts };
      return { start, end, text, value, approx, qualifier, counts, max: hit.max };
    });
    mentions.sort(compareSpans);
    return { layer: mentions };
  },
};
