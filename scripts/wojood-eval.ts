import { readFileSync } from "node:fs";
import { findDates } from "../src/extract/dates/extract-dates.js";
import { findNumbers } from "../src/extract/numbers/extract-numbers.js";
import { scanWords } from "../src/extract/numbers/words.js";
import { normalizeText } from "../src/text/normalize.js";

/** Mention-detection F1 for DATE/TIME and CARDINAL on a Wojood CoNLL file (token then 1–4 nested IOB2 tags). */

type Kind = "DATE/TIME" | "CARDINAL";
interface Mention {
  readonly kind: Kind;
  readonly from: number;
  readonly to: number;
}
interface Sentence {
  readonly tokens: string[];
  readonly gold: Mention[];
}

const KINDS: Record<string, Kind> = { DATE: "DATE/TIME", TIME: "DATE/TIME", CARDINAL: "CARDINAL" };

function goldMentions(rows: string[][]): Mention[] {
  const out: Mention[] = [];
  const layers = Math.max(...rows.map((r) => r.length)) - 1;
  for (let col = 1; col <= layers; col++) {
    let i = 0;
    while (i < rows.length) {
      const tag = rows[i]![col] ?? "O";
      const kind = tag.startsWith("B-") ? KINDS[tag.slice(2)] : undefined;
      if (kind === undefined) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < rows.length && rows[j]![col] === `I-${tag.slice(2)}`) j++;
      out.push({ kind, from: i, to: j });
      i = j;
    }
  }
  return out;
}

export function readWojood(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) sentences.push({ tokens: rows.map((r) => r[0]!), gold: goldMentions(rows) });
    rows = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") flush();
    else rows.push(line.trim().split(/\s+/));
  }
  flush();
  return sentences;
}

const DIGITS = /^[0-9\u0660-\u0669]+$/;

/**
 * Wojood's tokeniser split digit groups at the thousands comma («1,787» is stored as «1 , 787»);
 * rebuilding the text with spaces there would read one number as two, so those tokens are glued back.
 */
function gluedToPrevious(tokens: readonly string[], k: number): boolean {
  const comma = (at: number) =>
    tokens[at] === "," && DIGITS.test(tokens[at - 1] ?? "") && DIGITS.test(tokens[at + 1] ?? "");
  return comma(k) || comma(k - 1);
}

/** Predicted mentions as token ranges: the tokens each predicted span overlaps. */
function predict(tokens: string[]): Mention[] {
  const starts: number[] = [];
  let text = "";
  tokens.forEach((t, k) => {
    if (text.length > 0 && !gluedToPrevious(tokens, k)) text += " ";
    starts.push(text.length);
    text += t;
  });
  const norm = normalizeText(text);
  const words = scanWords(norm.text);
  const dates = findDates(norm.text, { anchor: null }, words);
  // Wojood tags percentages, money and numbered labels (رقم 95) as PERCENT, MONEY and ORDINAL.
  const numbers = findNumbers(norm.text, { exclude: dates }, words).filter(
    (n) => !n.percent && !n.money && !n.identifier,
  );
  const toTokens = (start: number, end: number, kind: Kind): Mention => {
    const rawStart = norm.starts[start]!;
    const rawEnd = norm.ends[end - 1]!;
    let from = 0;
    while (from + 1 < starts.length && starts[from + 1]! <= rawStart) from++;
    let to = from;
    while (to < starts.length && starts[to]! < rawEnd) to++;
    return { kind, from, to };
  };
  return [
    ...dates.map((d) => toTokens(d.start, d.end, "DATE/TIME")),
    ...numbers.flatMap((n) =>
      [n.core, ...(n.maxCore ? [n.maxCore] : [])].map((c) => toTokens(c.start, c.end, "CARDINAL")),
    ),
  ];
}

export interface Scores {
  readonly kind: Kind;
  readonly exact: { p: number; r: number; f1: number };
  readonly overlap: { p: number; r: number; f1: number };
  readonly gold: number;
  readonly predicted: number;
}

function prf(tp: number, predicted: number, gold: number) {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function evaluateWojood(path: string, kinds: Kind[] = ["DATE/TIME", "CARDINAL"]): Scores[] {
  const sentences = readWojood(path);
  return kinds.map((kind) => {
    let gold = 0;
    let predicted = 0;
    let exact = 0;
    let overlapPred = 0;
    let overlapGold = 0;
    for (const s of sentences) {
      const g = s.gold.filter((m) => m.kind === kind);
      const p = predict(s.tokens).filter((m) => m.kind === kind);
      gold += g.length;
      predicted += p.length;
      exact += p.filter((m) => g.some((x) => x.from === m.from && x.to === m.to)).length;
      overlapPred += p.filter((m) => g.some((x) => x.from < m.to && m.from < x.to)).length;
      overlapGold += g.filter((x) => p.some((m) => x.from < m.to && m.from < x.to)).length;
    }
    const o = prf(0, predicted, gold);
    const op = predicted === 0 ? 0 : overlapPred / predicted;
    const or = gold === 0 ? 0 : overlapGold / gold;
    return {
      kind,
      exact: prf(exact, predicted, gold),
      overlap: { ...o, p: op, r: or, f1: op + or === 0 ? 0 : (2 * op * or) / (op + or) },
      gold,
      predicted,
    };
  });
}

/** Lists the misses, for tuning: gold mentions not predicted exactly and predictions not in gold. */
export function wojoodErrors(path: string, kind: Kind): string[] {
  const out: string[] = [];
  for (const s of readWojood(path)) {
    const g = s.gold.filter((m) => m.kind === kind);
    const p = predict(s.tokens).filter((m) => m.kind === kind);
    const show = (m: Mention) => s.tokens.slice(m.from, m.to).join(" ");
    for (const m of g) if (!p.some((x) => x.from === m.from && x.to === m.to)) out.push(`FN ${show(m)}`);
    for (const m of p) if (!g.some((x) => x.from === m.from && x.to === m.to)) out.push(`FP ${show(m)}`);
  }
  return out;
}
