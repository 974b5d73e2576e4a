import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Errors the API answers with on purpose: `code` is stable and safe to match on, `message` is for people.
 * Every error response has the body `{"error": {"code", "message"}}`.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

export function badParameter(name: string, message: string): ApiError {
  return new ApiError(400, "bad_parameter", `parameter "${name}": ${message}`);
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, "not_found", `no ${what} with id "${id}"`);
}

export function errorResponse(c: Context, error: ApiError): Response {
  return c.json({ error: { code: error.code, message: error.message } }, error.status);
}

/** The app's error handler: known errors keep their status; anything else is a 500 without internals. */
export function handleError(error: Error, c: Context, log: (message: string) => void): Response {
  if (error instanceof ApiError) return errorResponse(c, error);
  // Hono raises HTTPException (e.g. from the body limit) with a status of its own.
  const status = (error as { status?: unknown }).status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    const code = status === 413 ? "payload_too_large" : "bad_request";
    return errorResponse(c, new ApiError(status as ContentfulStatusCode, code, error.message || code));
  }
  log(`marsad serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
  return errorResponse(c, new ApiError(500, "internal", "the server failed to answer; see its log"));
}
