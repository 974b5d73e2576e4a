/**
 * Line breaks in the gaps between tokens. One definition for the sentence splitter and the quotation
 * matcher, so that a text breaks its lines with LF, CRLF, a lone CR (old Mac exports) or U+2028 alike.
 */

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const FORM_FEED = 0x0c;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

/** The line breaks of a gap: a blank line, a paragraph separator or a form feed counts as two. */
export interface GapBreaks {
  readonly count: number;
  /** Offset of the first break (of CRLF, the CR), or -1. */
  readonly first: number;
}

export const NO_BREAK: GapBreaks = { count: 0, first: -1 };

/** Counts the line breaks in the gap `[from, to)`; CRLF is one break, a lone CR is one; NO_BREAK for none. */
export function lineBreaks(raw: string, from: number, to: number): GapBreaks {
  let count = 0;
  let first = -1;
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    let add = 0;
    if (code === LINE_FEED || code === LINE_SEPARATOR) add = 1;
    else if (code === CARRIAGE_RETURN) add = raw.charCodeAt(i + 1) === LINE_FEED ? 0 : 1;
    else if (code === PARAGRAPH_SEPARATOR || code === FORM_FEED) add = 2;
    if (add > 0 && first < 0)
      first = code === LINE_FEED && raw.charCodeAt(i - 1) === CARRIAGE_RETURN ? i - 1 : i;
    count += add;
  }
  return count === 0 ? NO_BREAK : { count, first };
}
