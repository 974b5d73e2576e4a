import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STANCES, type Stance } from "../../src/link/stance/model.js";
import { unifiedFcClaimsDir } from "./unifiedfc.js";

/**
 * UnifiedFC claim–article pairs with their claim-level fold, read in place from ../shared/data (never copied).
 * The claim id and the `fact` field are kept out of every feature: the id's R-/V- prefix gives the claim's
 * truth away. The id is carried only to group pairs by claim.
 */
export interface StancePair {
  readonly claimId: string;
  readonly fold: number;
  readonly claim: string;
  readonly article: string;
  readonly url: string;
  readonly label: number;
  /** Gold rationale: 0-based indices into article.split("\n"). */
  readonly rationale: readonly number[];
}

function readFolds(dir: string): Map<string, number> {
  const folds = new Map<string, number>();
  for (const line of readFileSync(join(dir, "..", "folds.txt"), "utf8").split("\n")) {
    const match = /^Fold_(\d+):(.*)$/.exec(line.trim());
    if (!match) continue;
    for (const id of match[2]!.trim().split(/\s+/)) folds.set(id, Number(match[1]));
  }
  return folds;
}

function parseRationale(value: unknown): number[] {
  if (typeof value !== "string" || value.trim() === "") return [];
  const parsed = JSON.parse(value) as unknown;
  return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isInteger(n)) : [];
}

interface ClaimFile {
  id: string;
  claim: string;
  article: string[];
  url: string[];
  stance: string[];
  rationale: unknown[];
}

export function loadStancePairs(dir = unifiedFcClaimsDir()): StancePair[] {
  const folds = readFolds(dir);
  const pairs: StancePair[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const file = JSON.parse(readFileSync(join(dir, name), "utf8")) as ClaimFile;
    const fold = folds.get(file.id);
    if (fold === undefined) continue;
    file.article.forEach((article, i) => {
      const label = STANCES.indexOf(file.stance[i] as Stance);
      if (label < 0) throw new Error(`${name}: unknown stance "${file.stance[i]}"`);
      pairs.push({
        claimId: file.id,
        fold,
        claim: file.claim,
        article,
        url: file.url[i] ?? "",
        label,
        rationale: parseRationale(file.rationale[i]),
      });
    });
  }
  return pairs;
}

export function textKey(text: string): string {
  return createHash("sha1").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

export interface FoldSplit {
  readonly train: StancePair[];
  readonly test: StancePair[];
  /** Training pairs left out because their article (same URL or same text) also occurs in the test fold. */
  readonly dropped: number;
  /** Training pairs left out as exact repeats of an earlier (claim, article) pair. */
  readonly repeats: number;
}

/**
 * Train on `trainFolds`, test on `testFold`. An article that occurs in the test fold (by URL or by text)
 * is removed from training altogether, not just as the same (claim, article) pair: otherwise the hashed
 * word features could memorise that article's wording, and the test score would flatter the model.
 */
export function splitFolds(
  pairs: readonly StancePair[],
  testFold: number,
  trainFolds: readonly number[],
): FoldSplit {
  const test = pairs.filter((p) => p.fold === testFold);
  const testUrls = new Set(test.map((p) => p.url).filter((u) => u !== ""));
  const testTexts = new Set(test.map((p) => textKey(p.article)));
  const seen = new Set<string>();
  const train: StancePair[] = [];
  let dropped = 0;
  let repeats = 0;
  for (const pair of pairs) {
    if (!trainFolds.includes(pair.fold)) continue;
    const key = textKey(pair.article);
    if (testUrls.has(pair.url) || testTexts.has(key)) {
      dropped++;
      continue;
    }
    const pairKey = `${textKey(pair.claim)}:${key}`;
    if (seen.has(pairKey)) {
      repeats++;
      continue;
    }
    seen.add(pairKey);
    train.push(pair);
  }
  return { train, test, dropped, repeats };
}
