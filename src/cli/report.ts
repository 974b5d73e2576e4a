import type { InputError } from "../core/errors.js";

/** Reports a skipped record on stderr, one line, naming file, line and field (the error's message does). */
export function reportInputError(error: InputError): void {
  process.stderr.write(`marsad: skipped: ${error.message}\n`);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
