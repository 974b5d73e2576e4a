import type { Diagnostic } from "../../core/diagnostics.js";
import { layer } from "../../core/document.js";
import type { DateMention } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { compareSpans, textSpan } from "../../core/span.js";
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
      const span = rawSpan(norm, hit.start, hit.end);
      const { problems, ...resolution } = hit.resolution;
      mentions.push({ ...textSpan(doc.text, span.start, span.end), ...resolution });
      for (const p of problems)
        diagnostics.push({ code: p.code, start: span.start, end: span.end, message: p.message });
    }
    mentions.sort(compareSpans);
    return { layer: mentions, diagnostics };
  },
};
