import { InputError } from "../../core/errors.js";

/** One request of `marsad stance`: a claim and an article to judge it against. */
export interface StanceRequest {
  readonly id: string;
  readonly claim: string;
  readonly article: string;
}

/**
 * Reads one JSON line {"id", "claim", "article"}; `location` names file and line in the error. A numeric id
 * is accepted and kept as text so that callers can match answers to questions.
 */
export function parseStanceRequest(line: string, location: string): StanceRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(location, null, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new InputError(location, null, "expected a JSON object");
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (!(typeof id === "string" && id !== "") && typeof id !== "number")
    throw new InputError(location, "id", "expected a non-empty string or a number");
  for (const field of ["claim", "article"] as const) {
    if (typeof record[field] !== "string")
      throw new InputError(
        location,
        field,
        `expected a string, got ${JSON.stringify(record[field]) ?? "nothing"}`,
      );
  }
  if ((record.claim as string).trim() === "") throw new InputError(location, "claim", "is empty");
  return { id: String(id), claim: record.claim as string, article: record.article as string };
}
