import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

/**
 * Nothing runs on a Marsad page but its own files: no inline script or style attribute, no other origin,
 * no framing. Article text reaches the page only as JSON and is put in the DOM with textContent.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Frame-Options", "DENY");
  c.header("Cross-Origin-Resource-Policy", "same-origin");
};

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h);
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/** Compares in time that does not depend on where the strings differ (both sides hashed to one length). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function bearer(header: string | undefined): string | null {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m?.[1] ?? null;
}

export interface AccessPolicy {
  /** The token writes need (and reads too, when not bound to loopback); null when none is configured. */
  readonly token: string | null;
  /** Whether the server listens on loopback only. */
  readonly loopback: boolean;
}

function checkToken(header: string | undefined, token: string): void {
  const given = bearer(header);
  if (given === null)
    throw new ApiError(401, "unauthorized", "send the token as 'Authorization: Bearer <token>'");
  if (!sameSecret(given, token)) throw new ApiError(401, "unauthorized", "the token is not valid");
}

/** Writing endpoints: refused when no token is configured (403), else the token is required (401). */
export function requireWrite(policy: AccessPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (policy.token === null) {
      throw new ApiError(
        403,
        "writes_disabled",
        "writing is disabled: start the server with --token or MARSAD_TOKEN",
      );
    }
    checkToken(c.req.header("authorization"), policy.token);
    await next();
  };
}

/** Reading endpoints: open on loopback; elsewhere they need the token, and without one they are refused. */
export function requireRead(policy: AccessPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (!policy.loopback) {
      if (policy.token === null) {
        throw new ApiError(
          403,
          "reads_disabled",
          "a server reachable from other machines needs a token to serve reads",
        );
      }
      checkToken(c.req.header("authorization"), policy.token);
    }
    await next();
  };
}
