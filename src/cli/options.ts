import { join } from "node:path";
import { Option } from "commander";

/**
 * The store unless `--db` says otherwise: $MARSAD_DATABASE_URL (a postgres:// URL, for a shared deployment),
 * then $MARSAD_DB, then the embedded SQLite file. An empty variable counts as unset.
 */
export function defaultDbPath(): string {
  return process.env.MARSAD_DATABASE_URL || process.env.MARSAD_DB || join(".marsad", "marsad.db");
}

export const dbOptionHelp =
  "database: a SQLite file path or a postgres:// URL; when absent, $MARSAD_DATABASE_URL, then $MARSAD_DB, then";

/** `--db`, defaulting to defaultDbPath(); help shows the default without a URL's user and password. */
export function dbOption(): Option {
  const location = defaultDbPath();
  return new Option("--db <location>", dbOptionHelp).default(location, redactLocation(location));
}

/** A store location fit to print: a URL loses its user:password part. */
export function redactLocation(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, "$1…@");
}

/** Parses a positive integer option value, or throws a message commander shows as a usage error. */
export function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`expected a positive integer, got "${value}"`);
  return parsed;
}
