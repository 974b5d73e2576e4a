import { existsSync, readFileSync } from "node:fs";
import { createContext } from "../../src/core/context.js";
import { createDoc } from "../../src/core/document.js";
import type { DateMention, NumberMention } from "../../src/core/layers.js";
import { packageRoot, sharedDataPath } from "../../src/core/paths.js";
import { applyStage } from "../../src/core/pipeline.js";
import { type Span, spansOverlap } from "../../src/core/span.js";
import { datesStage } from "../../src/extract/dates/dates-stage.js";
import { numbersStage } from "../../src/extract/numbers/numbers-stage.js";
import { normalizeText } from "../../src/text/normalize.js";

/**
 * Scores the dates-and-numbers gold file (test/gold/dates-numbers.jsonl). A record holds a sentence
 * (or, for UnifiedFC, a reference: claim file, article index, offsets and a short quote — the article
 * is read in place from the shared data, never copied), the publication date, the expression and the
 * expected fields. A record is right when the mention that overlaps the expression most has every
 * expected field equal.
 */

export interface GoldRecord {
  readonly id: string;
  readonly source: string;
  readonly type: "date" | "number";
  readonly sentence?: string;
  readonly ref?: { claim_file: string; article: number; start: number; end: number; quote: string };
  readonly published_at: string | null;
  readonly expression: string;
  readonly expected: Readonly<Record<string, unknown>>;
}

export interface GoldResult {
  readonly record: GoldRecord;
  readonly ok: boolean;
  readonly got: DateMention | NumberMention | null;
  readonly skipped?: string;
}

export const GOLD_PATH = `${packageRoot}/test/gold/dates-numbers.jsonl`;

export function readGold(path = GOLD_PATH): GoldRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldRecord);
}

const articles = new Map<string, string[]>();

function article(file: string, index: number): string | null {
  const path = sharedDataPath("unifiedfc", "claims", file);
  if (!articles.has(file)) {
    if (!existsSync(path)) return null;
    articles.set(file, (JSON.parse(readFileSync(path, "utf8")) as { article: string[] }).article);
  }
  return articles.get(file)?.[index] ?? null;
}

function textAndSpan(record: GoldRecord): { text: string; span: Span } | string {
  if (record.ref !== undefined) {
    const text = article(record.ref.claim_file, record.ref.article);
    if (text === null) return "shared data not found";
    if (text.slice(record.ref.start, record.ref.end) !== record.ref.quote)
      return "quote does not match the article";
    return { text, span: { start: record.ref.start, end: record.ref.end } };
  }
  const text = record.sentence ?? "";
  const start = text.indexOf(record.expression);
  if (start < 0) return "expression not in sentence";
  return { text, span: { start, end: start + record.expression.length } };
}

const ctx = createContext();
const cache = new Map<string, { dates: readonly DateMention[]; numbers: readonly NumberMention[] }>();

function analyse(text: string, publishedAt: string | null) {
  const key = `${publishedAt}\u0000${text}`;
  let found = cache.get(key);
  if (found === undefined) {
    const doc = createDoc("gold", text, { source: null, url: null, publishedAt });
    const withNorm = { ...doc, layers: { normalized: normalizeText(text) } };
    const done = applyStage(applyStage(withNorm, datesStage, ctx), numbersStage, ctx);
    found = { dates: done.layers.dates ?? [], numbers: done.layers.numbers ?? [] };
    cache.set(key, found);
  }
  return found;
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

export function scoreRecord(record: GoldRecord): GoldResult {
  const input = textAndSpan(record);
  if (typeof input === "string") return { record, ok: false, got: null, skipped: input };
  const layers = analyse(input.text, record.published_at);
  const candidates: ReadonlyArray<DateMention | NumberMention> =
    record.type === "date" ? layers.dates : layers.numbers;
  let got: DateMention | NumberMention | null = null;
  for (const m of candidates) {
    if (spansOverlap(m, input.span) && (got === null || overlap(m, input.span) > overlap(got, input.span)))
      got = m;
  }
  const fields = got as unknown as Record<string, unknown> | null;
  const ok =
    fields !== null &&
    Object.entries(record.expected).every(([key, value]) => {
      const actual = fields[key] ?? null;
      return typeof value === "number" && typeof actual === "number"
        ? Math.abs(actual - value) < 1e-9
        : actual === value;
    });
  return { record, ok, got };
}

export function scoreGold(records = readGold()): { results: GoldResult[]; accuracy: number; scored: number } {
  const results = records.map(scoreRecord);
  const scored = results.filter((r) => r.skipped === undefined || r.skipped !== "shared data not found");
  const right = scored.filter((r) => r.ok).length;
  return { results, accuracy: scored.length === 0 ? 0 : right / scored.length, scored: scored.length };
}
