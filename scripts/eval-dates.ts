/**
 * Evaluates dates and numbers:
 *  1. exact-value accuracy on test/gold/dates-numbers.jsonl (target ≥ 95%);
 *  2. DATE/TIME and CARDINAL mention-detection F1 on the Wojood sample (val split; train shown too),
 *     spans compared as token ranges, exact and overlapping.
 * Usage: npx tsx scripts/eval-dates.ts [--errors]
 */
import { sharedDataPath } from "../src/core/paths.js";
import { scoreGold } from "../test/gold/score-gold.js";
import { evaluateWojood, wojoodErrors } from "./wojood-eval.js";

const showErrors = process.argv.includes("--errors");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const { results, accuracy, scored } = scoreGold();
const bySource = new Map<string, { ok: number; all: number }>();
for (const r of results) {
  const key = `${r.record.source} ${r.record.type}`;
  const entry = bySource.get(key) ?? { ok: 0, all: 0 };
  entry.all++;
  if (r.ok) entry.ok++;
  bySource.set(key, entry);
}
console.log(`gold exact-value accuracy: ${pct(accuracy)} of ${scored} expressions`);
for (const [key, { ok, all }] of [...bySource].sort()) console.log(`  ${key.padEnd(22)} ${ok}/${all}`);
for (const r of results.filter((x) => !x.ok)) {
  console.log(
    `  miss ${r.record.id} «${r.record.expression}» expected ${JSON.stringify(r.record.expected)} got ${JSON.stringify(r.got)}${r.skipped ? ` (${r.skipped})` : ""}`,
  );
}

for (const split of ["val", "train"]) {
  const path = sharedDataPath("wojood-sample", `${split}.txt`);
  console.log(`\nWojood ${split}: mention detection (token spans)`);
  for (const s of evaluateWojood(path)) {
    const f = (x: { p: number; r: number; f1: number }) => `P ${pct(x.p)} R ${pct(x.r)} F1 ${pct(x.f1)}`;
    console.log(
      `  ${s.kind.padEnd(9)} gold ${s.gold} predicted ${s.predicted} | exact ${f(s.exact)} | overlap ${f(s.overlap)}`,
    );
  }
  if (showErrors && split === "val") {
    for (const kind of ["DATE/TIME", "CARDINAL"] as const)
      for (const e of wojoodErrors(path, kind)) console.log(`  ${kind} ${e}`);
  }
}
