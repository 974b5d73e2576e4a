import type { Token } from "../core/layers.js";

/**
 * Matching quotation marks and brackets over tokens, so sentence splitting can tell a period inside a
 * quotation from one that ends the sentence. Quotes are matched on the raw characters: normalisation maps
 * “ ” « » to the same «"», which loses which side is which.
 */

/** Longest quotation honoured; an unmatched mark must not swallow the rest of an article. */
const MAX_QUOTE_CHARS = 1500;

/** Opening mark → the closing marks that end it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["«", "»"],
  ["„", "“”"],
  ["‹", "›"],
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
  ["﴾", "﴿"],
]);
/** Marks that open or close depending on whether one is open («"», «”» used on both sides). */
const TOGGLES = new Set(['"', "”", "″", "＂"]);

export interface QuoteInfo {
  /** For each token, the index of the closing token of the innermost pair around it, or -1. */
  readonly inside: Int32Array;
  /** 1 for tokens that open a matched pair. */
  readonly opens: Uint8Array;
}

interface Open {
  readonly index: number;
  readonly closers: string;
}

function hasParagraphBreak(raw: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x0a || code === 0x2028) breaks++;
    else if (code === 0x2029 || code === 0x0c) breaks += 2;
  }
  return breaks >= 2;
}

/** Finds the matched pairs as [open, close] token indexes, inner pairs first. */
function matchPairs(raw: string, tokens: readonly Token[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const stack: Open[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (k > 0 && stack.length > 0 && hasParagraphBreak(raw, tokens[k - 1]!.end, token.start))
      stack.length = 0;
    if (token.kind !== "punct" || token.end - token.start !== 1) continue;
    const char = raw[token.start]!;
    let top = stack.length - 1;
    while (top >= 0 && !stack[top]!.closers.includes(char)) top--;
    if (top >= 0) {
      const open = stack[top]!;
      stack.length = top;
      if (token.start - tokens[open.index]!.end <= MAX_QUOTE_CHARS) pairs.push([open.index, k]);
      continue;
    }
    const closers = PAIRS.get(char) ?? (TOGGLES.has(char) ? char : undefined);
    if (closers !== undefined) stack.push({ index: k, closers });
  }
  return pairs;
}

export function quotedRanges(raw: string, tokens: readonly Token[]): QuoteInfo {
  const inside = new Int32Array(tokens.length).fill(-1);
  const opens = new Uint8Array(tokens.length);
  for (const [open, close] of matchPairs(raw, tokens)) {
    opens[open] = 1;
    for (let k = open + 1; k < close; k++) if (inside[k] === -1) inside[k] = close;
  }
  return { inside, opens };
}
