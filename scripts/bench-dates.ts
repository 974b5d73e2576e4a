/**
 * Throughput of the dates and numbers matchers over the UnifiedFC articles, read in place from the
 * shared data (never copied). Prints MB/s (UTF-8 bytes of raw text) on one core, with and without
 * normalisation, and peak RSS. CPU time (this process's user + system) is shown beside wall time, as
 * wall time on a machine shared with other work overstates the cost. Usage: npm run bench:dates -- [rounds]
 */
import { createContext } from "../src/core/context.js";
import { createDoc } from "../src/core/document.js";
import { applyStage } from "../src/core/pipeline.js";
import { parseAnchor } from "../src/extract/dates/calendar.js";
import { datesStage } from "../src/extract/dates/dates-stage.js";
import { findDates } from "../src/extract/dates/extract-dates.js";
import { findNumbers } from "../src/extract/numbers/extract-numbers.js";
import { numbersStage } from "../src/extract/numbers/numbers-stage.js";
import { scanWords } from "../src/extract/numbers/words.js";
import { normalizeText } from "../src/text/normalize.js";
import { loadUnifiedFcTexts, utf8Bytes } from "./lib/unifiedfc.js";

const rounds = Number(process.argv[2] ?? 3);
const texts = loadUnifiedFcTexts();
const bytes = utf8Bytes(texts);
const normalized = texts.map((t) => normalizeText(t).text);
const anchor = parseAnchor("2018-05-20");

function pass(withNormalisation: boolean): { seconds: number; cpu: number; dates: number; numbers: number } {
  let dates = 0;
  let numbers = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < texts.length; k++) {
    const norm = withNormalisation ? normalizeText(texts[k]!).text : normalized[k]!;
    const words = scanWords(norm);
    const found = findDates(norm, { anchor }, words);
    dates += found.length;
    numbers += findNumbers(norm, { exclude: found }, words).length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const { user, system } = process.cpuUsage(c0);
  return { seconds, cpu: (user + system) / 1e6, dates, numbers };
}

pass(false); // warm-up
console.log(`${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB of UTF-8 text`);
for (const withNormalisation of [false, true]) {
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let last = { seconds: 0, cpu: 0, dates: 0, numbers: 0 };
  for (let r = 0; r < rounds; r++) {
    last = pass(withNormalisation);
    best = Math.min(best, last.seconds);
    bestCpu = Math.min(bestCpu, last.cpu);
  }
  const label = withNormalisation ? "normalise + dates + numbers" : "dates + numbers";
  console.log(
    `${label.padEnd(28)} ${(bytes / 1e6 / best).toFixed(1)} MB/s wall, ${(bytes / 1e6 / bestCpu).toFixed(1)} MB/s CPU time  (${last.dates} dates, ${last.numbers} numbers)`,
  );
}
// The two stages as the pipeline runs them (normalised layer given, numbers reusing the dates' scan).
const ctx = createContext();
const docs = texts.map((t, k) => ({
  ...createDoc(`a${k}`, t, { source: null, url: null, publishedAt: "2018-05-20" }),
  layers: { normalized: normalizeText(t) },
}));
let best = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  for (const doc of docs) applyStage(applyStage(doc, datesStage, ctx), numbersStage, ctx);
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
console.log(`${"datesStage + numbersStage".padEnd(28)} ${(bytes / 1e6 / best).toFixed(1)} MB/s`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
