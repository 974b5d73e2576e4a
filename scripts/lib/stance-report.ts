import type { StanceScores } from "../../src/link/stance/metrics.js";
import { STANCES } from "../../src/link/stance/model.js";

/** Per-class P/R/F1, macro-F1, accuracy and the confusion matrix as a Markdown-friendly text block. */
export function formatScores(scores: StanceScores): string {
  const pad = (s: string, n = 10) => s.padEnd(n);
  const num = (v: number) => v.toFixed(3).padStart(6);
  const lines = [
    `macro-F1 ${scores.macroF1.toFixed(3)} · accuracy ${scores.accuracy.toFixed(3)}`,
    "",
    `${pad("class")}     P      R     F1  support`,
    ...STANCES.map((name, c) => {
      const s = scores.perClass[c]!;
      return `${pad(name)}${num(s.precision)} ${num(s.recall)} ${num(s.f1)}  ${String(s.support).padStart(7)}`;
    }),
    "",
    `confusion (rows gold, columns predicted): ${STANCES.join(" ")}`,
    ...STANCES.map(
      (name, g) => `${pad(name)}${scores.confusion[g]!.map((n) => String(n).padStart(9)).join(" ")}`,
    ),
  ];
  return lines.join("\n");
}

/** Line-level F1 of predicted rationales against gold ones, over pairs that have a gold rationale. */
export function rationaleF1(
  gold: readonly (readonly number[])[],
  predicted: readonly (readonly number[])[],
): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g.length === 0) return;
    const want = new Set(g);
    const got = new Set(predicted[i]);
    for (const line of got)
      if (want.has(line)) tp++;
      else fp++;
    for (const line of want) if (!got.has(line)) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
