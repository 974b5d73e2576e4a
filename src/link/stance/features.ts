import { hashString } from "../../extract/ner/hash.js";
import { type CueCounts, cueCounts } from "./cues.js";
import type { DocFreq } from "./idf.js";
import {
  bigramShare,
  type ClaimTerms,
  claimTerms,
  type LineMatch,
  matchLines,
  overlap,
  rankLines,
  termCounts,
} from "./match.js";
import type { LineWords } from "./text.js";

/** Names of the dense features, in vector order (the model card lists them). */
export const DENSE_FEATURES = [
  "best_coverage",
  "second_coverage",
  "best_cosine",
  "best_bigrams",
  "top3_coverage",
  "window2_coverage",
  "window3_coverage",
  "article_coverage",
  "article_cosine",
  "article_bigrams",
  "rare_in_article",
  "rare_in_best",
  "lines_over_half",
  "lines_over_third",
  "first_line_coverage",
  "best_position",
  "claim_has_numbers",
  "numbers_in_article",
  "numbers_in_best",
  "other_numbers_in_best",
  "claim_has_weekday",
  "weekday_match_near",
  "weekday_conflict_near",
  "denial_near",
  "hedge_near",
  "confirm_near",
  "negation_near",
  "denial_article",
  "hedge_article",
  "confirm_article",
  "claim_denial",
  "claim_negation",
  "claim_attributed",
  "negation_mismatch",
  "denial_near_x_coverage",
  "hedge_near_x_coverage",
  "claim_length",
  "article_length",
  "line_count",
] as const;

export type DenseFeature = (typeof DENSE_FEATURES)[number];

/** Lines whose cues count as "near" the claim: the best-matching ones. */
const NEAR_LINES = 2;

export interface PairFeatures {
  readonly dense: Float64Array;
  /** Hashed binary features (bucket indices, sorted, distinct). */
  readonly sparse: Int32Array;
  /** Lines ranked by how well they cover the claim, best first (the rationale is drawn from these). */
  readonly ranked: readonly LineMatch[];
}

/** Everything about an article the features need, computed once per pair. */
interface ArticleSide {
  readonly claim: ClaimTerms;
  readonly ranked: readonly LineMatch[];
  readonly near: readonly LineWords[];
  readonly nearCues: CueCounts;
  readonly articleCues: CueCounts;
}

function sumCues(lines: readonly LineWords[]): CueCounts {
  const total: CueCounts = { denial: 0, hedge: 0, confirm: 0, negation: 0, report: 0 };
  for (const line of lines) {
    const c = cueCounts(line);
    total.denial += c.denial;
    total.hedge += c.hedge;
    total.confirm += c.confirm;
    total.negation += c.negation;
    total.report += c.report;
  }
  return total;
}

function numberShare(wanted: readonly string[], have: readonly string[]): number {
  if (wanted.length === 0) return 0;
  const set = new Set(have);
  return wanted.filter((n) => set.has(n)).length / wanted.length;
}

/** Best coverage of the claim by `size` consecutive lines: a claim's facts are often spread over two. */
function windowCoverage(claim: ClaimTerms, lines: readonly LineWords[], size: number, freq: DocFreq): number {
  let best = 0;
  for (let start = 0; start + size <= Math.max(size, lines.length); start++) {
    const words = lines.slice(start, start + size).flatMap((l) => l.content);
    best = Math.max(best, overlap(claim, termCounts(words), freq).coverage);
  }
  return best;
}

function relevanceFeatures(side: ArticleSide, lines: readonly LineWords[], freq: DocFreq): number[] {
  const { claim, ranked } = side;
  const best = ranked[0];
  const all = lines.flatMap((l) => l.content);
  const article = overlap(claim, termCounts(all), freq);
  const allSet = new Set(all);
  const bestSet = new Set(best ? lines[best.index]!.content : []);
  const share = (set: Set<string>) =>
    claim.rare.length === 0 ? 0 : claim.rare.filter((s) => set.has(s)).length / claim.rare.length;
  const top3 = ranked.slice(0, 3);
  return [
    best?.coverage ?? 0,
    ranked[1]?.coverage ?? 0,
    best?.cosine ?? 0,
    best?.bigrams ?? 0,
    top3.reduce((s, m) => s + m.coverage, 0) / Math.max(1, top3.length),
    windowCoverage(claim, lines, 2, freq),
    windowCoverage(claim, lines, 3, freq),
    article.coverage,
    article.cosine,
    bigramShare(claim, all),
    share(allSet),
    share(bestSet),
    Math.log1p(ranked.filter((m) => m.coverage >= 0.5).length),
    Math.log1p(ranked.filter((m) => m.coverage >= 1 / 3).length),
    ranked.find((m) => m.index === 0)?.coverage ?? 0,
    best && lines.length > 1 ? best.index / (lines.length - 1) : 0,
  ];
}

function numberFeatures(claim: LineWords, side: ArticleSide, lines: readonly LineWords[]): number[] {
  const bestNumbers = side.near[0]?.numbers ?? [];
  const claimNumbers = new Set(claim.numbers);
  const has = claim.numbers.length > 0;
  return [
    has ? 1 : 0,
    numberShare(
      claim.numbers,
      lines.flatMap((l) => l.numbers),
    ),
    numberShare(claim.numbers, bestNumbers),
    has && bestNumbers.some((n) => !claimNumbers.has(n)) ? 1 : 0,
  ];
}

/** Weekday names, normalised: a claim dated «يوم الثلاثاء» is not about what happened «اليوم الجمعة». */
const WEEKDAYS = ["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"];

function weekdaysOf(lines: readonly LineWords[]): Set<number> {
  const found = new Set<number>();
  for (const line of lines) {
    for (const norm of line.norms) {
      // A conjunction or preposition may lead («والجمعه», «بالسبت» is rare but «والخميس» is common).
      const day = WEEKDAYS.indexOf(norm.length > 5 && /^[وفبل]/.test(norm) ? norm.slice(1) : norm);
      if (day >= 0) found.add(day);
    }
  }
  return found;
}

function weekdayFeatures(claim: LineWords, side: ArticleSide): number[] {
  const wanted = weekdaysOf([claim]);
  if (wanted.size === 0) return [0, 0, 0];
  const near = weekdaysOf(side.near);
  const match = [...wanted].some((d) => near.has(d));
  return [1, match ? 1 : 0, !match && near.size > 0 ? 1 : 0];
}

function cueFeatures(claim: LineWords, side: ArticleSide): number[] {
  const near = side.nearCues;
  const all = side.articleCues;
  const claimCues = cueCounts(claim);
  const coverage = side.ranked[0]?.coverage ?? 0;
  const nearNegation = near.negation > 0 ? 1 : 0;
  const claimNegation = claimCues.negation > 0 ? 1 : 0;
  return [
    Math.log1p(near.denial),
    Math.log1p(near.hedge),
    Math.log1p(near.confirm),
    Math.log1p(near.negation),
    Math.log1p(all.denial),
    Math.log1p(all.hedge),
    Math.log1p(all.confirm),
    claimCues.denial > 0 ? 1 : 0,
    claimNegation,
    claimCues.report > 0 ? 1 : 0,
    nearNegation !== claimNegation ? 1 : 0,
    Math.log1p(near.denial) * coverage,
    Math.log1p(near.hedge) * coverage,
  ];
}

function sizeFeatures(claim: LineWords, lines: readonly LineWords[]): number[] {
  const words = lines.reduce((s, l) => s + l.content.length, 0);
  return [Math.log1p(claim.content.length), Math.log1p(words), Math.log1p(lines.length)];
}

/** A feature's value cut into tenths (0–9). */
function tenth(dense: Float64Array, name: DenseFeature): number {
  return Math.max(0, Math.min(9, Math.floor(dense[DENSE_FEATURES.indexOf(name)]! * 10)));
}

/** Coarse bands of article length in lines: a one-story page against a long digest. */
function lengthBand(lines: number): number {
  return lines <= 3 ? 0 : lines <= 10 ? 1 : lines <= 30 ? 2 : 3;
}

/**
 * Hashed binary features: crosses the linear model cannot form itself. How well the best line covers the
 * claim means one thing on a one-story page and another deep inside a long digest, or beside a denial.
 */
/**
 * Word-level keys the cue lexicon cannot list: the stems around the best-matching lines (how the article
 * talks about the claim: «زعم», «مراسل», «تداول») and the claim's own stems (what kind of claim it is).
 * They lift "discuss", whose articles take up the claim's topic in their own words.
 */
function lexicalKeys(claim: LineWords, near: readonly LineWords[], lines: readonly LineWords[]): string[] {
  const keys = new Set<string>();
  for (const line of near) for (const stem of line.stems) keys.add(`near:${stem}`);
  for (const stem of claim.stems) keys.add(`claim:${stem}`);
  // Which of the claim's words the article never uses: an article on the topic may still lack the act claimed.
  const inArticle = new Set(lines.flatMap((l) => l.content));
  for (const stem of claim.content) if (!inArticle.has(stem)) keys.add(`missing:${stem}`);
  return [...keys];
}

function sparseFeatures(
  dense: Float64Array,
  side: ArticleSide,
  claim: LineWords,
  lines: readonly LineWords[],
  bits: number,
): Int32Array {
  const mask = (1 << bits) - 1;
  const cov = tenth(dense, "best_coverage");
  const band = cov >= 6 ? "high" : cov >= 3 ? "mid" : "low";
  const position = side.ranked[0]?.index ?? 0;
  const keys = [
    `cov:${cov}`,
    `cov-len:${cov}:${lengthBand(lines.length)}`,
    `cov-pos:${cov}:${position === 0 ? 0 : position / Math.max(1, lines.length - 1) < 0.25 ? 1 : 2}`,
    `cov-art:${cov}:${tenth(dense, "article_coverage")}`,
    `cov-bigram:${cov}:${tenth(dense, "best_bigrams")}`,
    `cov-rare:${cov}:${tenth(dense, "rare_in_best")}`,
    `art-cos:${tenth(dense, "article_cosine")}`,
    `cov-weekday:${band}:${dense[DENSE_FEATURES.indexOf("weekday_match_near")]}:${dense[DENSE_FEATURES.indexOf("weekday_conflict_near")]}`,
  ];
  for (const [kind, n] of Object.entries(side.nearCues)) if (n > 0) keys.push(`cue:${band}:${kind}`);
  keys.push(...lexicalKeys(claim, side.near, lines));
  const buckets = new Set(keys.map((k) => hashString(k) & mask));
  return Int32Array.from([...buckets].sort((a, b) => a - b));
}

/** The features of one claim–article pair. */
export function pairFeatures(
  claim: LineWords,
  lines: readonly LineWords[],
  freq: DocFreq,
  hashBits: number,
): PairFeatures {
  const terms = claimTerms(claim, freq);
  const ranked = rankLines(matchLines(terms, lines, freq));
  const near = ranked.slice(0, NEAR_LINES).map((m) => lines[m.index]!);
  const side: ArticleSide = {
    claim: terms,
    ranked,
    near,
    nearCues: sumCues(near),
    articleCues: sumCues(lines),
  };
  const dense = Float64Array.from([
    ...relevanceFeatures(side, lines, freq),
    ...numberFeatures(claim, side, lines),
    ...weekdayFeatures(claim, side),
    ...cueFeatures(claim, side),
    ...sizeFeatures(claim, lines),
  ]);
  if (dense.length !== DENSE_FEATURES.length) throw new Error("stance features: vector length mismatch");
  return { dense, sparse: sparseFeatures(dense, side, claim, lines, hashBits), ranked };
}
