import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { normalizeArabic } from "../../text/normalize.js";
import { type NerModel, tagSentence } from "./model.js";

/** The token of a CoNLL line: its first column (extra columns, such as gold tags, are ignored). */
function tokenOf(line: string): string {
  return line.trim().split(/[ \t]/, 1)[0]!;
}

function tagLines(lines: readonly string[], model: NerModel): string[] {
  const tokens = lines.map(tokenOf);
  const tags = tagSentence(
    model,
    tokens.map((t) => normalizeArabic(t)),
  );
  return tokens.map((token, i) => `${token}\t${tags[i]}`);
}

/**
 * `marsad ner --conll`: one token per line (first column), blank lines between sentences, in; the same
 * tokens as `token<TAB>TAG` (IOB2) and the same blank lines, out.
 */
export function tagConll(input: string, model: NerModel): string {
  const out: string[] = [];
  let sentence: string[] = [];
  const lines = input.split("\n");
  const endsWithNewline = input.endsWith("\n");
  if (endsWithNewline) lines.pop();
  for (const raw of lines) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") {
      out.push(...tagLines(sentence, model), "");
      sentence = [];
    } else {
      sentence.push(line);
    }
  }
  out.push(...tagLines(sentence, model));
  return out.join("\n") + (endsWithNewline ? "\n" : "");
}

/** Streaming form of tagConll for stdin/stdout: tags each sentence as soon as its blank line arrives. */
export async function tagConllStream(input: Readable, output: Writable, model: NerModel): Promise<void> {
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length > 0) output.write(`${tagLines(sentence, model).join("\n")}\n`);
    sentence = [];
  };
  for await (const line of reader) {
    if (line.trim() === "") {
      flush();
      output.write("\n");
    } else {
      sentence.push(line);
    }
  }
  flush();
}
