import type { StemLexicon } from "../../text/stem-lexicon.js";
import { type PairFeatures, pairFeatures } from "./features.js";
import type { LineMatch } from "./match.js";
import { logits, STANCES, type Stance, type StanceModel, softmax } from "./model.js";
import { articleLines, lineWords } from "./text.js";

/** One answer of `marsad stance`, less the id. */
export interface StanceResult {
  readonly stance: Stance;
  /** Probability of the chosen stance under the calibrated logits (0–1). */
  readonly confidence: number;
  /** Indices into article.split("\n") of the lines that carry the stance; empty for "unrelated". */
  readonly rationale: number[];
}

/** Most lines a rationale names: gold rationales hold one to three lines in nine cases out of ten. */
const MAX_RATIONALE = 3;

/**
 * The rationale: the best-matching lines that cover enough of the claim, best first; the single best line
 * when none does (a related verdict always points somewhere). Unrelated articles get none.
 */
export function rationaleLines(model: StanceModel, stance: Stance, ranked: readonly LineMatch[]): number[] {
  if (stance === "unrelated" || ranked.length === 0) return [];
  const strong = ranked.filter((m) => m.coverage >= model.rationaleCoverage).slice(0, MAX_RATIONALE);
  return (strong.length > 0 ? strong : ranked.slice(0, 1)).map((m) => m.index);
}

export function pairFeaturesOf(
  model: StanceModel,
  claim: string,
  article: string,
  lexicon?: StemLexicon,
): PairFeatures {
  return pairFeatures(lineWords(claim, lexicon), articleLines(article, lexicon), model.freq, model.hashBits);
}

/** The decision for already computed features. */
export function decideStance(model: StanceModel, features: PairFeatures): StanceResult {
  const z = logits(model, features);
  for (let k = 0; k < z.length; k++) z[k]! += model.offsets[k]!;
  const p = softmax(z);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const stance = STANCES[best]!;
  return {
    stance,
    confidence: Number(p[best]!.toFixed(4)),
    rationale: rationaleLines(model, stance, features.ranked),
  };
}

/** The stance of an article toward a claim. */
export function predictStance(
  model: StanceModel,
  claim: string,
  article: string,
  lexicon?: StemLexicon,
): StanceResult {
  return decideStance(model, pairFeaturesOf(model, claim, article, lexicon));
}
