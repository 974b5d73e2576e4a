import { normalizeText, rawSpan } from "../../text/normalize.js";
import { cliticVariants, tokens } from "./search-text.js";

/** Code units of raw text kept on each side of the match. */
const RADIUS = 90;
const ELLIPSIS = "…";

/**
 * A plain-text excerpt of the raw text around the first token that matches a query term (itself or behind a
 * clitic, as the index matches). Built from the raw text, never from FTS5's snippet(), so no markup is
 * added; cut at whitespace, whitespace runs shown as one space.
 */
export function makeSnippet(raw: string, terms: readonly string[]): string {
  const norm = normalizeText(raw);
  const wanted = new Set(terms);
  let centre = { start: 0, end: 0 };
  for (const token of tokens(norm.text)) {
    if (wanted.has(token.text) || cliticVariants(token.text).some((v) => wanted.has(v))) {
      centre = rawSpan(norm, token.start, token.end);
      break;
    }
  }
  let start = Math.max(0, centre.start - RADIUS);
  let end = Math.min(raw.length, centre.end + RADIUS);
  if (start > 0) start = snapForward(raw, start, centre.start);
  if (end < raw.length) end = snapBack(raw, end, centre.end);
  const body = raw.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? ELLIPSIS : ""}${body}${end < raw.length ? ELLIPSIS : ""}`;
}

/** Moves a cut forward to just after whitespace (not past `limit`), or off a low surrogate. */
function snapForward(raw: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (/\s/.test(raw[i]!)) return i + 1;
  return isLowSurrogate(raw.charCodeAt(at)) ? at + 1 : at;
}

/** Moves a cut back to whitespace (not before `limit`), or off a high surrogate. */
function snapBack(raw: string, at: number, limit: number): number {
  for (let i = at; i > limit; i--) if (/\s/.test(raw[i - 1]!)) return i - 1;
  return isLowSurrogate(raw.charCodeAt(at)) ? at - 1 : at;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
