import type { Article, Origin } from "../core/article.js";
import { InputError } from "../core/errors.js";
import { publishedAtProblem } from "./published-at.js";
import type { Defaults, IngestItem } from "./types.js";

/** Where an origin points, as shown in messages: `file:line` or `file`. */
export function locationOf(origin: Origin): string {
  return origin.line === null ? origin.file : `${origin.file}:${origin.line}`;
}

export function errorItem(
  origin: Origin,
  field: string | null,
  message: string,
  severity: "error" | "warning" = "error",
  location = locationOf(origin),
): IngestItem {
  return { kind: "error", error: new InputError(location, field, message), origin, severity };
}

/** A JSON type name for messages: `array` and `null` rather than `object`. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

// Control characters make ids unsafe to print and to use in file names or URLs.
const CONTROL = /[\u0000-\u001f\u007f]/;

function idProblem(value: unknown): string | null {
  if (value === undefined) return "required field is missing";
  if (typeof value !== "string") return `must be a non-empty string, got ${typeName(value)}`;
  if (value.trim() === "") return "must not be empty";
  if (CONTROL.test(value)) return "must not contain control characters (tabs, line breaks)";
  return null;
}

function textProblem(value: unknown): string | null {
  if (value === undefined) return "required field is missing";
  if (typeof value !== "string") return `must be a string, got ${typeName(value)}`;
  if (value === "") return "must not be empty";
  if (value.trim() === "") return "contains only whitespace";
  return null;
}

function optionalStringProblem(value: unknown): string | null {
  if (value === undefined || value === null || typeof value === "string") return null;
  return `must be a string or null, got ${typeName(value)}`;
}

function dateProblem(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string")
    return `must be a string (YYYY-MM-DD or an ISO timestamp) or null, got ${typeName(value)}`;
  return publishedAtProblem(value);
}

/** A string field, with empty strings read as "unknown"; the user's default fills the gap. */
function optionalString(value: unknown, fallback: string | null): string | null {
  return typeof value === "string" && value !== "" ? value : fallback;
}

const CHECKS: readonly [string, (value: unknown) => string | null][] = [
  ["id", idProblem],
  ["text", textProblem],
  ["published_at", dateProblem],
  ["source", optionalStringProblem],
  ["url", optionalStringProblem],
  ["title", optionalStringProblem],
];

/**
 * Checks one input record against the public input format. Every bad field gets its own error, so one
 * run shows all that is wrong; a record with any error is skipped. Extra fields are ignored. The text is
 * taken exactly as given: offsets downstream index into it.
 */
export function recordToItems(
  record: Record<string, unknown>,
  origin: Origin,
  defaults: Defaults,
  location = locationOf(origin),
): IngestItem[] {
  const errors: IngestItem[] = [];
  for (const [field, check] of CHECKS) {
    const problem = check(record[field]);
    if (problem) errors.push(errorItem(origin, field, problem, "error", location));
  }
  if (errors.length > 0) return errors;
  const title = record.title;
  const article: Article = {
    id: record.id as string,
    text: record.text as string,
    source: optionalString(record.source, defaults.source),
    url: optionalString(record.url, defaults.url),
    published_at: optionalString(record.published_at, defaults.published_at),
    ...(typeof title === "string" ? { title } : {}),
  };
  return [{ kind: "article", article, origin }];
}
