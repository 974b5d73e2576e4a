import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { normalizeArabic } from "../../text/normalize.js";
import { LABELS } from "./labels.js";
import { MEMORY_BLOCK } from "./memory.js";
import { type NerModel, tagDocument } from "./model.js";

/** The token of a CoNLL line: its first column (extra columns, such as gold tags, are ignored). */
function tokenOf(line: string): string {
  return line.trim().split(/[ \t]/, 1)[0]!;
}

const isBlank = (line: string) => line.trim() === "";

/** `[start, end)` line ranges of the sentences (runs of non-blank lines). */
function sentenceRanges(lines: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || isBlank(lines[i]!);
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      ranges.push([start, i]);
      start = -1;
    }
  }
  return ranges;
}

/**
 * Output lines for input lines: `token<TAB>TAG` for each token line, "" for each blank line. CoNLL marks
 * no documents, so each block of MEMORY_BLOCK sentences is tagged as one (document memory, memory.ts).
 */
function tagLines(lines: readonly string[], model: NerModel): string[] {
  const out = lines.map(() => "");
  const ranges = sentenceRanges(lines);
  for (let b = 0; b < ranges.length; b += MEMORY_BLOCK) {
    const block = ranges.slice(b, b + MEMORY_BLOCK);
    const tokens = block.map(([start, end]) => lines.slice(start, end).map(tokenOf));
    const labels = tagDocument(
      model,
      tokens.map((sentence) => sentence.map((t) => normalizeArabic(t))),
    );
    block.forEach(([start], s) => {
      tokens[s]!.forEach((token, i) => {
        out[start + i] = `${token}\t${LABELS[labels[s]![i]!]}`;
      });
    });
  }
  return out;
}

/**
 * `marsad ner --conll`: one token per line (first column), blank lines between sentences, in; the same
 * tokens as `token<TAB>TAG` (IOB2) and the same blank lines, out.
 */
export function tagConll(input: string, model: NerModel): string {
  const lines = input.split("\n").map((line) => line.replace(/\r$/, ""));
  const endsWithNewline = input.endsWith("\n");
  if (endsWithNewline) lines.pop();
  return tagLines(lines, model).join("\n") + (endsWithNewline ? "\n" : "");
}

/**
 * Streaming form of tagConll for stdin/stdout: writes each block of MEMORY_BLOCK sentences as soon as
 * the blank line after its last sentence arrives, so the output equals tagConll's.
 */
export async function tagConllStream(input: Readable, output: Writable, model: NerModel): Promise<void> {
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer: string[] = [];
  let sentences = 0;
  const flush = () => {
    for (const line of tagLines(buffer, model)) output.write(`${line}\n`);
    buffer = [];
    sentences = 0;
  };
  for await (const line of reader) {
    const endsSentence = isBlank(line) && buffer.length > 0 && !isBlank(buffer[buffer.length - 1]!);
    if (endsSentence && ++sentences >= MEMORY_BLOCK) flush();
    buffer.push(line);
  }
  if (buffer.length > 0) flush();
}
