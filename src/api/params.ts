import type { Context } from "hono";
import { badParameter } from "./errors.js";

/** Longest text accepted in a query parameter: longer is a mistake or an attack, never a real filter. */
const MAX_PARAM_LENGTH = 500;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The query parameters of one request, checked: an unknown or repeated parameter is a 400 naming it, so a
 * misspelt filter never silently returns everything. Empty values count as absent (what a form sends).
 */
export class Query {
  private readonly values = new Map<string, string>();

  constructor(c: Context, allowed: readonly string[]) {
    const all = c.req.queries();
    for (const [name, list] of Object.entries(all)) {
      if (!allowed.includes(name)) {
        throw badParameter(name, `unknown parameter; known: ${allowed.join(", ") || "none"}`);
      }
      if (list.length > 1) throw badParameter(name, "given more than once");
      const value = list[0]?.trim() ?? "";
      if (value.length > MAX_PARAM_LENGTH)
        throw badParameter(name, `longer than ${MAX_PARAM_LENGTH} characters`);
      if (value !== "") this.values.set(name, value);
    }
  }

  string(name: string): string | undefined {
    return this.values.get(name);
  }

  day(name: string): string | undefined {
    const value = this.values.get(name);
    if (value !== undefined && !isDay(value))
      throw badParameter(name, `expected a day YYYY-MM-DD, got "${value}"`);
    return value;
  }

  int(name: string, range: { min: number; max: number; fallback: number }): number {
    const value = this.values.get(name);
    if (value === undefined) return range.fallback;
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
      throw badParameter(name, `expected an integer from ${range.min} to ${range.max}, got "${value}"`);
    }
    return n;
  }

  oneOf<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    if (!(choices as readonly string[]).includes(value)) {
      throw badParameter(name, `expected one of ${choices.join(", ")}, got "${value}"`);
    }
    return value as T;
  }
}

/** `limit` and `offset` of a paged list. */
export function paging(query: Query, maxLimit: number, fallback: number): { limit: number; offset: number } {
  return {
    limit: query.int("limit", { min: 1, max: maxLimit, fallback }),
    offset: query.int("offset", { min: 0, max: 1_000_000_000, fallback: 0 }),
  };
}
