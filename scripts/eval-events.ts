/**
 * Scores event coding and attribution against the gold files (docs/codebook.md):
 * event sub-type and type P/R/F1 with a per-sub-type table and status accuracy on matched events;
 * claim cue P/R/F1 with certainty accuracy on matched cues. Works with no events or claims stage (zeros).
 *
 * Usage: npx tsx scripts/eval-events.ts [--heldout] [--errors] [--file PATH]
 *   --heldout  the held-out file (data/gold/events-heldout.jsonl): for an honest score, never for tuning
 *   --errors   list misses and false alarms with their context
 */
import { createAnalyzer } from "../src/analyze/analyzer.js";
import type { Claim, EventMention } from "../src/core/layers.js";
import { sharedDataPath } from "../src/core/paths.js";
import {
  addMatching,
  agreement,
  type Counts,
  countsByLabel,
  eventSpans,
  type Matching,
  matchClaims,
  matchEvents,
  prf,
  type Span,
  withoutIgnored,
} from "./lib/event-scoring.js";
import {
  GOLD_DEV_PATH,
  GOLD_HELDOUT_PATH,
  type GoldArticle,
  type GoldClaim,
  type GoldEvent,
  goldArticleText,
  readGoldArticles,
  SUB_EVENT_TYPES,
  sharedDataAvailable,
} from "./lib/gold-events.js";

const args = process.argv.slice(2);
const fileArg = args.indexOf("--file");
const path =
  fileArg >= 0 ? args[fileArg + 1]! : args.includes("--heldout") ? GOLD_HELDOUT_PATH : GOLD_DEV_PATH;
const showErrors = args.includes("--errors");

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const totals = { sub: zero(), type: zero(), claims: zero() };
const perSubType = new Map<string, Counts>();
const status = { agree: 0, total: 0 };
const certainty = { agree: 0, total: 0 };
const perCertainty = new Map<string, { gold: number; found: number; right: number }>();
const errors: string[] = [];

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  return `${before}【${text.slice(span.start, span.end)}】${after}`.replace(/\s+/g, " ");
}

function noteEventErrors(id: string, text: string, m: Matching<GoldEvent, EventMention>): void {
  for (const g of m.missed)
    errors.push(`${id} miss  ${g.sub_event_type} (${g.status}): ${context(text, g.trigger)}`);
  for (const s of m.falseAlarms)
    errors.push(`${id} false ${s.sub_event_type} (${s.status}): ${context(text, s.trigger)}`);
  for (const { gold, system } of m.pairs) {
    if (gold.status !== system.status)
      errors.push(`${id} status gold ${gold.status} got ${system.status}: ${context(text, system.trigger)}`);
  }
}

function noteClaimErrors(id: string, text: string, m: Matching<GoldClaim, Claim>): void {
  for (const g of m.missed) errors.push(`${id} miss  cue (${g.certainty}): ${context(text, g.cue)}`);
  for (const s of m.falseAlarms) errors.push(`${id} false cue (${s.certainty}): ${context(text, s.cue)}`);
  for (const { gold, system } of m.pairs) {
    if (gold.certainty !== system.certainty)
      errors.push(
        `${id} certainty gold ${gold.certainty} got ${system.certainty}: ${context(text, system.cue)}`,
      );
  }
}

function scoreClaims(gold: GoldArticle, text: string, system: readonly Claim[]): void {
  const m = matchClaims(
    gold.claims,
    withoutIgnored(system, (c) => [c.cue], gold.ignore ?? []),
  );
  addMatching(totals.claims, m);
  const a = agreement(
    m,
    (g) => g.certainty,
    (s) => s.certainty,
  );
  certainty.agree += a.agree;
  certainty.total += a.total;
  for (const g of gold.claims) {
    const row = perCertainty.get(g.certainty) ?? { gold: 0, found: 0, right: 0 };
    const pair = m.pairs.find((p) => p.gold === g);
    row.gold++;
    if (pair) row.found++;
    if (pair?.system.certainty === g.certainty) row.right++;
    perCertainty.set(g.certainty, row);
  }
  if (showErrors) noteClaimErrors(gold.id, text, m);
}

function scoreArticle(gold: GoldArticle, analyzer: ReturnType<typeof createAnalyzer>): void {
  const found = goldArticleText(gold);
  if ("error" in found) {
    console.error(`skipped ${found.error}`);
    return;
  }
  const { text } = found;
  const doc = analyzer.analyze({
    id: gold.id,
    text,
    source: null,
    url: null,
    published_at: gold.published_at,
  });
  const sentences = doc.layers.sentences ?? [];
  const events = withoutIgnored(doc.layers.events ?? [], eventSpans, gold.ignore ?? []);
  const bySub = matchEvents(gold.events, events, sentences);
  addMatching(totals.sub, bySub);
  addMatching(totals.type, matchEvents(gold.events, events, sentences, "event_type"));
  countsByLabel(
    bySub,
    (g) => g.sub_event_type,
    (s) => s.sub_event_type,
    perSubType,
  );
  const a = agreement(
    bySub,
    (g) => g.status,
    (s) => s.status,
  );
  status.agree += a.agree;
  status.total += a.total;
  if (showErrors) noteEventErrors(gold.id, text, bySub);
  scoreClaims(gold, text, doc.layers.claims ?? []);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const line = (label: string, c: Counts) => {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(36)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}   (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
const share = ({ agree, total }: { agree: number; total: number }) =>
  total === 0 ? "n/a (nothing matched)" : `${pct(agree / total)} of ${total}`;

function report(articles: number): void {
  console.log(`${path}: ${articles} articles\n`);
  console.log(line("events, sub-type", totals.sub));
  console.log(line("events, event type", totals.type));
  console.log(`status accuracy on matched events   ${share(status)}\n`);
  const known = Object.values(SUB_EVENT_TYPES).flat();
  const labels = [...perSubType.keys()].sort((a, b) => known.indexOf(a) - known.indexOf(b));
  for (const label of labels) console.log(`  ${line(label, perSubType.get(label)!)}`);
  console.log(`\n${line("claims, cue", totals.claims)}`);
  console.log(`certainty accuracy on matched cues  ${share(certainty)}`);
  for (const [label, row] of [...perCertainty].sort()) {
    console.log(
      `  ${label.padEnd(10)} gold ${String(row.gold).padStart(4)}  cue found ${row.found}  certainty right ${row.right}`,
    );
  }
  if (showErrors) console.log(`\n${errors.join("\n")}`);
}

function main(): void {
  if (!sharedDataAvailable()) {
    console.log(
      `eval:events needs the shared corpora at ${sharedDataPath()} (set MARSAD_SHARED_DATA); nothing scored`,
    );
    return;
  }
  const gold = readGoldArticles(path);
  const analyzer = createAnalyzer();
  for (const article of gold) scoreArticle(article, analyzer);
  report(gold.length);
}

main();
