/** A span found somewhere inside an analysis, with the path that leads to it (for failure messages). */
export interface FoundSpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly text?: string;
}

function isSpanLike(value: object): value is { start: number; end: number; text?: unknown } {
  const record = value as Record<string, unknown>;
  return typeof record.start === "number" && typeof record.end === "number";
}

/** Walks any JSON-like value and returns every object that has numeric `start` and `end`. */
export function collectSpans(value: unknown, path = "$"): FoundSpan[] {
  if (value === null || typeof value !== "object") return [];
  if (ArrayBuffer.isView(value)) return [];
  const found: FoundSpan[] = [];
  if (isSpanLike(value)) {
    const text = typeof value.text === "string" ? value.text : undefined;
    found.push({ path, start: value.start, end: value.end, ...(text === undefined ? {} : { text }) });
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) found.push(...collectSpans(child, `${path}.${key}`));
  return found;
}

/** Describes every span that falls outside the text or whose `text` is not the exact slice. */
export function spanViolations(text: string, spans: readonly FoundSpan[]): string[] {
  const problems: string[] = [];
  for (const span of spans) {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end))) {
      problems.push(`${span.path}: non-integer offsets ${span.start}-${span.end}`);
    } else if (span.start < 0 || span.start > span.end || span.end > text.length) {
      problems.push(`${span.path}: [${span.start}, ${span.end}) outside text of length ${text.length}`);
    } else if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) {
      problems.push(
        `${span.path}: text ${JSON.stringify(span.text)} != slice ${JSON.stringify(text.slice(span.start, span.end))}`,
      );
    }
  }
  return problems;
}
