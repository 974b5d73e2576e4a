import { describe, expect, it } from "vitest";
import { crossValidate } from "./stance-cv.js";
import type { StancePair } from "./stance-data.js";
import { WordCache } from "./stance-fit.js";

/** Small invented pairs: agreeing articles restate the claim, unrelated ones report something else. */
function pairsOf(fold: number, town: string, label: number): StancePair[] {
  const claim = `قصف مدفعي على سوق بلدة ${town} يقتل ${fold + 4} مدنيين`;
  const agree = `قتل ${fold + 4} مدنيين في قصف مدفعي استهدف سوق بلدة ${town} صباح اليوم`;
  const other = `افتتاح معرض للكتاب في مدينة ${town === "كفرنبل" ? "اللاذقية" : "حماة"} بمشاركة دور نشر`;
  return [
    { claimId: `c${fold}`, fold, claim, article: agree, url: `a${fold}`, label, rationale: [0] },
    { claimId: `c${fold}`, fold, claim, article: other, url: `o${fold}`, label: 3, rationale: [] },
  ];
}

const TOWNS = ["كفرنبل", "معرة النعمان", "سراقب", "أريحا"];
const GRID = [{ epochs: 30 }];

describe("crossValidate", () => {
  const training = [1, 2, 3].flatMap((fold) => pairsOf(fold, TOWNS[fold - 1]!, 0));
  const silent = () => {};

  it("chooses settings and offsets from folds 1–3 alone: pairs of another fold change nothing", () => {
    const alone = crossValidate(training, [1, 2, 3], GRID, new WordCache(), 12, silent);
    // Fold-4 pairs with the opposite labels would pull the offsets if they leaked into training or tuning.
    const withFour = [...training, ...pairsOf(4, TOWNS[3]!, 3), ...pairsOf(4, TOWNS[0]!, 1)];
    const mixed = crossValidate(withFour, [1, 2, 3], GRID, new WordCache(), 12, silent);
    expect([...mixed.offsets]).toEqual([...alone.offsets]);
    expect(mixed.outOfFoldMacroF1).toBe(alone.outOfFoldMacroF1);
    expect(alone.options.epochs).toBe(30);
  });

  it("scores the held-out folds: restating articles are told from unrelated ones", () => {
    const cv = crossValidate(training, [1, 2, 3], GRID, new WordCache(), 12, silent);
    expect(cv.offsets).toHaveLength(4);
    // Two of the four classes occur; both perfectly separated give a macro-F1 of 0.5.
    expect(cv.outOfFoldMacroF1).toBeCloseTo(0.5, 5);
  });
});
