import type { InputError } from "../core/errors.js";
import type { Severity } from "../ingest/index.js";

/**
 * Reports a problem with the input on stderr, one line naming file, line and field (the error's message
 * does). Errors are records that were skipped; warnings lost nothing (an empty file, a file type not read).
 */
export function reportInputError(error: InputError, severity: Severity): void {
  const label = severity === "error" ? "skipped" : "warning";
  process.stderr.write(`marsad: ${label}: ${error.message}\n`);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
