/** Base class for errors Marsad raises on purpose; `code` is stable and safe to match on. */
export class MarsadError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "MarsadError";
    this.code = code;
  }
}

/** Input that cannot be read as an article: names where it came from and which field is wrong. */
export class InputError extends MarsadError {
  readonly location: string;
  readonly field: string | null;
  constructor(location: string, field: string | null, message: string, options?: ErrorOptions) {
    super("invalid_input", `${location}${field ? ` (field "${field}")` : ""}: ${message}`, options);
    this.name = "InputError";
    this.location = location;
    this.field = field;
  }
}

/** A pipeline assembled in an order where a stage needs a layer nothing before it adds. */
export class PipelineError extends MarsadError {
  constructor(message: string) {
    super("pipeline_order", message);
    this.name = "PipelineError";
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
