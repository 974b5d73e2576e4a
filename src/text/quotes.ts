import type { Token } from "../core/layers.js";

/**
 * Matching quotation marks and brackets over tokens, so sentence splitting can tell a period inside a
 * quotation from one that ends the sentence. Quotes are matched on the raw characters: normalisation maps
 * “ ” « » to the same «"», which loses which side is which.
 */

/** Longest quotation honoured; an unmatched mark must not swallow the rest of an article. */
const MAX_QUOTE_CHARS = 1500;

/** Opening mark → the closing marks that end it (at most two). */
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
const TOGGLES = ['"', "”", "″", "＂"];

/**
 * Per code unit, the closing marks of a pair it opens, packed as `first | second << 16` (second 0 when there
 * is one), or 0 when it opens nothing: the loop over every token reads one number instead of a string.
 */
const OPENERS = buildOpeners();
/** 1 for code units that close some pair: a token that closes nothing skips the walk down the stack. */
const CLOSERS = new Uint8Array(0x10000);

function buildOpeners(): Uint32Array {
  const openers = new Uint32Array(0x10000);
  const add = (open: string, closers: string) => {
    openers[open.charCodeAt(0)] = closers.charCodeAt(0) | ((closers.charCodeAt(1) || 0) << 16);
  };
  for (const toggle of TOGGLES) add(toggle, toggle);
  for (const [open, closers] of PAIRS) add(open, closers);
  return openers;
}
for (const closers of [...PAIRS.values(), ...TOGGLES])
  for (const closer of closers) CLOSERS[closer.charCodeAt(0)] = 1;

/** Whether code unit `code` closes a pair whose packed closers are `closers`. */
function closes(closers: number, code: number): boolean {
  return (closers & 0xffff) === code || closers >>> 16 === code;
}

/**
 * Matches the quotation marks of one document's tokens, fed in order by the caller's own pass over them
 * (the sentence splitter), so the tokens are walked once.
 */
export class QuoteMatcher {
  /** For each token, the index of the closing token of the innermost pair around it, or -1. */
  readonly inside: Int32Array;
  /** 1 for tokens that open a matched pair. */
  readonly opens: Uint8Array;
  /** Number of marks open. */
  depth = 0;
  /** The open marks, innermost last: token index and packed closers. */
  private stackIndexes: Int32Array = new Int32Array(16);
  private stackClosers: Uint32Array = new Uint32Array(16);

  constructor(tokenCount: number) {
    this.inside = new Int32Array(tokenCount).fill(-1);
    this.opens = new Uint8Array(tokenCount);
  }

  /** Forgets every open mark (at a paragraph break, across which no quotation stays open). */
  closeAll(): void {
    this.depth = 0;
  }

  /** Token `k` of `tokens`, one unit of punctuation `code`: closes the innermost pair it ends, or opens one. */
  mark(tokens: readonly Token[], k: number, code: number): void {
    const { stackIndexes, stackClosers } = this;
    let top = this.depth - 1;
    if (CLOSERS[code] === 1) while (top >= 0 && !closes(stackClosers[top]!, code)) top--;
    else top = -1;
    if (top >= 0) {
      const open = stackIndexes[top]!;
      this.depth = top;
      if (tokens[k]!.start - tokens[open]!.end <= MAX_QUOTE_CHARS) {
        this.opens[open] = 1;
        this.markInside(open, k);
      }
      return;
    }
    const closers = OPENERS[code]!;
    if (closers === 0) return;
    if (this.depth === stackIndexes.length) {
      this.stackIndexes = growInt32(stackIndexes);
      this.stackClosers = growUint32(stackClosers);
    }
    this.stackIndexes[this.depth] = k;
    this.stackClosers[this.depth] = closers;
    this.depth++;
  }

  /**
   * Marks every token of the matched pair [open, close] as inside it, unless an inner pair (matched earlier,
   * as inner pairs close first) already claimed it: then the whole inner pair is skipped at once.
   */
  private markInside(open: number, close: number): void {
    const inside = this.inside;
    for (let k = open + 1; k < close; k++) {
      const inner = inside[k]!;
      if (inner === -1) inside[k] = close;
      // Every token before the inner pair's closer is claimed already; its closer itself is not.
      else k = inner - 1;
    }
  }
}

function growInt32(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function growUint32(array: Uint32Array): Uint32Array {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}
