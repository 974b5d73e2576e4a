import type { Token } from "../core/layers.js";
import type { Span } from "../core/span.js";
import type { Clause } from "./doc-view.js";
import type { CueHit } from "./find-triggers.js";

/** Punctuation that ends a clause inside a sentence (Arabic and Latin comma, semicolon, colon). */
const CLAUSE_PUNCT = new Set(["،", ",", "؛", ";", ":"]);

/**
 * Cuts each sentence into clauses: after a comma-like mark, and before a clause opener cue («حيث», «إذ»,
 * «فيما», «ما أدى»). Never inside a date, place, actor or number («صباح اليوم الأحد، الـ 20 من أيار» is
 * one date with a comma in it). Event arguments are looked for in the trigger's clause first.
 */
export function splitClauses(
  tokens: readonly Token[],
  sentences: readonly Span[],
  cues: readonly CueHit[],
  protectedRanges: readonly Span[],
): { clauses: Clause[]; clauseOf: Int32Array } {
  const inside = new Uint8Array(tokens.length + 1);
  for (const r of protectedRanges) for (let i = r.start + 1; i < r.end; i++) inside[i] = 1;
  const opens = new Uint8Array(tokens.length + 1);
  for (const cue of cues) if (cue.label === "clause") opens[cue.start] = 1;
  const clauses: Clause[] = [];
  const clauseOf = new Int32Array(tokens.length);
  sentences.forEach((sentence, s) => {
    let start = sentence.start;
    const close = (end: number) => {
      if (end <= start) return;
      for (let i = start; i < end; i++) clauseOf[i] = clauses.length;
      clauses.push({ start, end, sentence: s });
      start = end;
    };
    for (let i = sentence.start; i < sentence.end; i++) {
      if (inside[i]) continue;
      if (opens[i] && i > start) close(i);
      const token = tokens[i]!;
      if (token.kind === "punct" && CLAUSE_PUNCT.has(token.norm) && !inside[i + 1]) close(i + 1);
    }
    close(sentence.end);
  });
  return { clauses, clauseOf };
}
