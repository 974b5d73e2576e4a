import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Sentence, Token } from "../core/layers.js";
import type { Span } from "../core/span.js";
import { isWhitespace } from "./char-class.js";
import { normalizeArabic, normalizeText } from "./normalize.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

/** Text built from pieces that stress the text layer: clitic words, numbers, quotes, breaks, odd units. */
const piece = fc.oneof(
  fc.constantFrom(
    "وبالمخيم",
    "للتنظيم",
    "عملياتهم",
    "مدينته",
    "قُتِلَ",
    "حـــلب",
    "بيروت",
    "ﻻ",
    "ﷺ",
    "ﺃ",
    "U.S.",
    "Dr.",
    "د.",
    "3.5",
    "١٬٠٠٠",
    "٣٫٥",
    "70%",
    "1,000",
    "..",
    "…",
    "؟!",
    ".",
    "،",
    "«",
    "»",
    "“",
    "”",
    '"',
    "(",
    ")",
    "-",
    "•",
    "😀",
  ),
  fc.constantFrom(" ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200f", "\u200b", "\u2029"),
  fc.string({ maxLength: 3, unit: "binary" }),
  fc.string({
    maxLength: 4,
    unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  }),
  fc.string({
    maxLength: 2,
    unit: fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)),
  }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

function expectOrderedSpans(spans: readonly Span[], length: number, allowEmpty: boolean): void {
  let previousEnd = 0;
  for (const span of spans) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    if (allowEmpty) expect(span.end).toBeGreaterThanOrEqual(span.start);
    else expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(length);
    previousEnd = span.end;
  }
}

function expectTokenInvariants(raw: string, tokens: readonly Token[]): void {
  expectOrderedSpans(tokens, raw.length, false);
  for (const token of tokens) {
    expect(token.norm).toBe(normalizeArabic(raw.slice(token.start, token.end)));
    const parts = [...(token.prefixes ?? []), ...(token.stem ? [token.stem] : []), ...(token.suffixes ?? [])];
    expectOrderedSpans(parts, raw.length, false);
    for (const part of parts) {
      expect(part.start).toBeGreaterThanOrEqual(token.start);
      expect(part.end).toBeLessThanOrEqual(token.end);
    }
    if (!token.stem) expect(token.stemNorm).toBe(token.norm);
  }
}

function expectSentenceInvariants(
  raw: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): void {
  expectOrderedSpans(sentences, raw.length, false);
  const owner = new Int32Array(raw.length).fill(-1);
  sentences.forEach((s, index) => {
    expect(isWhitespace(raw.charCodeAt(s.start))).toBe(false);
    expect(isWhitespace(raw.charCodeAt(s.end - 1))).toBe(false);
    for (let i = s.start; i < s.end; i++) owner[i] = index;
  });
  for (let i = 0; i < raw.length; i++) {
    if (!isWhitespace(raw.charCodeAt(i))) expect(owner[i]).toBeGreaterThanOrEqual(0);
  }
  // A token never straddles two sentences.
  for (const token of tokens) expect(owner[token.end - 1]).toBe(owner[token.start]);
}

describe("text layer: properties over any input", () => {
  it("tokens are ordered, non-overlapping spans whose norm is the normalised raw slice", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (raw) => {
        expectTokenInvariants(raw, tokenize(raw, normalizeText(raw)));
      }),
      { numRuns: 400 },
    );
  });

  it("sentences are ordered, trimmed, non-overlapping and cover every non-whitespace character", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (raw) => {
        const tokens = tokenize(raw, normalizeText(raw));
        expectSentenceInvariants(raw, tokens, splitSentences(raw, tokens));
      }),
      { numRuns: 400 },
    );
  });
});
