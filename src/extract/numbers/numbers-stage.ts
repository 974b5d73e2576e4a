import { layer } from "../../core/document.js";
import type { NumberMention } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { compareSpans, textSpan } from "../../core/span.js";
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
      const span = rawSpan(norm, hit.start, hit.end);
      return {
        ...textSpan(doc.text, span.start, span.end),
        value: hit.value,
        approx: hit.approx,
        qualifier: hit.qualifier,
        counts: hit.counts,
        ...(hit.max !== undefined ? { max: hit.max } : {}),
      };
    });
    mentions.sort(compareSpans);
    return { layer: mentions };
  },
};
