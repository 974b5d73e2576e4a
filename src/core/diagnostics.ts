import type { Span } from "./span.js";

/**
 * Expected uncertainty found while reading a document (an unanchored weekday, an ambiguous place).
 * Diagnostics are data, not exceptions: the pipeline goes on and the analyst sees them in the output.
 */
export interface Diagnostic extends Span {
  readonly code: string;
  readonly message: string;
  readonly stage?: string;
}

export function diagnostic(code: string, span: Span, message: string): Diagnostic {
  return { code, start: span.start, end: span.end, message };
}
