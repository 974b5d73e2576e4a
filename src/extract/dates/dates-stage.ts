import type { Diagnostic } from "../../core/diagnostics.js";
import { layer } from "../../core/document.js";
import type { DateMention } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { compareSpans } from "../../core/span.js";
import { rawSpan } from "../../text/normalize.js";
import { scanWords } from "../numbers/words.js";
import { parseAnchor } from "./calendar.js";
import { rememberDates } from "./date-spans.js";
import { findDates } from "./extract-dates.js";

/**
 * Adds `dates`: every date, time and duration, resolved against `doc.meta.publishedAt` (never the
 * clock). Unresolvable relative dates stay `resolved: false` with a `date_unanchored` diagnostic;
 * a weekday that contradicts its date gives `weekday_mismatch`.
 */
export const datesStage: Stage<"dates"> = {
  name: "dates",
  version: "1.0.0",
  needs: ["normalized"],
  adds: "dates",
  run(doc) {
    const norm = layer(doc, "normalized");
    const words = scanWords(norm.text);
    const hits = findDates(norm.text, { anchor: parseAnchor(doc.meta.publishedAt) }, words);
    rememberDates(norm, words, hits);
    const mentions: DateMention[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const hit of hits) {
      const { start, end } = rawSpan(norm, hit.start, hit.end);
      const r = hit.resolution;
      // One literal in output order (spreads cost more than the rest of this loop).
      const mention: { -readonly [K in keyof DateMention]: DateMention[K] } = {
        start,
        end,
        text: doc.text.slice(start, end),
        kind: r.kind,
        value: r.value,
        precision: r.precision,
        time_of_day: r.time_of_day,
        resolved: r.resolved,
      };
      if (r.time !== null) mention.time = r.time;
      mentions.push(mention);
      for (const p of r.problems) diagnostics.push({ code: p.code, start, end, message: p.message });
    }
    mentions.sort(compareSpans);
    return { layer: mentions, diagnostics };
  },
};
