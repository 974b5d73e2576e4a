import type { Stance } from "./model.js";

export type Verdict = "supported" | "refuted" | "disputed" | "unverified";

/**
 * The weaker side must weigh at least this share of the stronger one for the claim to count as disputed
 * rather than settled: one hesitant denial does not undo five confident confirmations.
 */
const DISPUTE_SHARE = 1 / 3;

/**
 * A verdict from the stances of the articles found: confidences of agreeing and disagreeing articles are
 * summed; "discuss" and "unrelated" weigh nothing, so a claim that is only reported stays "unverified".
 */
export function verdictOf(judged: readonly { stance: Stance; confidence: number }[]): Verdict {
  let agree = 0;
  let disagree = 0;
  for (const { stance, confidence } of judged) {
    if (stance === "agree") agree += confidence;
    else if (stance === "disagree") disagree += confidence;
  }
  if (agree === 0 && disagree === 0) return "unverified";
  if (Math.min(agree, disagree) >= DISPUTE_SHARE * Math.max(agree, disagree)) return "disputed";
  return agree > disagree ? "supported" : "refuted";
}
