/** A half-open range `[start, end)` of UTF-16 code units in a document's untouched text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span that also carries the words it covers, as every span in Marsad's output does. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when `span` lies inside a text of length `length` and is not inverted. */
export function isValidSpan(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

/** Orders spans by start, longer first on ties, the order every layer is stored in. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
