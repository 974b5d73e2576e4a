import { type DocFreq, idf } from "./idf.js";
import type { LineWords } from "./text.js";

/** How well one article line covers the claim. */
export interface LineMatch {
  readonly index: number;
  /** Share of the claim's IDF weight whose stems occur in the line (0–1). */
  readonly coverage: number;
  /** TF-IDF cosine between claim and line. */
  readonly cosine: number;
  /** Share of the claim's stem bigrams that occur as bigrams in the line. */
  readonly bigrams: number;
  /** What lines are ranked by: coverage, with phrase overlap breaking near ties. */
  readonly score: number;
}

/** The claim's content stems with their IDF weights, and its bigrams. */
export interface ClaimTerms {
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
  readonly norm: number;
  readonly bigrams: ReadonlySet<string>;
  /** The claim's rarest stems (names, places): the first thing an unrelated article lacks. */
  readonly rare: readonly string[];
}

const RARE_TERMS = 3;

export function claimTerms(claim: LineWords, freq: DocFreq): ClaimTerms {
  const weights = new Map<string, number>();
  for (const stem of claim.content) weights.set(stem, idf(freq, stem));
  let total = 0;
  let squares = 0;
  for (const w of weights.values()) {
    total += w;
    squares += w * w;
  }
  const rare = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, RARE_TERMS);
  return {
    weights,
    total,
    norm: Math.sqrt(squares),
    bigrams: bigramsOf(claim.content),
    rare: rare.map(([s]) => s),
  };
}

export function bigramsOf(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

/** Term frequencies of a bag of stems. */
export function termCounts(stems: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** Coverage and cosine of the claim against any bag of stems (a line, or the whole article). */
export function overlap(
  claim: ClaimTerms,
  counts: ReadonlyMap<string, number>,
  freq: DocFreq,
): { coverage: number; cosine: number } {
  if (claim.total === 0 || counts.size === 0) return { coverage: 0, cosine: 0 };
  let covered = 0;
  let dot = 0;
  let squares = 0;
  for (const [stem, n] of counts) {
    const w = (1 + Math.log(n)) * idf(freq, stem);
    squares += w * w;
    const cw = claim.weights.get(stem);
    if (cw !== undefined) {
      covered += cw;
      dot += cw * w;
    }
  }
  return { coverage: covered / claim.total, cosine: dot / (claim.norm * Math.sqrt(squares)) };
}

export function bigramShare(claim: ClaimTerms, stems: readonly string[]): number {
  if (claim.bigrams.size === 0) return 0;
  const found = new Set<string>();
  for (let i = 1; i < stems.length; i++) {
    const pair = `${stems[i - 1]} ${stems[i]}`;
    if (claim.bigrams.has(pair)) found.add(pair);
  }
  return found.size / claim.bigrams.size;
}

/** Every line scored against the claim, in line order. */
export function matchLines(claim: ClaimTerms, lines: readonly LineWords[], freq: DocFreq): LineMatch[] {
  return lines.map((line, index) => {
    const { coverage, cosine } = overlap(claim, termCounts(line.content), freq);
    const bigrams = bigramShare(claim, line.content);
    return { index, coverage, cosine, bigrams, score: coverage + 0.5 * bigrams };
  });
}

/** The best-matching lines, best first (ties keep line order). */
export function rankLines(matches: readonly LineMatch[]): LineMatch[] {
  return [...matches].sort((a, b) => b.score - a.score || a.index - b.index);
}
