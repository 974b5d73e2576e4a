/**
 * Scores the shipped stance model on UnifiedFC fold 4 (`npm run eval:stance`): 4-way macro-F1, per-class
 * precision/recall/F1, the confusion matrix and rationale line F1. Fold 4 chose the model's settings
 * (scripts/train-stance.ts), so these figures are tuning figures, not a clean test.
 */
import { performance } from "node:perf_hooks";
import { loadStanceModel } from "../src/link/stance/load.js";
import { scoreStances } from "../src/link/stance/metrics.js";
import { STANCES } from "../src/link/stance/model.js";
import { predictStance } from "../src/link/stance/predict.js";
import { loadStancePairs } from "./lib/stance-data.js";
import { formatScores, rationaleF1 } from "./lib/stance-report.js";

const FOLD = 4;

const model = loadStanceModel();
const pairs = loadStancePairs().filter((p) => p.fold === FOLD);
const started = performance.now();
const results = pairs.map((p) => predictStance(model, p.claim, p.article));
const seconds = (performance.now() - started) / 1000;
const scores = scoreStances(
  pairs.map((p) => p.label),
  results.map((r) => STANCES.indexOf(r.stance)),
);
process.stdout.write(
  `UnifiedFC fold ${FOLD} (used for tuning): ${pairs.length} pairs\n${formatScores(scores)}\n`,
);
const related = pairs.map((p) => (p.label === STANCES.indexOf("unrelated") ? [] : p.rationale));
process.stdout.write(
  `rationale line F1 (related pairs with a gold rationale): ${rationaleF1(
    related,
    results.map((r) => r.rationale),
  ).toFixed(3)}\n`,
);
process.stdout.write(
  `${((seconds * 1000) / pairs.length).toFixed(1)} ms per pair (one core, load included)\n`,
);
